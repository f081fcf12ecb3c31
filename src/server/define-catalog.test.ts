import { describe, expect, it } from 'vitest';
import { catalogs } from '../catalogs/index.js';
import { providerCatalogSchema } from '../catalogs/schema.js';
import { decode } from '../decode/decode.js';
import { encode } from '../decode/encode.js';
import { ApiError, isApiError } from '../errors/api-error.js';
import { isKodexError } from '../errors/kodex-error.js';
import { createLookup } from '../lookup/lookup.js';
import { defineCatalog } from './define-catalog.js';

const shop = defineCatalog({
  id: 'shop',
  name: 'Shop API',
  docs: 'https://shop.example/errors',
  entries: [
    {
      code: 'OUT_OF_STOCK',
      status: 409,
      category: 'conflict',
      class: 'Orders',
      title: { ru: 'Нет в наличии', en: 'Out of stock' },
      template: { ru: 'Товара {sku} нет в наличии', en: 'Item {sku} is out of stock' },
      params: { sku: { type: 'string', description: { en: 'Stock keeping unit' } } },
      docs: 'https://shop.example/errors#OUT_OF_STOCK',
    },
    {
      code: 'RATE_LIMITED',
      status: 429,
      category: 'rate_limited',
      class: 'Limits',
      title: { ru: 'Слишком много запросов', en: 'Too many requests' },
      template: { en: 'At most {limit} requests a minute' },
      params: { limit: { type: 'number' } },
    },
    {
      code: 'LOGIN_FAILED',
      status: 401,
      category: 'unauthenticated',
      class: 'Orders',
      title: { ru: 'Вход не удался', en: 'Login failed' },
      template: { en: 'Token {token} was refused' },
      params: { token: { type: 'string' } },
    },
  ],
});

describe('defineCatalog', () => {
  it('fills the defaults the model needs and passes the built-in catalogs schema', () => {
    const data = JSON.parse(JSON.stringify(shop));
    expect(providerCatalogSchema.safeParse(data).success).toBe(true);
    expect(providerCatalogSchema.safeParse(shop).success).toBe(true);
    expect(shop.description).toEqual({ ru: 'Shop API', en: 'Shop API' });
    expect(shop.formats).toEqual(['json']);
    expect(shop.sections.map((s) => [s.id, s.title.en, s.source])).toEqual([
      ['orders', 'Orders', 'Shop API'],
      ['limits', 'Limits', 'Shop API'],
    ]);
    const [stock, rate] = shop.entries;
    expect(stock).toMatchObject({ name: 'OUT_OF_STOCK', retryable: false, section: 'orders' });
    expect(rate).toMatchObject({ name: 'RATE_LIMITED', retryable: true, section: 'limits' });
  });

  it('keeps the methods out of the data, so JSON and the strict schema see a plain catalog', () => {
    expect(Object.keys(shop)).not.toContain('error');
    expect(JSON.parse(JSON.stringify(shop)).entries).toHaveLength(3);
  });

  it('gives a catalog that createLookup explains and searches', () => {
    const lookup = createLookup([shop]);
    expect(lookup.explain('shop', 'OUT_OF_STOCK')?.title.ru).toBe('Нет в наличии');
    expect(lookup.search('stock')[0]?.code).toBe('OUT_OF_STOCK');
  });

  it('puts every entry in the only section given when entries name none', () => {
    const one = defineCatalog({
      id: 'one',
      name: 'One',
      sections: [{ id: 'main', title: { ru: 'Основные', en: 'Main' } }],
      entries: [{ code: 'X', status: 503, category: 'unavailable', title: { ru: 'Икс', en: 'X' } }],
    });
    expect(one.entries[0]).toMatchObject({ section: 'main', retryable: true });
    expect(one.sections[0]).toMatchObject({ source: 'One' });
  });

  it('refuses an invalid catalog with the paths of its problems', () => {
    const bad = () =>
      defineCatalog({
        id: 'Bad Id',
        name: 'Bad',
        entries: [
          {
            code: 'A',
            status: 700,
            category: 'conflict',
            title: { ru: 'А', en: 'A' },
            template: { en: 'Uses {undeclared}' },
          },
        ],
      });
    expect(bad).toThrow(/Catalog "Bad Id" is invalid: \/id: .*\/entries\/0\/status/);
    try {
      bad();
    } catch (error) {
      expect(isKodexError(error) && error.code).toBe('invalid_catalog');
    }
  });

  it('refuses two entries with one key', () => {
    const entry = {
      code: 'A',
      status: 400,
      category: 'conflict',
      title: { ru: 'А', en: 'A' },
    } as const;
    expect(() => defineCatalog({ id: 'dup', name: 'Dup', entries: [entry, entry] })).toThrow(
      /duplicate key A/,
    );
  });
});

