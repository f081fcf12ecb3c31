import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The browser bundle decodes with the library's own core: what its entries
// reach must run in a browser (no Node built-in, no Node-only package), the
// playground's decoder must be that core, not a copy, and the script of
// every page must not carry it.

const src = fileURLToPath(new URL('../../', import.meta.url));
const NODE_ONLY = ['commander', 'picocolors', 'ioredis', 'fastify', 'express', '@hono/node-server'];

function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    const specs = [
      ...text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm),
    ].map((m) => m[1]!);
    seen.set(file, specs);
    for (const spec of specs) {
      if (spec.startsWith('.')) visit(join(file, '..', spec.replace(/\.js$/, '.ts')));
    }
  };
  visit(join(src, entry));
  return seen;
}

describe.each([
  'web/browser/main.ts',
  'web/browser/playground-main.ts',
  'web/browser/playground.ts',
])('the browser bundle entry %s', (entry) => {
  const graph = reachable(entry);

  it('imports no Node built-in and no Node-only package', () => {
    const offenders = [...graph].flatMap(([file, specs]) =>
      specs
        .filter((s) => s.startsWith('node:') || NODE_ONLY.includes(s.split('/')[0]!))
        .map((s) => `${relative(src, file)} → ${s}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe('the browser bundle', () => {
  const files = (entry: string) => [...reachable(entry).keys()].map((f) => relative(src, f));

  it('decodes in the playground with the library core itself', () => {
    expect(files('web/browser/playground.ts')).toEqual(
      expect.arrayContaining(['decode/decode.ts', 'lookup/index.ts', 'catalogs/index.ts']),
    );
    expect(
      files('web/browser/playground.ts').filter((f) => /^web\/(server|app|routes\/)/.test(f)),
    ).toEqual([]);
  });

  it('keeps the catalogs and decoders out of the script every page loads', () => {
    for (const entry of ['web/browser/main.ts', 'web/browser/playground-main.ts']) {
      expect(
        files(entry).filter((f) => /^(catalogs|dialects|decode\/decode|lookup\/index)/.test(f)),
      ).toEqual([]);
    }
  });
});
