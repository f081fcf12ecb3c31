import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A comment's sources are in the repository: the design and the taxonomy
// under docs/, measured figures in bench/README.md. A bare document name or a
// path into a checkout beside this one points nowhere for a reader of the
// repository, and a timing in a comment goes stale unseen.

// The documents kodex was designed from, which live in the repository now;
// a comment names them by their path there.
const DESIGN_DOCUMENTS = /(?<![\w/])(?:taxonomy|design|style)\.md\b/;

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return /\.(?:ts|mjs)$/.test(d.name) ? [path] : [];
  });
}

/** The comment lines of every TypeScript source under src/ and test/, with where they are. */
const comments = ['src', 'test'].flatMap((dir) =>
  sources(join(ROOT, dir)).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ where: `${relative(ROOT, file)}:${i + 1}`, line }))
      .filter(({ line }) => /^\s*(?:\/\/|\/?\*)/.test(line)),
  ),
);

describe('comments', () => {
  it('cite repository documents by a path that exists', () => {
    const cited = comments.flatMap(({ where, line }) =>
      [...line.matchAll(/\b(?:docs|bench|test|src|examples)(?:\/[\w.-]+)+\.md\b/g)].map((m) => ({
        where,
        path: m[0],
      })),
    );
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter(({ path }) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  it('name the design documents by their path in docs/', () => {
    expect(comments.filter(({ line }) => DESIGN_DOCUMENTS.test(line))).toEqual([]);
  });

  it('point into no checkout beside the repository', () => {
    expect(comments.filter(({ line }) => /\.\.\/shared\b/.test(line))).toEqual([]);
  });

  it('keep timings in bench/README.md, not beside the code', () => {
    const timed = comments.filter(({ line }) => /~?\d[\d.,]*\s?(?:ns|µs)\b/.test(line));
    expect(timed).toEqual([]);
  });
});
