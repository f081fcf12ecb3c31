import { describe, expect, it } from 'vitest';
import { fixtureJson } from '../../test/helpers/response-fixtures.js';
import { catalogs } from '../catalogs/index.js';
import { buildRecord } from '../decode/build-record.js';
import { createCodeIndex } from '../decode/code-index.js';
import { decode } from '../decode/decode.js';
import type { FieldIssue } from '../model/record.js';
import { createResponseView } from '../wire/response-view.js';
import { amocrmDialect } from './amocrm.js';
import { problemDialect } from './problem.js';

const PROBLEM = { 'content-type': 'application/problem+json' };
const JSON_TYPE = { 'content-type': 'application/json' };

function view(status: number, body: unknown, headers: Record<string, string> = JSON_TYPE) {
  return createResponseView({
    status,
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

// amoCRM's validation-errors example body from its error reference.
const seedExample = fixtureJson<{ 'validation-errors': unknown[] }>(
  'amocrm/seed-validation-errors',
);

const index = createCodeIndex(Object.values(catalogs));

function recordOf(code: string, status: number, detail?: string, fields: FieldIssue[] = []) {
  return buildRecord(index, { code, detail, fields }, { provider: 'amocrm', status, lang: 'en' });
}

describe('amocrm dialect: detection', () => {
  it('is sure of a validation-errors body, above problem+json served with its media type', () => {
    const v = view(400, seedExample, PROBLEM);
    expect(amocrmDialect.detect(v)).toBeGreaterThan(problemDialect.detect(v));
    expect(amocrmDialect.detect(v)).toBeGreaterThan(0.9);
  });

  it('claims a problem whose type is under httpstatus.es or amoCRM’s developer site', () => {
    const plain = {
      title: 'Bad Request',
      type: 'https://httpstatus.es/400',
      status: 400,
      detail: 'x',
    };
    expect(amocrmDialect.detect(view(400, plain, PROBLEM))).toBeGreaterThan(0.9);
    const oauth = { ...plain, type: 'https://developers.amocrm.ru/v3/errors/OAuthProblemJson' };
    expect(amocrmDialect.detect(view(400, oauth))).toBeGreaterThan(0.9);
  });

  it('claims a problem with a hint or a «Код ошибки» detail above problem+json', () => {
    const hint = view(
      401,
      { title: 'Unauthorized', status: 401, detail: 'x', hint: 'Token has expired' },
      PROBLEM,
    );
    expect(amocrmDialect.detect(hint)).toBeGreaterThan(problemDialect.detect(hint));
    const coded = view(
      400,
      { title: 'Bad Request', status: 400, detail: 'Код ошибки 244.' },
      PROBLEM,
    );
    expect(amocrmDialect.detect(coded)).toBeGreaterThan(problemDialect.detect(coded));
  });

  it('leaves kodex’s own problem, linking an amoCRM docs page as its type, to problem+json', () => {
    const kodex = {
      type: 'https://www.amocrm.ru/developers/content/crm/platform/error-codes',
      title: 'x',
      status: 400,
      provider: 'amocrm',
      code: 'NotSupportedChoice',
    };
    expect(amocrmDialect.detect(view(400, kodex, PROBLEM))).toBe(0);
  });

  it('leaves a problem without amoCRM’s markers to problem+json', () => {
    expect(
      amocrmDialect.detect(view(400, { title: 'Bad Request', status: 400, detail: 'no' })),
    ).toBe(0);
  });

  it('is sure of the legacy v2 response envelope', () => {
    expect(
      amocrmDialect.detect(view(401, { response: { error: 'x', error_code: 110 } })),
    ).toBeGreaterThan(0.9);
  });

  it('scores a Chats API error at 0.7 and does not claim Radist’s error_name bodies', () => {
    expect(amocrmDialect.detect(view(400, { error_code: 400, error_type: 'BAD_REQUEST' }))).toBe(
      0.7,
    );
    const radist = {
      error_code: 1,
      error_name: 'REQUEST_VALIDATION_ERROR',
      message: 'm',
      error_type: 'x',
    };
    expect(amocrmDialect.detect(view(400, radist))).toBe(0);
    expect(amocrmDialect.detect(view(400, { error_code: 1, error_name: 'X', message: 'm' }))).toBe(
      0,
    );
  });

  it('finds amoCRM JSON wrapped in an HTML page, raw or entity-escaped', () => {
    const raw =
      '<html><body><pre>{"response":{"error":"x","error_code":"110"}}</pre></body></html>';
    expect(amocrmDialect.detect(view(401, raw, { 'content-type': 'text/html' }))).toBeGreaterThan(
      0.7,
    );
    const escaped = '<html><body>{&quot;response&quot;:{&quot;error_code&quot;:110}}</body></html>';
    expect(
      amocrmDialect.detect(view(401, escaped, { 'content-type': 'text/html' })),
    ).toBeGreaterThan(0.7);
  });

  it('claims Russian «Код ошибки N» text but not an English "error code", which anybody writes', () => {
    expect(amocrmDialect.detect(view(400, 'Код ошибки 244. Нет прав', {}))).toBe(0.6);
    expect(amocrmDialect.detect(view(400, 'Error code 110', {}))).toBe(0);
  });

  it('does not claim a Cloudflare page, empty bodies, arrays or unrelated JSON', () => {
    const cf =
      '<html><title>Access denied</title><body>Cloudflare Error code 1020 Код ошибки 1020</body></html>';
    expect(amocrmDialect.detect(view(403, cf, { 'content-type': 'text/html' }))).toBe(0);
    expect(amocrmDialect.detect(view(401, ''))).toBe(0);
    expect(amocrmDialect.detect(view(400, [1, 2]))).toBe(0);
    expect(amocrmDialect.detect(view(400, { error: 'invalid_grant', hint: 'x' }))).toBe(0);
  });
});

describe('amocrm dialect: decoding', () => {
  it('decodes the seed validation example to code 400 with the field issue', () => {
    expect(
      decode({ status: 400, headers: PROBLEM, body: JSON.stringify(seedExample) }),
    ).toMatchObject({
      provider: 'amocrm',
      code: '400',
      category: 'invalid_request',
      detail: 'Request validation failed',
      fields: [
        {
          path: 'custom_fields_values.0.field_id',
          code: 'NotSupportedChoice',
          message: 'The value you selected is not a valid choice.',
        },
      ],
    });
  });

  it('prefixes field paths with the request_id when several requests failed', () => {
    const body = {
      ...seedExample,
      'validation-errors': [
        ...seedExample['validation-errors'],
        { request_id: '3', errors: [{ code: 'NotBlank', path: 'name', detail: 'blank' }] },
      ],
    };
    const record = decode({ status: 400, body: JSON.stringify(body) });
    expect(record?.fields.map((f) => f.path)).toEqual([
      '0.custom_fields_values.0.field_id',
      '3.name',
    ]);
  });

  it('takes a legacy code embedded in a v4 detail, and its first section by default', () => {
    const body = {
      title: 'Bad Request',
      type: 'https://httpstatus.es/400',
      status: 400,
      detail: 'Код ошибки 244. …',
    };
    expect(decode({ status: 400, body: JSON.stringify(body) })).toMatchObject({
      code: '244',
      key: '244.events',
      category: 'permission_denied',
    });
  });

  it('reads an English "Error code N" in a detail too', () => {
    const body = {
      title: 'Bad Request',
      type: 'https://httpstatus.es/400',
      status: 400,
      detail: 'Error code 282',
    };
    expect(decode({ status: 400, body: JSON.stringify(body) })).toMatchObject({
      code: '282',
      category: 'not_found',
    });
  });

  it('keeps a problem’s hint as a parameter and its differing status as the stated one', () => {
    const body = {
      hint: 'Token has expired',
      title: 'Unauthorized',
      status: 401,
      detail: 'expired',
    };
    const wire = amocrmDialect.decode(view(400, body));
    expect(wire).toEqual([
      { code: '401', detail: 'expired', status: 401, params: { hint: 'Token has expired' } },
    ]);
  });

  it('takes error_code of the legacy envelope, as a number or a string', () => {
    expect(
      decode({ status: 401, body: '{"response":{"error":"x","error_code":110}}' }),
    ).toMatchObject({
      code: '110',
      category: 'unauthenticated',
      detail: 'x',
    });
    expect(
      decode({ status: 401, body: '{"response":{"error":"x","error_code":"111"}}' }),
    ).toMatchObject({
      code: '111',
      category: 'account_blocked',
    });
  });

  it('falls back to the code in the envelope’s text, then to the status', () => {
    expect(decode({ status: 400, body: '{"response":{"error":"Error code 235"}}' })?.code).toBe(
      '235',
    );
    expect(decode({ status: 400, body: '{"response":{"error":"oops"}}' })?.code).toBe('400');
  });

  it('takes error_type of a Chats API error as an unknown code classified by the status', () => {
    const body =
      '{"error_code":404,"error_type":"CHAT_NOT_FOUND","error_description":"Chat not found"}';
    expect(decode({ status: 404, body })).toMatchObject({
      provider: 'amocrm',
      code: 'CHAT_NOT_FOUND',
      known: false,
      category: 'not_found',
      detail: 'Chat not found',
    });
  });

  it('decodes JSON that an HTML page wraps in <pre>', () => {
    const body =
      '<html><body><pre>{"response":{"error":"blocked","error_code":"112"}}</pre></body></html>';
    expect(decode({ status: 401, headers: { 'content-type': 'text/html' }, body })).toMatchObject({
      code: '112',
      category: 'account_blocked',
      detail: 'blocked',
    });
  });

  it('takes a code embedded in plain text or an HTML page when the provider is named', () => {
    expect(
      decode({ status: 401, body: 'error code 110: wrong login' }, { provider: 'amocrm' }),
    ).toMatchObject({
      code: '110',
      detail: 'error code 110: wrong login',
    });
    const page =
      '<html><head><title>Ошибка</title></head><body><p>Код ошибки 113</p></body></html>';
    expect(
      decode({ status: 403, headers: { 'content-type': 'text/html' }, body: page }),
    ).toMatchObject({
      provider: 'amocrm',
      code: '113',
      detail: 'Ошибка',
    });
  });

  it('lets the status be the code of an empty body', () => {
    // API v4 sends a 401 with no legacy code: the catalog's bare 401 entry.
    expect(decode({ status: 401, body: '' }, { provider: 'amocrm' })).toMatchObject({
      code: '401',
      known: true,
      name: 'UNAUTHORIZED',
      category: 'unauthenticated',
    });
    expect(decode({ status: 429, body: '' }, { provider: 'amocrm' })).toMatchObject({
      code: '429',
      known: true,
      category: 'rate_limited',
    });
    expect(decode({ status: 403, body: '' }, { provider: 'amocrm' })).toMatchObject({
      code: '403',
      category: 'account_blocked',
    });
  });

  it('returns no error for a 204, a 2002 or 280 answer, or a 2xx entity', () => {
    expect(decode({ status: 204, body: '' }, { provider: 'amocrm' })).toBeNull();
    expect(
      amocrmDialect.decode(view(200, { response: { error: 'Nothing found', error_code: 2002 } })),
    ).toBeNull();
    expect(amocrmDialect.decode(view(200, { response: { error_code: '280' } }))).toBeNull();
    expect(amocrmDialect.decode(view(200, { id: 1, type: 'text', title: 'Field' }))).toBeNull();
    expect(amocrmDialect.decode(view(200, { _embedded: { leads: [] } }))).toBeNull();
  });

  it('leaves bodies of no amoCRM shape to the status', () => {
    expect(amocrmDialect.decode(view(500, { foo: 1 }))).toEqual([]);
    expect(
      amocrmDialect.decode(view(502, '<html><title>502 Bad Gateway</title></html>', {})),
    ).toEqual([]);
    expect(amocrmDialect.decode(view(500, [1]))).toEqual([]);
  });

  it('caps the field issues of a huge validation-errors body at 100', () => {
    const errors = Array.from({ length: 500 }, (_, i) => ({
      code: 'X',
      path: `f${i}`,
      detail: 'd',
    }));
    const wire = amocrmDialect.decode(
      view(400, { 'validation-errors': [{ request_id: '0', errors }] }),
    );
    expect(wire?.[0]?.fields).toHaveLength(100);
  });

  it('ignores junk items and prototype keys without throwing', () => {
    const body =
      '{"validation-errors":[null,1,{"errors":[null,{"__proto__":{"path":"p"}},{"path":{"x":1}}]}]}';
    expect(() => amocrmDialect.decode(view(400, body))).not.toThrow();
    expect(amocrmDialect.decode(view(400, body))).toEqual([{ code: '400' }]);
    expect(({} as Record<string, unknown>).path).toBeUndefined();
  });
});

describe('amocrm dialect: encoding', () => {
  it('encodes an HTTP-status code as a v4 problem', () => {
    const encoded = amocrmDialect.encode(recordOf('429', 429, 'slow down'));
    expect(encoded.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(encoded.body)).toEqual({
      title: 'Too Many Requests',
      type: 'https://httpstatus.es/429',
      status: 429,
      detail: 'slow down',
    });
  });

  it('encodes a legacy numeric code in the v2 envelope with the entry’s status', () => {
    const encoded = amocrmDialect.encode(recordOf('110', 401, 'wrong password'));
    expect(encoded.status).toBe(401);
    expect(JSON.parse(encoded.body)).toEqual({
      response: { error: 'wrong password', error_code: 110 },
    });
  });

  it('encodes a non-numeric code in the Chats form, NotSupportedChoice included', () => {
    const encoded = amocrmDialect.encode(recordOf('NotSupportedChoice', 400, 'bad choice'));
    expect(JSON.parse(encoded.body)).toEqual({
      error_code: 400,
      error_type: 'NotSupportedChoice',
      error_description: 'bad choice',
    });
    expect(decode(encoded)).toMatchObject({
      provider: 'amocrm',
      code: 'NotSupportedChoice',
      known: true,
    });
  });

  it('round-trips field issues through validation-errors beside any shape', () => {
    const fields = [{ path: 'name', code: 'NotBlank', message: 'blank' }, { path: 'price' }];
    for (const record of [recordOf('400', 400, 'd', fields), recordOf('244', 400, 'd', fields)]) {
      expect(decode(amocrmDialect.encode(record))).toMatchObject({
        code: record.code,
        key: record.key,
        fields,
      });
    }
  });

  it('carries a retry delay in Retry-After', () => {
    const record = { ...recordOf('429', 429), retryAfterMs: 2000 };
    const encoded = amocrmDialect.encode(record);
    expect(encoded.headers['retry-after']).toBe('2');
    expect(decode(encoded)).toMatchObject({ code: '429', retryAfterMs: 2000 });
  });
});
