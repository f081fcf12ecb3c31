// The package as npm would publish it, checked after `npm run build`:
//
// - publint --strict: package.json `exports`, `main`, `types`, `bin` and
//   `files` point at files the tarball holds, in the module format they claim;
// - attw (Are the Types Wrong?) --profile esm-only: every entry point's types
//   resolve for TypeScript's node16/nodenext and bundler resolution. kodex is
//   ESM only ("type": "module", no `require` condition), so the profile skips
//   the two resolutions an ESM-only package cannot serve: CommonJS `require`
//   (a CommonJS caller uses `await import('kodex')`) and TypeScript's legacy
//   node10, which knows no `exports` and so no `kodex/client`.
//
// Both read one tarball, packed with --ignore-scripts so the `prepare` build
// does not run again. Nothing is fetched.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const temp = mkdtempSync(join(tmpdir(), 'kodex-pack-'));

function run(command, args) {
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

try {
  const packed = execFileSync(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--pack-destination', temp],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const tarball = join(temp, JSON.parse(packed)[0].filename);
  run(bin('publint'), ['--strict', tarball]);
  run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-color']);
} catch (error) {
  // The tool has printed what is wrong; say which step failed and stop.
  console.error(`check-package: ${error.message.split('\n')[0]}`);
  process.exitCode = 1;
} finally {
  rmSync(temp, { recursive: true, force: true });
}
