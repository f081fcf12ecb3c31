import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { captureIo } from '../../test/helpers/test-io.js';
import { runCli } from './program.js';

const SHOP = 'test/fixtures/openapi/shop-3.1.yaml';
const LEGACY = 'test/fixtures/openapi/legacy-2.0.json';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kodex-import-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const captured = captureIo();
  const exit = await runCli(args, captured.io);
  return { exit, out: captured.out(), err: captured.err() };
}

describe('kodex import openapi', () => {
  it('writes a YAML pack that kodex docs --catalog renders, with its guesses on stderr', async () => {
    const out = join(dir, 'shop.pack.yaml');
    const imported = await run(['import', 'openapi', SHOP, '--id', 'shop', '--out', out]);
    expect(imported.exit).toBe(0);
    expect(imported.out).toBe(
      `wrote ${out} (7 codes from 6 error responses of 2 operations, with a dialect)\n`,
    );
    const pack = parseYaml(await readFile(out, 'utf8'));
    expect(pack).toMatchObject({ id: 'shop', name: 'Shop API', dialect: { code: '/code' } });
    const review = imported.err.trimEnd().split('\n');
    expect(review.every((line) => line.startsWith('review: '))).toBe(true);
    expect(review.map((line) => `Review: ${line.slice('review: '.length)}`)).toEqual(
      pack.notes.slice(1),
    );
    expect(imported.err).toContain('review: Dialect guessed from the schemas of 3 of 3');

    const docs = join(dir, 'docs');
    const rendered = await run(['docs', '--catalog', out, '--format', 'md', '--out', docs]);
    expect(rendered).toMatchObject({ exit: 0, err: '' });
    const page = await readFile(join(docs, 'shop.md'), 'utf8');
    expect(page).toContain('card_declined');
    expect(page).toContain('No such order');
    // The maintainer's note (which operations) is not published.
    expect(page).not.toContain('Imported from OpenAPI');
  });

  it('writes JSON for a .json file, with the name given, making missing folders', async () => {
    const out = join(dir, 'packs', 'billing', 'billing.pack.json');
    const imported = await run([
      'import',
      'openapi',
      LEGACY,
      '--id',
      'billing',
      '--name',
      'Billing',
      '--out',
      out,
    ]);
    expect(imported.exit).toBe(0);
    const catalog = JSON.parse(await readFile(out, 'utf8'));
    expect(catalog.name).toBe('Billing');
    expect(catalog.entries.map((e: { code: string }) => e.code)).toEqual([
      '401',
      'MAINTENANCE',
      'ALREADY_PAID',
      'INVOICE_CANCELLED',
    ]);
    const rendered = await run([
      'docs',
      '--catalog',
      out,
      '--format',
      'md',
      '--out',
      join(dir, 'docs2'),
    ]);
    expect(rendered).toMatchObject({ exit: 0, err: '' });
  });

  it.each([
    ['a missing file', ['missing.yaml'], /^Cannot read missing\.yaml: no such file\n$/],
    [
      'a file that is no OpenAPI description',
      ['other.json'],
      /^other\.json is not an OpenAPI 3\.x or Swagger 2\.0 description\n$/,
    ],
    ['a remote $ref', ['remote.json'], /^remote\.json has a \$ref outside the document .+\n$/],
    [
      'a description with no error response',
      ['quiet.json'],
      /^quiet\.json documents no error response \(4xx, 5xx or default\) in 1 operation\(s\)\n$/,
    ],
  ])('reports %s in one line, with exit code 1', async (_what, [name], message) => {
    const specs: Record<string, unknown> = {
      'other.json': { asyncapi: '2.6.0', info: { title: 'A', version: '1' }, channels: {} },
      'remote.json': {
        openapi: '3.1.0',
        info: { title: 'R', version: '1' },
        paths: { '/a': { get: { responses: { '400': { $ref: 'http://x.example/e.json' } } } } },
      },
      'quiet.json': {
        openapi: '3.0.3',
        info: { title: 'Q', version: '1' },
        paths: { '/a': { get: { responses: { '200': { description: 'OK' } } } } },
      },
    };
    const previous = process.cwd();
    process.chdir(dir);
    try {
      if (specs[name!]) await writeFile(name!, JSON.stringify(specs[name!]));
      const result = await run(['import', 'openapi', name!, '--id', 'x', '--out', 'x.json']);
      expect(result.exit).toBe(1);
      expect(result.err).toMatch(message);
      expect(result.out).toBe('');
    } finally {
      process.chdir(previous);
    }
  });

  it('refuses an output that is neither .json nor .yaml, and a bad id', async () => {
    const out = await run(['import', 'openapi', SHOP, '--id', 'shop', '--out', 'x.txt']);
    expect(out.exit).not.toBe(0);
    expect(out.err).toContain('a .json, .yaml or .yml file');
    const id = await run(['import', 'openapi', SHOP, '--id', 'Shop', '--out', 'x.json']);
    expect(id.exit).not.toBe(0);
    expect(id.err).toContain('lower-case letters');
  });
});
