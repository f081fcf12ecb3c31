import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogLoadError, isCatalogLoadError } from './catalog-load-error.js';
import { loadCatalog, MAX_CATALOG_BYTES, readDataFile } from './load-catalog.js';
import { formatIssuePath } from './validate-catalog.js';

const catalog = {
  id: 'my-api',
  name: 'My API',
  description: { ru: 'Моё API', en: 'My API' },
  seeds: [],
  formats: ['json'],
  success: { signal: 'http-status', description: { ru: '2xx', en: '2xx' } },
  limits: [],
  sections: [{ id: 'main', title: { ru: 'Ошибки', en: 'Errors' }, source: 'my-api' }],
  entries: [
    {
      code: 'E1',
      name: 'First',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: { ru: 'Первая', en: 'First' },
      section: 'main',
    },
  ],
};

let dir: string;

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function failure(path: string): Promise<CatalogLoadError> {
  const error = await loadCatalog(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isCatalogLoadError(error)) throw new Error(`expected a CatalogLoadError, got ${error}`);
  return error;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kodex-load-catalog-'));
  // .js files here are ES modules, as in a package with "type": "module".
  await mkdir(join(dir, 'esm'));
  await writeFile(join(dir, 'esm', 'package.json'), '{"type":"module"}');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadCatalog', () => {
  it('loads and validates a .json catalog', async () => {
    const loaded = await loadCatalog(await file('ok.json', JSON.stringify(catalog)));
    expect(loaded).toEqual(catalog);
  });

  it("takes a .mjs module's default export and a .js module's `catalog` export, data only", async () => {
    const withMethod = `export default { ...${JSON.stringify(catalog)}, error() { return 1; } };`;
    expect(await loadCatalog(await file('default.mjs', withMethod))).toEqual(catalog);
    const named = `export const catalog = ${JSON.stringify(catalog)};\nexport default 42;`;
    expect(await loadCatalog(await file('esm/named.js', named))).toEqual(catalog);
  });

  it('lists each schema issue with its path', async () => {
    const bad = {
      ...catalog,
      id: 'Bad Id',
      entries: [{ ...catalog.entries[0], status: 700, section: 'nowhere', extra: true }],
    };
    const error = await failure(await file('bad.json', JSON.stringify(bad)));
    expect(error.reason).toBe('invalid');
    expect(error.code).toBe('catalog_invalid');
    const paths = error.issues.map((i) => i.path);
    expect(paths).toContain('id');
    expect(paths).toContain('entries[0].status');
    expect(paths).toContain('entries[0]');
    expect(error.issues.map((i) => i.pointer)).toContain('/entries/0/status');
    expect(error.message).toContain(`The catalog in ${join(dir, 'bad.json')}`);
    expect(error.message).toMatch(/\/entries\/0\/status: .*599/);
  });

  it('fills what defineCatalog fills: an author writes code, status, title and category', async () => {
    const short = {
      id: 'my-api',
      name: 'My API',
      entries: [
        { code: 'E1', status: 400, category: 'invalid_request', title: { ru: 'П', en: 'F' } },
        { code: 'E2', status: 503, category: 'unavailable', title: { ru: 'Н', en: 'U' } },
      ],
    };
    const loaded = await loadCatalog(await file('short.json', JSON.stringify(short)));
    expect(loaded.entries.map((e) => [e.name, e.retryable, e.section])).toEqual([
      ['E1', false, 'errors'],
      ['E2', true, 'errors'],
    ]);
    expect(loaded.formats).toEqual(['json']);
    expect(loaded.description).toEqual({ ru: 'My API', en: 'My API' });
  });

  it('reads a .yaml or .yml catalog as data, and names the line of a YAML mistake', async () => {
    const yaml = `id: my-api\nname: My API\nentries:\n  - code: E1\n    status: 409\n    category: conflict\n    title: { ru: Конфликт, en: Conflict }\n`;
    for (const name of ['c.yaml', 'c.yml']) {
      const loaded = await loadCatalog(await file(name, yaml));
      expect(loaded.entries[0]).toMatchObject({ code: 'E1', name: 'E1', retryable: false });
    }
    const broken = await failure(await file('broken.yaml', 'id: [my-api\nname: x\n'));
    expect(broken.reason).toBe('bad_yaml');
    expect(broken.message).toMatch(/broken\.yaml is not valid YAML: .*line 2/);
    const twice = await failure(await file('twice.yaml', 'id: a\nid: b\n'));
    expect(twice.reason).toBe('bad_yaml');
    const tagged = await failure(await file('tag.yaml', `${yaml}notes: !!js/function x\n`));
    expect(tagged.reason).toBe('invalid');
    expect(tagged.issues.map((i) => i.pointer)).toEqual(['/notes']);
  });

  it('names the file, the JSON pointer and the problem of a bad YAML catalog', async () => {
    const yaml = `id: my-api\nname: My API\nentries:\n  - code: E1\n    status: 4000\n    category: nope\n    title: { ru: Конфликт }\n`;
    const path = await file('bad.yaml', yaml);
    const error = await failure(path);
    expect(error.reason).toBe('invalid');
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/\/entries\/0\/status: .*599/);
    expect(error.message).toMatch(/\/entries\/0\/category: /);
    expect(error.message).toMatch(/\/entries\/0\/title\/en: /);
  });

  it('never executes a .json file: script in it is only bad JSON', async () => {
    const script = 'globalThis.kodexPwned = 1; export default {};';
    const error = await failure(await file('script.json', script));
    expect(error.reason).toBe('bad_json');
    expect(error.message).toContain('is not valid JSON');
    expect((globalThis as { kodexPwned?: number }).kodexPwned).toBeUndefined();
  });

  it('says what is wrong with a file it cannot use', async () => {
    expect((await failure(await file('c.toml', 'id = 1'))).reason).toBe('unsupported_extension');
    expect((await failure(join(dir, 'missing.json'))).reason).toBe('unreadable');
    await mkdir(join(dir, 'folder.json'));
    expect((await failure(join(dir, 'folder.json'))).reason).toBe('unreadable');
    const throwing = await failure(await file('throws.mjs', 'throw new Error("boom");'));
    expect(throwing.reason).toBe('import_failed');
    expect(throwing.message).toContain('boom');
    const empty = await failure(await file('empty.mjs', 'export const other = 1;'));
    expect(empty.reason).toBe('no_export');
    expect(empty.message).toContain('(it exports other)');
    expect(empty.message).toContain('export default');
    const cyclic = await failure(
      await file('cyclic.mjs', 'const a = {}; a.a = a; export default a;'),
    );
    expect(cyclic.reason).toBe('invalid');
  });

  it('refuses a file over the size cap before reading it', async () => {
    const path = await file('huge.json', '');
    await truncate(path, MAX_CATALOG_BYTES + 1);
    expect((await failure(path)).reason).toBe('too_large');
  });
});

