import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCatalog } from '../../test/fixtures/docs/hostile-catalog.js';
import { captureIo } from '../../test/helpers/test-io.js';
import { catalogs } from '../catalogs/index.js';
import { registerDocs } from './commands/docs.js';

let dir: string;

async function run(args: string[]) {
  let exit = 0;
  const captured = captureIo();
  const io = captured.io;
  const program = new Command('kodex')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  registerDocs(program, io, (code) => {
    exit = code;
  });
  for (const command of program.commands) {
    command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  }
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    exit = error.exitCode;
  }
  return { exit, out: captured.out(), err: captured.err() };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kodex-docs-cli-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('kodex docs', () => {
  it('writes one HTML page per built-in provider and an index, and says what it wrote', async () => {
    const out = join(dir, 'html');
    const result = await run(['docs', '--format', 'html', '--out', out]);
    expect(result.exit).toBe(0);
    const ids = Object.keys(catalogs);
    expect((await readdir(out)).sort()).toEqual(
      [...ids.map((id) => `${id}.html`), 'index.html'].sort(),
    );
    for (const id of ids) {
      expect(result.out).toContain(
        `wrote ${join(out, `${id}.html`)} (${catalogs[id as keyof typeof catalogs].entries.length} codes)`,
      );
    }
    expect(result.out).toContain(
      `wrote ${join(out, 'index.html')} (index of ${ids.length} catalog(s))`,
    );
    expect(await readFile(join(out, 'avtocod.html'), 'utf8')).toContain('id="code-B011"');
  });

  it('writes Markdown and OpenAPI for one provider', async () => {
    const md = await run([
      'docs',
      '--provider',
      'avtocod',
      '--format',
      'md',
      '--out',
      join(dir, 'md'),
    ]);
    expect(md.exit).toBe(0);
    expect((await readdir(join(dir, 'md'))).sort()).toEqual(['avtocod.md', 'index.md']);
    const openapi = await run([
      'docs',
      '--provider',
      'dellin',
      '--format',
      'openapi',
      '--out',
      join(dir, 'oa'),
    ]);
    expect(openapi.exit).toBe(0);
    expect(await readdir(join(dir, 'oa'))).toEqual(['dellin.openapi.json']);
    const document = JSON.parse(await readFile(join(dir, 'oa', 'dellin.openapi.json'), 'utf8'));
    expect(document.openapi).toBe('3.1.0');
  });

  it('documents a catalog file, with example bodies in the asked language', async () => {
    const path = join(dir, 'hostile.json');
    await writeFile(path, JSON.stringify(hostileCatalog));
    const result = await run([
      'docs',
      '--catalog',
      path,
      '--format',
      'html',
      '--out',
      join(dir, 'own'),
      '--lang',
      'ru',
    ]);
    expect(result.exit).toBe(0);
    const html = await readFile(join(dir, 'own', 'hostile.html'), 'utf8');
    expect(html).toContain('id="code-E42-main"');
    expect(html).toContain('&quot;title&quot;: &quot;Слишком часто&quot;');
  });

  it('exits 1 with the issue paths for an invalid catalog file, writing nothing', async () => {
    const path = join(dir, 'invalid.json');
    await writeFile(path, JSON.stringify({ ...hostileCatalog, entries: [] }));
    const out = join(dir, 'never');
    const result = await run(['docs', '--catalog', path, '--format', 'md', '--out', out]);
    expect(result.exit).toBe(1);
    expect(result.err).toContain('entries: ');
    expect(result.out).toBe('');
    await expect(readdir(out)).rejects.toThrow();
  });

  it('exits 1 for an unknown provider, naming the nearest', async () => {
    const result = await run(['docs', '--provider', 'avtocd', '--format', 'md', '--out', dir]);
    expect(result.exit).toBe(1);
    expect(result.err).toContain('avtocod');
  });

  it('refuses --provider with --catalog, an unknown format and a missing --out', async () => {
    const both = await run([
      'docs',
      '--provider',
      'avtocod',
      '--catalog',
      'x.json',
      '--format',
      'md',
      '--out',
      dir,
    ]);
    expect(both.exit).not.toBe(0);
    expect(both.err).toMatch(/cannot be used with/);
    const format = await run(['docs', '--format', 'pdf', '--out', dir]);
    expect(format.exit).not.toBe(0);
    expect(format.err).toContain('md, html, openapi');
    const noOut = await run(['docs', '--format', 'md']);
    expect(noOut.exit).not.toBe(0);
    expect(noOut.err).toContain('--out');
  });

  it('refuses a catalog whose id would overwrite the index page', async () => {
    const path = join(dir, 'index-id.json');
    await writeFile(path, JSON.stringify({ ...hostileCatalog, id: 'index' }));
    const result = await run([
      'docs',
      '--catalog',
      path,
      '--format',
      'html',
      '--out',
      join(dir, 'clash'),
    ]);
    expect(result.exit).toBe(1);
    expect(result.err).toContain('index page');
  });
});
