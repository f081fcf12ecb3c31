import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogEntry, ProviderCatalog } from '../model/catalog.js';
import { radist as catalog } from './radist.js';
import { providerCatalogSchema } from './schema.js';

// Widened to the model types, so optional fields can be read off any entry.
const radist: ProviderCatalog = catalog;
const entry = (code: string): CatalogEntry => radist.entries.find((e) => e.code === code)!;
// Statuses «Общее» documents only as a class (5xx), with no body code: entries of their own.
const BARE_STATUSES = ['502', '503', '504'];
const seedEntries = (): readonly CatalogEntry[] =>
  radist.entries.filter((e) => !BARE_STATUSES.includes(e.code));

// The seed's «Список ошибок» JSON block, kept verbatim as a fixture and read
// independently of the catalog.
const seedCodes = (): Record<string, { name: string; message: string }> =>
  JSON.parse(
    readFileSync(new URL('../../test/fixtures/radist-error-list.json', import.meta.url), 'utf8'),
  );

describe('radist catalog', () => {
  it('passes the catalog schema', () => {
    expect(() => providerCatalogSchema.parse(radist)).not.toThrow();
  });

  it('has one entry per seed code, 138 in all, then the bare 5xx statuses, with no variants', () => {
    expect(seedEntries()).toHaveLength(138);
    expect(radist.entries).toHaveLength(138 + BARE_STATUSES.length);
    expect(new Set(radist.entries.map((e) => e.code)).size).toBe(radist.entries.length);
    expect(radist.entries.slice(138).map((e) => e.code)).toEqual(BARE_STATUSES);
    for (const e of radist.entries) expect(e).not.toHaveProperty('variant');
  });

  it('holds every code of the seed with its name and verbatim message', () => {
    const seed = seedCodes();
    expect(Object.keys(seed)).toHaveLength(138);
    expect(seedEntries().map((e) => e.code)).toEqual(Object.keys(seed));
    for (const [code, { name, message }] of Object.entries(seed)) {
      const e = entry(code);
      expect(e.name).toBe(name);
      if (e.section === 'general')
        expect(e.description?.en?.startsWith(`${message} — `)).toBe(true);
      else expect(e.description).toEqual({ en: message });
    }
  });

  it('gives every entry a Russian and an English title', () => {
    for (const e of radist.entries) {
      expect(e.title.ru).toMatch(/[а-яё]/i);
      expect(e.title.en).toMatch(/^[A-Za-z0-9]/);
    }
  });

  it('uses the given status for codes that are HTTP statuses and infers every other one', () => {
    const http = ['400', '404', '413', '429', '500', ...BARE_STATUSES];
    for (const e of radist.entries) {
      if (http.includes(e.code)) {
        expect(e.status).toBe(Number(e.code));
        expect(e.statusInferred).toBeUndefined();
      } else {
        expect(e.statusInferred).toBe(true);
      }
    }
  });

  it('puts codes 1, 429 and 500, which «Общее» explains, in section general', () => {
    expect(radist.entries.filter((e) => e.section === 'general').map((e) => e.code)).toEqual([
      '1',
      '429',
      '500',
      ...BARE_STATUSES,
    ]);
    expect(entry('1').description?.ru).toContain('формат запроса не соответствует');
    expect(entry('429').description?.ru).toContain('временно заблокированы');
    expect(entry('500').description?.ru).toContain('сообщите в поддержку');
  });

  it('treats code 1 as an invalid request with inferred status 400', () => {
    expect(entry('1')).toMatchObject({
      name: 'REQUEST_VALIDATION_ERROR',
      status: 400,
      statusInferred: true,
      category: 'invalid_request',
      retryable: false,
    });
  });

  it('treats 429 as a retryable rate limit and lists no figure for it', () => {
    expect(entry('429')).toMatchObject({ status: 429, category: 'rate_limited', retryable: true });
    expect(radist.limits).toEqual([]);
    expect(radist.notes?.some((n) => n.includes('per-second') && n.includes('no figure'))).toBe(
      true,
    );
  });

  it('treats the 5xx gateway statuses «Общее» documents without a body code as unavailable and retryable', () => {
    for (const code of BARE_STATUSES) {
      expect(entry(code), code).toMatchObject({
        status: Number(code),
        category: 'unavailable',
        retryable: true,
        section: 'general',
      });
      expect(entry(code).description?.ru, code).toContain('сообщите в поддержку');
    }
  });

  it('treats 500 as a retryable internal error', () => {
    expect(entry('500')).toMatchObject({ status: 500, category: 'internal', retryable: true });
  });

  it('maps 413 to too_large and 404 to not_found', () => {
    expect(entry('413').category).toBe('too_large');
    expect(entry('404').category).toBe('not_found');
  });

  it('infers 404 not_found for every *_NOT_FOUND and *_NOT_EXISTS code', () => {
    for (const e of radist.entries.filter((x) => /_NOT_(FOUND|EXISTS)$/.test(x.name))) {
      expect(e, e.code).toMatchObject({ status: 404, category: 'not_found' });
    }
  });

  it('infers 409 conflict for every already-exists and duplicate code', () => {
    for (const e of radist.entries.filter((x) => /ALREADY|DUPLICATE|CONFLICT/.test(x.name))) {
      expect(e, e.code).toMatchObject({ status: 409, category: 'conflict' });
    }
  });

  it('treats resource count limits as quota_exceeded with inferred 400', () => {
    for (const code of ['10009', '10010', '13006', '14002', '27000', '28003']) {
      expect(entry(code), code).toMatchObject({
        status: 400,
        category: 'quota_exceeded',
        retryable: false,
      });
    }
  });

  it('asks for payment on unpaid accounts, paused subscriptions and a full subscription', () => {
    for (const code of ['10', '11', '10013', '15007', '22005', '22009']) {
      expect(entry(code), code).toMatchObject({ status: 402, category: 'payment_required' });
    }
  });

  it('treats UNAUTHORIZED as unauthenticated with 401', () => {
    expect(entry('11000')).toMatchObject({ status: 401, category: 'unauthenticated' });
  });

  it('treats third-party credential errors as unauthenticated with 400, not 401', () => {
    for (const code of ['15005', '15006', '17008', '17009', '25001', '25005', '25006', '31001']) {
      expect(entry(code), code).toMatchObject({ status: 400, category: 'unauthenticated' });
    }
  });

  it('treats third-party generic errors as non-retryable internal errors with 502', () => {
    for (const code of [
      '7001',
      '10005',
      '15009',
      '15013',
      '17000',
      '18003',
      '19000',
      '25000',
      '25004',
      '30000',
      '30001',
      '31000',
    ]) {
      expect(entry(code), code).toMatchObject({
        status: 502,
        category: 'internal',
        retryable: false,
      });
    }
  });

  it('treats 99999 OTHER and the generic invoice error as retryable internal errors with 500', () => {
    expect(entry('99999')).toMatchObject({
      name: 'OTHER',
      status: 500,
      category: 'internal',
      retryable: true,
    });
    expect(entry('18000')).toMatchObject({ status: 500, category: 'internal', retryable: true });
  });

  it('treats Telegram flood control and too many MAX 2FA attempts as retryable rate limits', () => {
    expect(entry('17002')).toMatchObject({
      status: 429,
      category: 'rate_limited',
      retryable: true,
    });
    expect(entry('30005')).toMatchObject({
      status: 429,
      category: 'rate_limited',
      retryable: true,
    });
  });

  it('treats a banned Telegram phone as account_blocked', () => {
    expect(entry('17011')).toMatchObject({ status: 403, category: 'account_blocked' });
  });

  it('treats an unavailable Chat API instance as a retryable unavailable error', () => {
    expect(entry('15008')).toMatchObject({ status: 503, category: 'unavailable', retryable: true });
  });

  it('marks only rate limits, unavailability and generic own errors as retryable', () => {
    const retryable = radist.entries.filter((e) => e.retryable).map((e) => e.code);
    expect(retryable).toEqual([
      '429',
      '500',
      '15008',
      '17002',
      '18000',
      '30005',
      '99999',
      ...BARE_STATUSES,
    ]);
  });

  it('keeps both near-duplicate Telegram code-expired errors, 17001 and 17005', () => {
    expect(entry('17001').name).toBe('TELEGRAM_VERIFICATION_CODE_EXPIRED');
    expect(entry('17005').name).toBe('TELEGRAM_CODE_EXPIRED');
    expect(entry('17001').decision).toContain('17005');
    expect(entry('17005').decision).toContain('17001');
  });

  it('fixes the seed typo "attemps" in the title but keeps it in name and description', () => {
    const e = entry('30005');
    expect(e.name).toBe('MAX_PERSONAL_2FA_PASSWORD_TOO_MANY_ATTEMPS');
    expect(e.description?.en).toContain('attemps');
    expect(e.title.en).toContain('attempts');
  });

  it('records the less obvious category choices', () => {
    expect(entry('8001')).toMatchObject({ category: 'invalid_request' });
    expect(entry('10008')).toMatchObject({ status: 404, category: 'not_found' });
    expect(entry('22001')).toMatchObject({ status: 404, category: 'not_found' });
    expect(entry('22006')).toMatchObject({ status: 409, category: 'conflict' });
    expect(entry('22008')).toMatchObject({ status: 409, category: 'conflict' });
    expect(entry('28001')).toMatchObject({ status: 400, category: 'invalid_request' });
    expect(entry('13003')).toMatchObject({ status: 404, category: 'not_found' });
    for (const code of ['8001', '10008', '22001', '22006', '22009', '28001', '13003']) {
      expect(entry(code).decision, code).toBeDefined();
    }
  });

  it('gives no documentation links, as the seed has none', () => {
    expect(radist.docs).toBeUndefined();
    for (const e of radist.entries) expect(e.docs).toBeUndefined();
  });
});