describe('a provider pack file', () => {
  const pack = {
    ...catalog,
    dialect: { errors: '/error', code: '/code' },
  };

  it('is a catalog for loadCatalog: its dialect is checked and left out', async () => {
    expect(await loadCatalog(await file('pack.json', JSON.stringify(pack)))).toEqual(catalog);
    const bad = { ...pack, dialect: { errors: 'error', unknown: 1 } };
    const error = await failure(await file('bad-pack.json', JSON.stringify(bad)));
    expect(error.reason).toBe('invalid');
    expect(error.message).toContain(join(dir, 'bad-pack.json'));
    expect(error.issues.map((i) => i.pointer)).toEqual(
      expect.arrayContaining(['/dialect/errors', '/dialect']),
    );
  });

  it("keeps a module pack's dialect written as code, and takes the rest as data", async () => {
    const source = `export const pack = { ...${JSON.stringify(catalog)}, extra() {}, dialect: { detect: () => 0, decode: () => [], encode: () => ({}) } };`;
    const data = (await readDataFile(await file('code-pack.mjs', source), 'pack')) as {
      extra?: unknown;
      dialect: { decode: unknown };
    };
    expect(typeof data.dialect.decode).toBe('function');
    expect(data.extra).toBeUndefined();
    const asData = `export default { ...${JSON.stringify(pack)}, extra() {} };`;
    expect(await readDataFile(await file('data-pack.mjs', asData), 'pack')).toEqual(pack);
  });
});

describe('formatIssuePath', () => {
  it('writes zod paths as a reader would', () => {
    expect(formatIssuePath([])).toBe('(root)');
    expect(formatIssuePath(['entries', 3, 'title', 'ru'])).toBe('entries[3].title.ru');
    expect(formatIssuePath(['params', 'a b'])).toBe('params["a b"]');
  });
});
