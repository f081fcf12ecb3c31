import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../model/catalog.js';
import { http } from './http.js';
import { providerCatalogSchema } from './schema.js';

const entries: readonly CatalogEntry[] = http.entries;
const entry = (code: string): CatalogEntry => entries.find((e) => e.code === code)!;

// The reference's «Коды состояний в REST»: every status it describes.
const SEED_CODES = [
  200, 201, 202, 203, 204, 205, 206, 300, 301, 302, 303, 304, 305, 307, 308, 400, 401, 402, 403,
  404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 428, 429, 431, 444, 451, 500, 501,
  502, 503, 504, 505, 510,
];
const NOT_IN_SEED = [416, 417, 422, 423, 425, 426, 499, 507, 508, 511, 520, 521, 522, 523, 524];

const sectionOf = (status: number) =>
  status < 300
    ? 'success-2xx'
    : status < 400
      ? 'redirect-3xx'
      : status < 500
        ? 'client-4xx'
        : 'server-5xx';

describe('http catalog', () => {
  it('passes the catalog schema', () => {
    expect(() => providerCatalogSchema.parse(http)).not.toThrow();
  });

  it('has every status of the seed overview in its class section, with code equal to the status', () => {
    const seeded = entries.filter((e) => e.section !== 'other-statuses');
    expect(seeded.map((e) => e.status).sort((a, b) => a - b)).toEqual(SEED_CODES);
    for (const e of seeded) {
      expect(e.code).toBe(String(e.status));
      expect(e.section, e.code).toBe(sectionOf(e.status));
    }
  });

  it('adds only the short list of statuses the seed omits, in section other-statuses', () => {
    const extra = entries.filter((e) => e.section === 'other-statuses');
    expect(extra.map((e) => e.status).sort((a, b) => a - b)).toEqual(NOT_IN_SEED);
    for (const e of extra) {
      expect(e.code).toBe(String(e.status));
      expect(e.note, e.code).toMatch(/^Not in the seed's overview/);
    }
  });

  it('takes the Russian titles from the seed', () => {
    expect(entry('429').title).toEqual({ ru: 'Слишком много запросов', en: 'Too Many Requests' });
    expect(entry('429').name).toBe('TOO_MANY_REQUESTS');
    expect(entry('444').title.ru).toBe('Нет ответа');
  });

  it('treats 2xx as success, 202 as pending and 206 as a full success', () => {
    for (const code of ['200', '201', '203', '204', '205', '206']) {
      expect(entry(code), code).toMatchObject({
        kind: 'success',
        category: 'unknown',
        retryable: false,
      });
    }
    expect(entry('202')).toMatchObject({ kind: 'pending', category: 'pending' });
  });

  it('treats every 3xx, 304 included, as a redirect', () => {
    for (const e of entries.filter((x) => x.section === 'redirect-3xx')) {
      expect(e.category, e.code).toBe('redirect');
    }
  });

  it('maps the 4xx of the seed to their categories', () => {
    const expected: Record<string, string> = {
      '400': 'invalid_request',
      '401': 'unauthenticated',
      '402': 'payment_required',
      '403': 'permission_denied',
      '404': 'not_found',
      '405': 'unsupported',
      '406': 'unsupported',
      '407': 'unauthenticated',
      '408': 'unavailable',
      '409': 'conflict',
      '410': 'not_found',
      '411': 'invalid_request',
      '412': 'conflict',
      '413': 'too_large',
      '414': 'too_large',
      '415': 'unsupported',
      '428': 'conflict',
      '429': 'rate_limited',
      '431': 'too_large',
      '444': 'permission_denied',
      '451': 'permission_denied',
    };
    for (const [code, category] of Object.entries(expected))
      expect(entry(code).category, code).toBe(category);
  });

  it('maps the 5xx of the seed: 500 internal, 502–504 unavailable, 501/505 unsupported, 510 a request to extend', () => {
    expect(entry('500')).toMatchObject({ category: 'internal', retryable: true });
    for (const code of ['502', '503', '504']) {
      expect(entry(code), code).toMatchObject({ category: 'unavailable', retryable: true });
    }
    expect(entry('501')).toMatchObject({ category: 'unsupported', retryable: false });
    expect(entry('505')).toMatchObject({ category: 'unsupported', retryable: false });
    expect(entry('510')).toMatchObject({ category: 'invalid_request', retryable: false });
  });

  it('retries a request timeout (408) and too many requests (429) but not a closed connection (444)', () => {
    expect(entry('408')).toMatchObject({ category: 'unavailable', retryable: true });
    expect(entry('429')).toMatchObject({ category: 'rate_limited', retryable: true });
    expect(entry('444').retryable).toBe(false);
  });

  it('retries only rate_limited, unavailable and generic internal errors', () => {
    for (const e of entries) {
      if (e.retryable)
        expect(['rate_limited', 'unavailable', 'internal'], e.code).toContain(e.category);
      if (e.category === 'rate_limited' || e.category === 'unavailable')
        expect(e.retryable, e.code).toBe(true);
    }
    expect(entry('508')).toMatchObject({ category: 'internal', retryable: false });
  });

  it('classifies the added statuses', () => {
    expect(entry('422').category).toBe('invalid_request');
    expect(entry('423').category).toBe('conflict');
    expect(entry('425')).toMatchObject({ category: 'unavailable', retryable: true });
    expect(entry('499')).toMatchObject({ category: 'unknown', retryable: false });
    expect(entry('511').category).toBe('unauthenticated');
    expect(entry('520')).toMatchObject({ category: 'internal', retryable: true });
    for (const code of ['521', '522', '523', '524']) {
      expect(entry(code), code).toMatchObject({ category: 'unavailable', retryable: true });
    }
  });

  it('links only the documentation the seed gives', () => {
    expect(entry('428').docs).toBe('https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/428');
    expect(entries.filter((e) => e.docs).map((e) => e.code)).toEqual(['428']);
  });

  it('keeps the class table in the description and declares HTTP-status success, no limits', () => {
    expect(http.description.ru).toContain('1xx');
    expect(http.success.signal).toBe('http-status');
    expect(http.formats).toEqual(['json', 'text', 'html']);
    expect(http.limits).toEqual([]);
  });
});
