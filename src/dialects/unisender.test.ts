import { describe, expect, it } from 'vitest';
import { responseFixture } from '../../test/helpers/response-fixtures.js';
import { unisender, unisenderDialectSpec } from '../catalogs/unisender.js';
import { decode } from '../decode/decode.js';
import { createResponseView } from '../wire/response-view.js';
import { packDialect } from './declarative.js';

// The built-in provider is a pack: its catalog and the dialect it declares.
const unisenderDialect = packDialect(unisender, unisenderDialectSpec);

const view = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  createResponseView({
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const detect = (body: unknown) => unisenderDialect.detect(view(body));

describe('unisender dialect', () => {
  it('decodes the seed example into invalid_api_key with the error id as detail', () => {
    const record = decode(responseFixture('unisender/seed-example-invalid-api-key').response);
    expect(record).toMatchObject({
      provider: 'unisender',
      code: 'invalid_api_key',
      status: 200,
      category: 'unauthenticated',
      retryable: false,
      known: true,
      detail: 'AK100310-02',
    });
  });

  it('reads a body without code as unspecified, the message picking the catalog variant', () => {
    expect(
      unisenderDialect.decode(view({ error: 'These list ids="1,2" has no confirmation letters' })),
    ).toEqual([
      { code: 'unspecified', detail: 'These list ids="1,2" has no confirmation letters' },
    ]);
    const record = decode({
      status: 200,
      body: { error: 'Call to a member function getMessage() on boolean' },
    });
    expect(record).toMatchObject({
      code: 'unspecified',
      key: 'unspecified.get-and-post-mixed',
      category: 'invalid_request',
    });
  });

  it('keeps the plain unspecified entry for a message no pattern knows', () => {
    const record = decode(
      { status: 200, body: { error: 'Something odd happened', code: 'unspecified' } },
      { provider: 'unisender' },
    );
    expect(record).toMatchObject({
      code: 'unspecified',
      key: 'unspecified',
      category: 'unknown',
      known: true,
    });
  });

  it('treats the call-limit codes as rate limits and honours Retry-After', () => {
    for (const code of ['api_call_limit_exceeded_for_api_key', 'api_call_limit_exceeded_for_ip']) {
      const record = decode({
        status: 200,
        headers: { 'retry-after': '60' },
        body: { error: 'API call limit exceeded', code },
      });
      expect(record).toMatchObject({
        code,
        category: 'rate_limited',
        retryable: true,
        retryAfterMs: 60_000,
      });
    }
  });

  it('decodes a result body as a success, with or without warnings', () => {
    expect(unisenderDialect.decode(view({ result: { message_id: 1 } }))).toBeNull();
    expect(unisenderDialect.decode(view({ result: [], warnings: [{ warning: 'x' }] }))).toBeNull();
    expect(
      decode({ status: 200, body: { result: { id: 5 } } }, { provider: 'unisender' }),
    ).toBeNull();
  });

  it('lets the error win over a result in the same body', () => {
    expect(
      unisenderDialect.decode(view({ result: null, error: 'Try later', code: 'retry_later' })),
    ).toEqual([{ code: 'retry_later', detail: 'Try later' }]);
  });

  it('leaves other shapes to the HTTP status', () => {
    expect(unisenderDialect.decode(view({ error: { code: 400, message: 'x' } }, 400))).toEqual([]);
    expect(unisenderDialect.decode(view({ result: 1 }, 500))).toEqual([]);
    expect(unisenderDialect.decode(view({ error: '', code: '' }))).toEqual([]);
    expect(
      unisenderDialect.decode(
        createResponseView({ status: 502, body: '<html>Bad Gateway</html>' }),
      ),
    ).toEqual([]);
  });

  it('keeps an unknown code as the provider wrote it, classified from the text', () => {
    const record = decode({
      status: 200,
      body: { error: 'Campaign not found', code: 'campaign_not_found' },
    });
    expect(record).toMatchObject({
      provider: 'unisender',
      code: 'campaign_not_found',
      known: false,
      category: 'not_found',
    });
  });

  it('is sure of a known code, less of an unknown one, and barely claims a bare error text', () => {
    expect(detect({ error: 'AK100310-02', code: 'invalid_api_key' })).toBe(0.95);
    expect(detect({ error: 'x', code: 'campaign_not_found' })).toBe(0.5);
    expect(detect({ error: 'These list ids="1" has no confirmation letters' })).toBe(0.7);
    // OAuth token endpoints and many APIs answer {"error": "..."}.
    expect(detect({ error: 'invalid_grant', error_description: 'Bad Request' })).toBeLessThan(0.3);
    expect(detect({ error: 'Not Found', code: 404 })).toBeLessThan(0.3);
  });

  it('does not claim a bare result body, which many APIs send on success', () => {
    expect(detect({ result: { ok: true } })).toBeLessThan(0.3);
    expect(detect({ error: { message: 'x' } })).toBe(0);
    expect(detect([1, 2])).toBe(0);
    expect(unisenderDialect.detect(createResponseView({ status: 200, body: 'plain text' }))).toBe(
      0,
    );
  });

  it('encodes error and code in an HTTP 200, the code standing in for a missing message', () => {
    const record = decode({ status: 200, body: { error: 'Try later', code: 'retry_later' } })!;
    const encoded = unisenderDialect.encode({ ...record, retryAfterMs: 2000 });
    expect(encoded.status).toBe(200);
    expect(encoded.headers['retry-after']).toBe('2');
    expect(JSON.parse(encoded.body)).toEqual({ error: 'Try later', code: 'retry_later' });
    const bare = unisenderDialect.encode({ ...record, detail: undefined });
    expect(JSON.parse(bare.body)).toEqual({ error: 'retry_later', code: 'retry_later' });
    expect(decode(bare)).not.toHaveProperty('detail');
  });

  it('writes unspecified as a code, so that its own variant comes back detected', () => {
    const record = decode({
      status: 200,
      body: { error: 'These list ids="9" has no confirmation letters' },
    })!;
    const encoded = unisenderDialect.encode(record);
    expect(JSON.parse(encoded.body)).toMatchObject({ code: 'unspecified' });
    expect(decode(encoded)).toMatchObject({
      key: 'unspecified.no-confirmation-letters',
      provider: 'unisender',
    });
  });
});
