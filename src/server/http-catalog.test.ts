import { describe, expect, it } from 'vitest';
import { catalogs } from '../catalogs/index.js';
import { buildRecord } from '../decode/build-record.js';
import { createCodeIndex } from '../decode/code-index.js';
import type { Lang } from '../model/catalog.js';
import { statusRecord } from './http-catalog.js';

describe('statusRecord', () => {
  it('takes the plain-HTTP entry of a status that has one', () => {
    expect(statusRecord(501, { lang: 'en' })).toMatchObject({
      provider: 'http',
      code: '501',
      category: 'unsupported',
      retryable: false,
      known: true,
    });
    expect(statusRecord(505, { lang: 'en' })).toMatchObject({
      category: 'unsupported',
      retryable: false,
    });
    expect(statusRecord(503, { lang: 'en' })).toMatchObject({
      category: 'unavailable',
      retryable: true,
    });
  });

  it('classes a status without an entry by its family: 5xx internal and retryable, 4xx invalid', () => {
    expect(statusRecord(509, { lang: 'en' })).toMatchObject({
      category: 'internal',
      retryable: true,
      known: false,
      title: 'Internal error',
    });
    expect(statusRecord(418, { lang: 'en' })).toMatchObject({
      category: 'invalid_request',
      retryable: false,
    });
  });

  it('reads what the detail says of a 4xx without an entry, as decoding does', () => {
    expect(statusRecord(420, { lang: 'en', detail: 'Too many requests' })).toMatchObject({
      category: 'rate_limited',
      retryable: true,
      title: 'Rate limited',
    });
    expect(statusRecord(418, { lang: 'ru', detail: 'Временная ошибка' })).toMatchObject({
      category: 'unavailable',
      retryable: true,
    });
  });

  it('calls a status below 400 without an entry unknown, not a client error', () => {
    expect(statusRecord(299, { lang: 'en' })).toMatchObject({
      category: 'unknown',
      retryable: false,
      title: 'Unknown',
    });
  });

  it('gives the record decoding gives for the same status and message', () => {
    const index = createCodeIndex(Object.values(catalogs));
    const details = [undefined, 'Too many requests', 'Service temporarily unavailable', 'oops'];
    for (let status = 100; status < 700; status++) {
      for (const detail of details) {
        for (const lang of ['en', 'ru'] as Lang[]) {
          const decoded = buildRecord(
            index,
            { code: String(status), detail },
            { provider: 'http', status, lang },
          );
          expect(statusRecord(status, { lang, detail }), `${status} ${detail}`).toEqual(decoded);
        }
      }
    }
  });
});
