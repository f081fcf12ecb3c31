import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The core (everything `import 'kodex'` loads) must run in a browser: no
// Node built-ins, no Node-only packages. Node-only parts live in their own folders.

const src = fileURLToPath(new URL('../src/', import.meta.url));
const NODE_ONLY_FOLDERS = ['cli'];
const NODE_ONLY_PACKAGES = ['commander', 'picocolors', 'ioredis', 'redis', 'fastify', 'express'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? files(join(dir, d.name))
      : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts')
        ? [join(dir, d.name)]
        : [],
  );
}

describe('the core', () => {
  const core = files(src).filter(
    (f) => !NODE_ONLY_FOLDERS.includes(relative(src, f).split('/')[0]!),
  );

  it('imports no Node built-in and no Node-only package', () => {
    const offenders: string[] = [];
    for (const file of core) {
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/from '([^']+)'/g)) {
        if (spec!.startsWith('node:') || NODE_ONLY_PACKAGES.includes(spec!.split('/')[0]!)) {
          offenders.push(`${relative(src, file)} → ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('keeps shared code free of provider names (only catalogs and dialects name them)', () => {
    // model/providers.ts is the one registry of provider ids.
    const shared = core.filter(
      (f) =>
        /^(decode|lookup|model|errors)\//.test(relative(src, f)) &&
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
