import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The browser bundle decodes and searches with the library's own core: what
// main.ts reaches must run in a browser (no Node built-in, no Node-only
// package) and must be that core, not a copy.

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

describe('the browser bundle entry', () => {
  const graph = reachable('web/client/main.ts');
  const files = [...graph.keys()].map((f) => relative(src, f));

  it('imports no Node built-in and no Node-only package', () => {
    const offenders = [...graph].flatMap(([file, specs]) =>
      specs
        .filter((s) => s.startsWith('node:') || NODE_ONLY.includes(s.split('/')[0]!))
        .map((s) => `${relative(src, file)} → ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('decodes and searches with the library core itself', () => {
    expect(files).toEqual(
      expect.arrayContaining(['decode/decode.ts', 'lookup/index.ts', 'catalogs/index.ts']),
    );
    expect(files.filter((f) => /^web\/(server|app|routes\/)/.test(f))).toEqual([]);
  });
});
