import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The core (everything `import 'kodex'` loads) must run in a browser: no
// Node built-ins, no Node-only packages. So must `kodex/client` when no Redis
// is given (ioredis is imported dynamically, and only as types elsewhere).

const src = fileURLToPath(new URL('../src/', import.meta.url));
const NODE_ONLY_PACKAGES = [
  'commander',
  'picocolors',
  'ioredis',
  'redis',
  'bullmq',
  'fastify',
  'express',
  '@hono/node-server',
  '@readme/openapi-parser',
];

/** Modules statically imported at run time (not `import type`, not dynamic `import()`). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm))
    specs.push(m[1]!);
  return specs;
}

/** Every source file reachable from an entry through run-time imports, with what each imports. */
function graph(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const specs = runtimeImports(file);
    seen.set(file, specs);
    for (const spec of specs) {
      if (spec.startsWith('.')) visit(join(file, '..', spec.replace(/\.js$/, '.ts')));
    }
  };
  visit(entry);
  return seen;
}

function nodeOnly(entry: string): string[] {
  const offenders: string[] = [];
  for (const [file, specs] of graph(join(src, entry))) {
    for (const spec of specs) {
      if (spec.startsWith('node:') || NODE_ONLY_PACKAGES.includes(spec.split('/')[0]!)) {
        offenders.push(`${relative(src, file)} → ${spec}`);
      }
    }
  }
  return offenders;
}

describe('the core', () => {
  it('imports no Node built-in and no Node-only package (it runs in a browser)', () => {
    const files = [...graph(join(src, 'index.ts')).keys()].map((f) => relative(src, f));
    expect(files).toEqual(
      expect.arrayContaining(['decode/decode.ts', 'dialects/dellin.ts', 'catalogs/avtocod.ts']),
    );
    expect(nodeOnly('index.ts')).toEqual([]);
  });

  it('keeps kodex/client browser-safe when no Redis is used', () => {
    expect(nodeOnly('client/index.ts')).toEqual([]);
  });

  it('keeps kodex/docs and the web bundle browser-safe', () => {
    expect(nodeOnly('docs/index.ts')).toEqual([]);
    expect(nodeOnly('web/browser/main.ts')).toEqual([]);
  });

  it('keeps shared code free of provider names (only catalogs and dialects name them)', () => {
    // model/providers.ts is the one registry of provider ids.
    const shared = [...graph(join(src, 'index.ts')).keys()].filter(
      (f) =>
        /^(decode|lookup|model|errors|wire)\//.test(relative(src, f)) &&
        !f.endsWith('model/providers.ts'),
    );
    const code = (f: string) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/|\/\*\*)/.test(line))
        .join('\n');
    const offenders = shared.filter((f) =>
      /['"](amocrm|radist|telphin|avtocod|unisender|google|dellin|mobizon)['"]/.test(code(f)),
    );
    expect(offenders.map((f) => relative(src, f))).toEqual([]);
  });
});

describe('the source tree', () => {
  it('holds no compiled JavaScript beside the TypeScript (imports would resolve to it)', () => {
    const all = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? all(join(dir, d.name)) : [join(dir, d.name)],
      );
    const stray = all(src).filter(
      (f) => f.endsWith('.js') && all(src).includes(f.replace(/\.js$/, '.ts')),
    );
    expect(stray.map((f) => relative(src, f))).toEqual([]);
  });
});

// The layers of src, lowest first. A folder may import from itself and from
// folders in lower layers only; folders that share a layer do not import each
// other. docs/design.md explains each layer.
const LAYERS: readonly (readonly string[])[] = [
  ['model'], // the record, catalog and category types, and helpers on them
  ['catalogs'], // the providers' codes, as data
  ['wire'], // what every dialect reads with: response view, JSON access, XML, headers, redaction
  ['errors'], // kodex's own error classes
  ['dialects'], // one reader and writer per wire format
  ['packs'], // the providers kodex knows: built-ins and loaded packs, as one set
  ['decode'], // response → record, with detection
  ['lookup'], // explain, list, search over the catalogs
  ['kodex'], // an instance: decode, encode and lookup over one set of providers
  ['client', 'server', 'docs', 'mock', 'import'], // what acts on records, and what makes catalogs
  ['triage', 'bullmq'], // reports on recorded traffic (it renders HTML as docs does); jobs on BullMQ that call through the client
  ['web'], // the reference server and its browser code
  ['cli'], // the kodex command
];

/** Every import of a source file (type-only and dynamic ones too), as resolved paths under src. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/^(?:import|export)\s[^'";]*?'(\.[^']+)'/gm),
    ...text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g),
  ].map((m) => m[1]!);
  return specs.map((spec) => relative(src, join(file, '..', spec)));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sourceFiles(join(dir, d.name))
      : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts')
        ? [join(dir, d.name)]
        : [],
  );
}

describe('the layers', () => {
  const layerOf = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i] as const)));

  it('name every folder of src', () => {
    const folders = readdirSync(src, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.filter((f) => !layerOf.has(f))).toEqual([]);
  });

  it('point one way: a folder imports only from itself and the layers below it', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(src)) {
      const from = relative(src, file).split('/')[0]!;
      if (!layerOf.has(from)) continue; // src/index.ts gathers the public API
      for (const target of importsOf(file)) {
        const to = target.split('/')[0]!;
        if (to === from || to.startsWith('..')) continue;
        if (!layerOf.has(to)) continue;
        if (layerOf.get(to)! >= layerOf.get(from)!)
          offenders.push(`${relative(src, file)} → ${target}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