describe('catalog.error', () => {
  it('builds a throwable error carrying the normalized record with the template rendered', () => {
    const error = shop.error('OUT_OF_STOCK', { sku: 'A-1' });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(isApiError(error)).toBe(true);
    expect(error.message).toBe('Item A-1 is out of stock');
    expect(error).toMatchObject({ provider: 'shop', code: 'api_error', status: 409 });
    expect(error.record).toEqual({
      provider: 'shop',
      code: 'OUT_OF_STOCK',
      status: 409,
      category: 'conflict',
      retryable: false,
      title: 'Out of stock',
      lang: 'en',
      detail: 'Item A-1 is out of stock',
      fields: [],
      known: true,
      name: 'OUT_OF_STOCK',
      key: 'OUT_OF_STOCK',
      docs: 'https://shop.example/errors#OUT_OF_STOCK',
      params: { sku: 'A-1' },
    });
  });

  it('renders the title and template in the language asked, and re-renders in the other', () => {
    const error = shop.error('OUT_OF_STOCK', { sku: 'A-1' }, { lang: 'ru' });
    expect(error.record).toMatchObject({
      title: 'Нет в наличии',
      detail: 'Товара A-1 нет в наличии',
    });
    expect(error.recordIn('en')).toMatchObject({
      title: 'Out of stock',
      detail: 'Item A-1 is out of stock',
    });
  });

  it('falls back to the template of the other language when one is missing', () => {
    expect(shop.error('RATE_LIMITED', { limit: 60 }, { lang: 'ru' }).record.detail).toBe(
      'At most 60 requests a minute',
    );
  });

  it('takes the occurrence detail, fields, retry delay and cause from the options', () => {
    const cause = new Error('upstream');
    const error = shop.error(
      'RATE_LIMITED',
      { limit: 60 },
      { detail: 'Slow down', retryAfterMs: 2000, fields: [{ path: 'q' }], cause },
    );
    expect(error.record).toMatchObject({
      detail: 'Slow down',
      retryAfterMs: 2000,
      fields: [{ path: 'q' }],
    });
    expect(error.cause).toBe(cause);
    expect(JSON.stringify(error)).toContain('"retryAfterMs":2000');
  });

  it('never puts a credential-named param in the record, the detail or the message', () => {
    const error = shop.error('LOGIN_FAILED', { token: 'sk_live_123456' });
    expect(JSON.stringify(error.record)).not.toContain('sk_live_123456');
    expect(error.message).not.toContain('sk_live_123456');
    expect(error.params).toEqual({ token: '[REDACTED]' });
  });

  it('tells a plain JavaScript caller at once about an unknown code or a bad param', () => {
    const untyped = shop as unknown as { error(code: string, params?: object): unknown };
    expect(() => untyped.error('NOPE')).toThrow(/shop has no code "NOPE"/);
    expect(() => untyped.error('OUT_OF_STOCK')).toThrow(
      /param "sku" must be a string, got nothing/,
    );
    expect(() => untyped.error('RATE_LIMITED', { limit: '60' })).toThrow(
      /must be a number, got string/,
    );
  });

  it('encodes as problem+json that decodes back to its provider, code and category', () => {
    const response = encode(shop.error('OUT_OF_STOCK', { sku: 'A-1' }).record, {
      dialect: 'problem',
    });
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(decode(response)).toMatchObject({
      provider: 'shop',
      code: 'OUT_OF_STOCK',
      category: 'conflict',
      retryable: false,
      detail: 'Item A-1 is out of stock',
    });
    const xml = encode(shop.error('OUT_OF_STOCK', { sku: 'A-1' }).recordIn('ru'), {
      dialect: 'problem',
      format: 'xml',
    });
    expect(xml.body).toContain('<title>Нет в наличии</title>');
    expect(decode(xml)).toMatchObject({
      provider: 'shop',
      code: 'OUT_OF_STOCK',
      category: 'conflict',
    });
  });

  it('tells an API code named like one of kodex’s own from kodex’s own failure', () => {
    const api = defineCatalog({
      id: 'api',
      name: 'API',
      entries: [
        {
          code: 'invalid_params',
          status: 422,
          category: 'invalid_request',
          title: { ru: 'Неверные параметры', en: 'Invalid parameters' },
          params: { n: { type: 'number' } },
        },
      ],
    });
    const thrown = api.error('invalid_params', { n: 1 });
    let failure: unknown;
    try {
      (api as unknown as { error(code: string, params: object): unknown }).error('invalid_params', {
        n: 'one',
      });
    } catch (error) {
      failure = error;
    }
    // The API's code is in the record; `code` says it is an API's error.
    expect(thrown.code).toBe('api_error');
    expect(thrown.record.code).toBe('invalid_params');
    expect(isKodexError(failure) && failure.code).toBe('invalid_params');
    expect(isApiError(failure)).toBe(false);
  });

  it('builds a record without an error object', () => {
    expect(shop.record('RATE_LIMITED', { limit: 5 }).retryable).toBe(true);
    expect(shop.has('RATE_LIMITED')).toBe(true);
    expect(shop.has('rate_limited')).toBe(false);
    expect(shop.entry('OUT_OF_STOCK').section).toBe('orders');
  });
});

describe('built-in catalogs through defineCatalog', () => {
  const sample = (type: string) => (type === 'number' ? 7 : 'x');

  it.each(Object.values(catalogs).map((c) => [c.id, c] as const))(
    'raises every %s error code, and each decodes back from problem+json to the same code',
    (_id, catalog) => {
      const typed = defineCatalog(catalog);
      const untyped = typed as unknown as {
        error(code: string, params: object): ApiError;
      };
      for (const entry of typed.entries) {
        if ((entry.kind ?? 'error') !== 'error') continue;
        const key = entry.variant ? `${entry.code}.${entry.variant}` : entry.code;
        const params = Object.fromEntries(
          Object.entries(entry.params ?? {}).map(([name, spec]) => [name, sample(spec.type)]),
        );
        const error = untyped.error(key, params);
        const back = decode(encode(error.record, { dialect: 'problem' }));
        expect(back, key).toMatchObject({ provider: catalog.id, code: entry.code, known: true });
        // problem+json carries the code, not the variant: a code with several
        // meanings decodes to the one its status and detail point to.
        const meanings = typed.entries.filter((e) => e.code === entry.code);
        if (meanings.length === 1) expect(back?.category, key).toBe(entry.category);
      }
    },
  );
});
