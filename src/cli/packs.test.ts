import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../../test/helpers/test-io.js';
import { defaultLookup } from '../lookup/index.js';
import { findConfig } from './packs.js';
import { runCli } from './program.js';

const PACKS = fileURLToPath(new URL('../../test/fixtures/packs/', import.meta.url));
const SHOP = join(PACKS, 'shop.yaml');
const DECLINED = JSON.stringify({
  error: {
    type: 'card_error',
    code: 'card_declined',
    message: 'Your card was declined.',
    param: 'card',
    doc_url: 'https://shop.example/docs/errors#card_declined',
  },
});

let dir: string;

async function run(args: string[], options: { cwd?: string; stdin?: string } = {}) {
  const captured = captureIo({ stdin: options.stdin });
  const code = await runCli(args, { ...captured.io, cwd: options.cwd ?? dir });
  return { code, out: captured.out(), err: captured.err() };
}

/** A folder under the test's temporary one, with files in it. */
async function folder(name: string, files: Record<string, string> = {}): Promise<string> {
  const path = join(dir, name);
  await mkdir(path, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    await mkdir(join(path, file, '..'), { recursive: true });
    await writeFile(join(path, file), content);
  }
  return path;
}

beforeAll(async () => {
  // A Git root of its own, so that no kodex.config above the temporary folder counts.
  dir = await mkdtemp(join(tmpdir(), 'kodex-cli-packs-'));
  await mkdir(join(dir, '.git'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('--pack FILE', () => {
  it('makes the pack a provider explain, list and search know', async () => {
    const explained = await run(['explain', 'shop', 'card_declined', '--json', '--pack', SHOP]);
    expect(explained.code).toBe(0);
    expect(JSON.parse(explained.out)).toMatchObject({
      provider: 'shop',
      code: 'card_declined',
      status: 402,
      category: 'payment_required',
    });
    const listed = await run(['list', '--provider', 'shop', '--json', '--pack', SHOP]);
    expect(JSON.parse(listed.out).map((e: { code: string }) => e.code)).toEqual([
      'card_declined',
      'rate_limit',
      'resource_missing',
      'api_key_invalid',
    ]);
    const found = await run(['search', 'card declined', '--json', '--pack', SHOP]);
    expect(JSON.parse(found.out)[0]).toMatchObject({ provider: 'shop', code: 'card_declined' });
  });

  it('decodes a body of the pack by detection, by --provider and in --jsonl', async () => {
    const detected = await run(['decode', '--status', '402', '--json', '--pack', SHOP], {
      stdin: DECLINED,
    });
    expect(JSON.parse(detected.out)).toMatchObject({
      provider: 'shop',
      code: 'card_declined',
      category: 'payment_required',
      detail: 'Your card was declined.',
      known: true,
    });
    const named = await run(
      ['decode', '--provider', 'shop', '--status', '429', '--json', '--pack', SHOP],
      {
        stdin: '{"error":{"code":"rate_limit","message":"Slow down"}}',
      },
    );
    expect(JSON.parse(named.out)).toMatchObject({ status: 429, retryable: true });
    const lines = [
      { status: 402, body: DECLINED },
      { status: 404, body: '{"message":"gone"}', url: 'https://api.shop.example/v1/x' },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const jsonl = await run(['decode', '--jsonl', '--pack', SHOP], { stdin: lines });
    expect(jsonl.code).toBe(0);
    const records = jsonl.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => [r.provider, r.code])).toEqual([
      ['shop', 'card_declined'],
      ['shop', '404'],
    ]);
  });

  it('leaves the module’s providers as it found them once the command ends', async () => {
    expect((await run(['explain', 'shop', 'rate_limit', '--pack', SHOP])).code).toBe(0);
    expect(defaultLookup().catalogs.map((c) => c.id)).not.toContain('shop');
    const after = await run(['explain', 'shop', 'rate_limit']);
    expect(after.code).toBe(1);
  });

  it('keeps the dialect of a module pack written as code', async () => {
    const ledger = join(PACKS, 'code', 'ledger.mjs');
    const { out } = await run(['decode', '--status', '409', '--json', '--pack', ledger], {
      stdin: 'LEDGER-ERR L42: booked twice',
    });
    expect(JSON.parse(out)).toMatchObject({
      provider: 'ledger',
      code: 'L42',
      category: 'conflict',
      detail: 'booked twice',
    });
  });
});

describe('--pack DIR and --pack PACKAGE', () => {
  it('loads every pack file of a folder, not its subfolders', async () => {
    const { code, out } = await run(['summary', '--json', '--pack', PACKS]);
    expect(code).toBe(0);
    const ids = JSON.parse(out).map((s: { provider: string }) => s.provider);
    expect(ids).toEqual(expect.arrayContaining(['shop', 'parcel']));
    expect(ids).not.toContain('ledger');
    expect(ids).not.toContain('shop-bad');
  });

  it('finds an installed package’s packs by its package.json `kodex.packs`, or its main export', async () => {
    const shop = await readFile(SHOP, 'utf8');
    const parcel = await readFile(join(PACKS, 'parcel.json'), 'utf8');
    const project = await folder('with-packages', {
      'node_modules/@acme/shop-pack/package.json': JSON.stringify({
        name: '@acme/shop-pack',
        kodex: { packs: ['packs'] },
      }),
      'node_modules/@acme/shop-pack/packs/shop.yaml': shop,
      'node_modules/parcel-pack/package.json': JSON.stringify({
        name: 'parcel-pack',
        type: 'module',
        exports: { '.': { import: './parcel.mjs' } },
      }),
      'node_modules/parcel-pack/parcel.mjs': `export default ${parcel};`,
      'app/src/.keep': '',
    });
    const cwd = join(project, 'app', 'src');
    const args = ['list', '--json', '--pack', '@acme/shop-pack', '--pack', 'parcel-pack'];
    const { code, out, err } = await run(args, { cwd });
    expect(err).toBe('');
    expect(code).toBe(0);
    const providers = new Set(JSON.parse(out).map((e: { provider: string }) => e.provider));
    expect(providers.has('shop') && providers.has('parcel')).toBe(true);
    const missing = await run(['list', '--pack', 'no-such-pack'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no-such-pack: no such file, folder or installed package');
  });
});

describe('a bad pack', () => {
  it('stops the command with exit 2, naming the file, each JSON pointer and what is wrong', async () => {
    const bad = join(PACKS, 'bad', 'shop-bad.yaml');
    const { code, out, err } = await run(['list', '--pack', bad]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(`${bad} is not a valid kodex pack`);
    expect(err).toMatch(/\/entries\/0\/status: .*599/);
    expect(err).toMatch(/\/dialect\/errors: a JSON Pointer starts with "\/"/);
  });

  it('refuses a pack that takes a built-in provider’s id, and a file that is not data', async () => {
    const taken = await folder('taken', {
      'amocrm.json': JSON.stringify({
        id: 'amocrm',
        name: 'Mine',
        entries: [
          { code: 'E1', status: 400, category: 'invalid_request', title: { en: 'E', ru: 'E' } },
        ],
      }),
      'broken.json': '{"id": ',
    });
    const id = await run(['list', '--pack', join(taken, 'amocrm.json')]);
    expect(id.code).toBe(2);
    expect(id.err).toMatch(
      /amocrm\.json is not a valid kodex pack:\n {2}\/id: "amocrm" is a built-in/,
    );
    const json = await run(['list', '--pack', join(taken, 'broken.json')]);
    expect(json.code).toBe(2);
    expect(json.err).toContain('broken.json is not valid JSON');
  });
});

describe('kodex.config', () => {
  it('is found upwards from the working folder, its paths read from its own folder', async () => {
    const project = await folder('project', {
      'kodex.config.json': JSON.stringify({ packs: ['packs/shop.yaml'] }),
      'packs/shop.yaml': await readFile(SHOP, 'utf8'),
      'deep/er/.keep': '',
    });
    const cwd = join(project, 'deep', 'er');
    expect(await findConfig(cwd)).toBe(join(project, 'kodex.config.json'));
    const { code, out } = await run(['explain', 'shop', 'card_declined', '--json'], { cwd });
    expect(code).toBe(0);
    expect(JSON.parse(out).provider).toBe('shop');
    // --pack adds to the config's packs; --no-config leaves the config out.
    const both = await run(['summary', '--json', '--pack', join(PACKS, 'parcel.json')], { cwd });
    expect(JSON.parse(both.out).map((s: { provider: string }) => s.provider)).toEqual(
      expect.arrayContaining(['shop', 'parcel']),
    );
    const ignored = await run(['explain', 'shop', 'card_declined', '--no-config'], { cwd });
    expect(ignored.code).toBe(1);
  });

  it('reads YAML and module configs, and stops looking at the Git root', async () => {
    const yaml = await folder('yaml-project', {
      'kodex.config.yaml': `packs:\n  - ${JSON.stringify(join(PACKS, 'parcel.json'))}\n`,
      'inner/.git/HEAD': '',
      'inner/src/.keep': '',
    });
    expect(await findConfig(yaml)).toBe(join(yaml, 'kodex.config.yaml'));
    // inner is a Git project of its own: the config above it is not its config.
    expect(await findConfig(join(yaml, 'inner', 'src'))).toBeUndefined();
    const module = await folder('module-project', {
      'kodex.config.mjs': `export default { packs: [${JSON.stringify(SHOP)}] };`,
    });
    const { out } = await run(['list', '--provider', 'shop', '--json'], { cwd: module });
    expect(JSON.parse(out)).toHaveLength(4);
  });

  it('names the config file and the JSON pointer of what is wrong in it', async () => {
    const project = await folder('bad-config', {
      'kodex.config.json': JSON.stringify({ packs: [42], pack: 'x' }),
    });
    const { code, err } = await run(['list'], { cwd: project });
    expect(code).toBe(2);
    expect(err).toContain(`${join(project, 'kodex.config.json')} is not a valid kodex config`);
    expect(err).toMatch(/\/packs\/0: .*string/);
    expect(err).toMatch(/\/: .*"pack"/);
  });
});

describe('docs and completion with a pack', () => {
  it('writes the reference of a pack provider, and takes a pack file as --catalog', async () => {
    const out = join(dir, 'docs-out');
    const byProvider = await run(
      ['docs', '--provider', 'shop', '--format', 'md', '--out', out, '--pack', SHOP],
      { cwd: dir },
    );
    expect(byProvider.code).toBe(0);
    expect(await readFile(join(out, 'shop.md'), 'utf8')).toContain('card_declined');
    const byCatalog = await run(['docs', '--catalog', SHOP, '--format', 'openapi', '--out', out]);
    expect(byCatalog.code).toBe(0);
    expect(await readFile(join(out, 'shop.openapi.json'), 'utf8')).toContain('card_declined');
  });

  it('completes the pack providers and their codes', async () => {
    const providers = await run(['__complete', '--', 'explain', '--pack', SHOP, 'sh']);
    expect(providers.out).toBe('shop\n');
    const codes = await run(['__complete', '--', 'explain', '--pack', SHOP, 'shop', 'card']);
    expect(codes.out).toBe('card_declined\n');
  });
});
