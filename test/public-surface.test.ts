import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The public API is what README documents: every run-time export of every
// entry point of package.json `exports` is named in README's code. (The
// signatures, types included, are recorded in etc/api/ and checked by
// `npm run check:package`; this test needs no build.)

const root = fileURLToPath(new URL('../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  exports: Record<string, string | { default: string }>;
};
const readme = readFileSync(`${root}README.md`, 'utf8');

/** The code of README: fenced blocks and `inline` spans. */
const readmeCode = [...readme.matchAll(/```[^\n]*\n([\s\S]*?)```|`([^`\n]+)`/g)]
  .map((m) => m[1] ?? m[2])
  .join('\n');

// Exports an entry point may keep while README does not name them yet: none
// now. Each either gets a line in README or leaves its entry point.
const NOT_YET_DOCUMENTED: Readonly<Record<string, readonly string[]>> = {};

const entries = Object.entries(pkg.exports).flatMap(([subpath, target]) =>
  typeof target === 'object'
    ? [[subpath, target.default.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts')] as const]
    : [],
);

describe.each(entries)('the entry point %s (%s)', (subpath, source) => {
  it('exports only what README documents', async () => {
    const names = Object.keys(await import(`${root}${source}`));
    const allowed = NOT_YET_DOCUMENTED[subpath] ?? [];
    const undocumented = names.filter(
      (name) => !allowed.includes(name) && !new RegExp(`\\b${name}\\b`).test(readmeCode),
    );
    expect(undocumented).toEqual([]);
  });

  it('still has every export it is allowed to leave undocumented (the list only shrinks)', async () => {
    const names = Object.keys(await import(`${root}${source}`));
    const gone = (NOT_YET_DOCUMENTED[subpath] ?? []).filter((name) => !names.includes(name));
    expect(gone).toEqual([]);
  });
});
