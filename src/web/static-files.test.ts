import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTypeOf, resolveStaticFile, safeSegments } from './static-files.js';

const base = mkdtempSync(join(tmpdir(), 'kodex-static-'));
const root = join(base, 'root');
mkdirSync(join(root, 'assets'), { recursive: true });
mkdirSync(join(root, '.vite'));
writeFileSync(join(root, 'assets', 'main-abcdefgh.js'), 'console.log(1)');
writeFileSync(join(root, '.vite', 'manifest.json'), '{}');
writeFileSync(join(base, 'secret.txt'), 'secret');
symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('safeSegments', () => {
  it('decodes plain segments', () => {
    expect(safeSegments('assets/main%2Dx.js')).toEqual(['assets', 'main-x.js']);
  });

  it.each([
    '../secret.txt',
    'assets/../../secret.txt',
    '..%2fsecret.txt',
    '%2e%2e/secret.txt',
    '%2E%2E%2Fsecret.txt',
    '..%5csecret.txt',
    'assets/%00.js',
    '.vite/manifest.json',
    'assets//main.js',
    '%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(safeSegments(path)).toBeUndefined();
  });
});

describe('resolveStaticFile', () => {
  it('finds a file under the root with its media type', async () => {
    const file = await resolveStaticFile(root, 'assets/main-abcdefgh.js');
    expect(file).toMatchObject({ size: 14, contentType: 'text/javascript; charset=utf-8' });
  });

  it('does not follow a symbolic link out of the root', async () => {
    expect(await resolveStaticFile(root, 'assets/link.txt')).toBeUndefined();
  });

  it('gives nothing for directories, dot files and missing files', async () => {
    expect(await resolveStaticFile(root, 'assets')).toBeUndefined();
    expect(await resolveStaticFile(root, '.vite/manifest.json')).toBeUndefined();
    expect(await resolveStaticFile(root, 'assets/none.js')).toBeUndefined();
    expect(
      await resolveStaticFile(join(base, 'missing'), 'assets/main-abcdefgh.js'),
    ).toBeUndefined();
  });
});

describe('contentTypeOf', () => {
  it('names scripts, styles and source maps, and falls back to bytes', () => {
    expect(contentTypeOf('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('a.js.map')).toBe('application/json; charset=utf-8');
    expect(contentTypeOf('a.exe')).toBe('application/octet-stream');
  });
});
