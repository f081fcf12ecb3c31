import { describe, expect, it } from 'vitest';
import { mobizon } from '../catalogs/mobizon.js';
import { isUnknownProviderError } from '../errors/unknown-provider-error.js';
import { explain, list, search, suggest } from './index.js';
import { createLookup } from './lookup.js';

describe('explain', () => {
  it('gives Avtocod B011 with its status, category and template parameters', () => {
    const entry = explain('avtocod', 'B011')!;
    expect(entry).toMatchObject({
      provider: 'avtocod',
      code: 'B011',
      status: 402,
      category: 'quota_exceeded',
    });
    expect(entry.template?.ru).toContain('{day_quote}');
    expect(Object.keys(entry.params ?? {})).toEqual(
      expect.arrayContaining(['day_quote', 'report_type']),
    );
  });

  it('accepts a numeric code, a lower-case code and a code name', () => {
    expect(explain('amocrm', 110)?.code).toBe('110');
    expect(explain('avtocod', 'b011')?.code).toBe('B011');
    expect(explain('avtocod', 'NoQuoteDay')?.code).toBe('B011');
  });

  it('keeps every meaning of a code that has several, preferring the asked section or status', () => {
    const entry = explain('amocrm', 244, { section: 'tasks' })!;
    expect(entry.section).toBe('tasks');
    expect(entry.alternatives.map((e) => e.section)).toEqual(
      expect.arrayContaining(['events', 'catalogs', 'catalog-elements']),
    );
    expect(explain('google', 'required', { status: 401 })?.status).toBe(401);
    expect(explain('google', 'required', { status: 400 })?.status).toBe(400);
  });

  it('prefers the entry whose key is the code over its variants, whatever the catalog order', () => {
    for (const code of ['RESOURCE_EXHAUSTED', 'PERMISSION_DENIED', 'INVALID_ARGUMENT']) {
      const entry = explain('google', code)!;
      expect(entry.key).toBe(code);
      expect(entry.alternatives.some((e) => e.key.startsWith(`${code}.indexing-`))).toBe(true);
    }
    expect(explain('google', 'RESOURCE_EXHAUSTED')).toMatchObject({
      category: 'rate_limited',
      retryable: true,
    });
    // A section the caller names still wins over the generic entry.
    expect(explain('google', 'RESOURCE_EXHAUSTED', { section: 'indexing-quota' })?.key).toBe(
      'RESOURCE_EXHAUSTED.indexing-quota',
    );
  });

  it('finds a variant by its key', () => {
    expect(explain('amocrm', '244.events')?.section).toBe('events');
  });

  it('returns undefined for an unknown code and suggests the nearest', () => {
    expect(explain('avtocod', 'B019')).toBeUndefined();
    expect(suggest('avtocod', 'B019').map((e) => e.code)).toContain('B011');
  });

  it('throws a typed error with the nearest ids for an unknown provider', () => {
    try {
      explain('amocr', '110');
      expect.unreachable();
    } catch (error) {
      expect(isUnknownProviderError(error)).toBe(true);
      if (isUnknownProviderError(error)) expect(error.suggestions).toContain('amocrm');
    }
  });

  it('does not treat prototype keys as codes or providers', () => {
    expect(explain('http', '__proto__')).toBeUndefined();
    expect(explain('http', 'constructor')).toBeUndefined();
    expect(() => explain('__proto__', '1')).toThrow(/Unknown provider/);
  });
});

describe('list', () => {
  it('lists every provider with provider, code, name, status, category, retryable and both titles', () => {
    const entries = list();
    expect(new Set(entries.map((e) => e.provider)).size).toBe(9);
    for (const e of entries) {
      expect(e).toEqual(
        expect.objectContaining({
          provider: expect.any(String),
          code: expect.any(String),
          name: expect.any(String),
          status: expect.any(Number),
          category: expect.any(String),
          retryable: expect.any(Boolean),
          title: { ru: expect.any(String), en: expect.any(String) },
        }),
      );
    }
  });

  it('filters by provider, category and status', () => {
    expect(list('mobizon')).toHaveLength(mobizon.entries.length);
    expect(
      list(undefined, { category: 'rate_limited' }).every((e) => e.category === 'rate_limited'),
    ).toBe(true);
    expect(list('http', { status: 429 }).map((e) => e.code)).toEqual(['429']);
  });
});

describe('search', () => {
  it('ranks quota codes of several providers first for «квота»', () => {
    const hits = search('квота').slice(0, 10);
    expect(hits[0]?.category).toBe('quota_exceeded');
    expect(hits.some((h) => h.provider === 'avtocod' && h.code === 'B011')).toBe(true);
    expect(new Set(hits.map((h) => h.provider)).size).toBeGreaterThanOrEqual(2);
    expect(hits.filter((h) => h.category === 'quota_exceeded').length).toBeGreaterThanOrEqual(5);
  });

  it('ranks rate-limit codes of several providers first for "rate limit"', () => {
    const hits = search('rate limit').slice(0, 10);
    expect(hits.filter((h) => h.category === 'rate_limited').length).toBeGreaterThanOrEqual(6);
    expect(new Set(hits.map((h) => h.provider)).size).toBeGreaterThanOrEqual(3);
  });

  it('finds Russian word forms and tolerates typos', () => {
    expect(search('квоты').some((h) => h.code === 'B011')).toBe(true);
    expect(search('ratelimit exceded').some((h) => h.code === 'rateLimitExceeded')).toBe(true);
    expect(search('авторизацыя').length).toBeGreaterThan(0);
  });

  it('puts an exact code first', () => {
    expect(search('B011')[0]).toMatchObject({ provider: 'avtocod', code: 'B011' });
    expect(search('invalid_api_key')[0]).toMatchObject({
      provider: 'unisender',
      code: 'invalid_api_key',
    });
  });

  it('restricts to one provider when asked', () => {
    const hits = search('not found', { provider: 'google' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.provider === 'google')).toBe(true);
  });

  it('returns nothing for blank or hostile input, quickly', () => {
    expect(search('   ')).toEqual([]);
    const started = Date.now();
    search('a'.repeat(100_000));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('createLookup', () => {
  it('works over any set of catalogs', () => {
    const lookup = createLookup([mobizon]);
    expect(lookup.explain('mobizon', '30')?.category).toBe('rate_limited');
    expect(() => lookup.list('amocrm')).toThrow(/Unknown provider/);
  });
});
