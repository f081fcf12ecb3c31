import { describe, expect, it } from 'vitest';
import { telphin, telphinDialectSpec } from '../catalogs/telphin.js';
import { decode } from '../decode/decode.js';
import { encode } from '../decode/encode.js';
import { createResponseView } from '../wire/response-view.js';
import { packDialect } from './declarative.js';

// The built-in provider is a pack: its catalog and the dialect it declares.
const telphinDialect = packDialect(telphin, telphinDialectSpec);

function view(body: unknown, status = 400) {
  return createResponseView({
    status,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('telphin dialect', () => {
  it('takes the status string as the code and the message as detail', () => {
    expect(
      decode({ status: 404, body: '{"status":"client_not_found","message":"no client"}' }),
    ).toMatchObject({
      provider: 'telphin',
      code: 'client_not_found',
      category: 'not_found',
      known: true,
      detail: 'no client',
    });
  });

  it('takes the HTTP status as the code when the body has no status', () => {
    expect(
      decode({ status: 405, body: '{"message":"nope"}' }, { provider: 'telphin' }),
    ).toMatchObject({
      code: '405',
      category: 'unsupported',
      detail: 'nope',
    });
    expect(decode({ status: 401, body: '' }, { provider: 'telphin' })).toMatchObject({
      provider: 'telphin',
      code: '401',
      category: 'unauthenticated',
      known: true,
    });
  });

  it('decodes the success codes as no error', () => {
    for (const status of [200, 201, 204]) {
      expect(decode({ status, body: '' }, { provider: 'telphin' })).toBeNull();
      expect(telphinDialect.decode(view({ status: 'ok' }, status))).toBeNull();
    }
  });

  it('derives retryAfterMs from the X-RateLimit reset of a spent quota', () => {
    const record = decode(
      {
        status: 429,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700003600' },
        body: '{"status":"rate_limit_exceeded","message":"limit"}',
      },
      { now: () => 1_700_000_000_000 },
    );
    expect(record).toMatchObject({
      code: 'rate_limit_exceeded',
      category: 'rate_limited',
      retryAfterMs: 3_600_000,
    });
  });

  it('scores catalog statuses at 0.9, unknown snake_case ones low, and nothing else', () => {
    expect(telphinDialect.detect(view({ status: 'user_blocked' }))).toBe(0.9);
    expect(telphinDialect.detect(view({ status: 'call_not_found', message: 'x' }))).toBe(0.35);
    expect(telphinDialect.detect(view({ status: 'call_not_found' }))).toBe(0);
    expect(telphinDialect.detect(view({ status: 'error', message: 'x' }))).toBe(0);
    expect(telphinDialect.detect(view({ status: 400, title: 'Bad Request' }))).toBe(0);
    expect(telphinDialect.detect(view(''))).toBe(0);
  });

  it('classifies an unknown status from the HTTP status', () => {
    expect(
      decode({ status: 409, body: '{"status":"call_already_finished","message":"done"}' }),
    ).toMatchObject({
      provider: 'telphin',
      code: 'call_already_finished',
      category: 'conflict',
      known: false,
    });
  });

  it('encodes status-string codes as {status, message}', () => {
    const record = decode({ status: 403, body: '{"status":"access_denied","message":"denied"}' })!;
    const encoded = encode(record);
    expect(JSON.parse(encoded.body)).toEqual({ status: 'access_denied', message: 'denied' });
    expect(decode(encoded)).toMatchObject({ code: 'access_denied', detail: 'denied', status: 403 });
  });

  it('encodes numeric codes as a message or an empty body', () => {
    const record = decode({ status: 413, body: '' }, { provider: 'telphin' })!;
    expect(encode(record).body).toBe('');
    expect(JSON.parse(encode({ ...record, detail: 'too big' }).body)).toEqual({
      message: 'too big',
    });
    expect(decode(encode(record), { provider: 'telphin' })).toMatchObject({
      code: '413',
      known: true,
    });
  });
});
