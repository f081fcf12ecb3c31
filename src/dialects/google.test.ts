import { describe, expect, it } from 'vitest';
import { responseFixture } from '../../test/helpers/response-fixtures.js';
import { catalogs } from '../catalogs/index.js';
import { buildRecord } from '../decode/build-record.js';
import { createCodeIndex } from '../decode/code-index.js';
import { decode } from '../decode/decode.js';
import { encode } from '../decode/encode.js';
import { list } from '../lookup/index.js';
import type { ErrorRecord } from '../model/record.js';
import { createResponseView } from '../wire/response-view.js';
import { googleDialect } from './google.js';

const T = 'type.googleapis.com/google.rpc.';
const index = createCodeIndex(Object.values(catalogs));

const view = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  createResponseView({
    status,
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const wire = (status: number, body: unknown) => googleDialect.decode(view(status, body));
const detect = (body: unknown, status = 400) => googleDialect.detect(view(status, body));
const decoded = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  decode({ status, headers, body: JSON.stringify(body) }, { provider: 'google' });

interface EncodedBody {
  error: { errors?: { reason?: string }[] } & Record<string, unknown>;
}

const rpcBody = (code: number, status: string, message: string, details?: unknown[]) => ({
  error: { code, message, status, ...(details ? { details } : {}) },
});

// Google's legacy errors[] example body from its error reference.
const SEED_BODY = responseFixture('google/seed-example-legacy').response.body;

describe('google dialect: legacy errors[]', () => {
  it('takes the code from errors[0].reason and the location as a field (the example of the reference)', () => {
    const record = decode({ status: 400, body: SEED_BODY });
    expect(record).toMatchObject({
      provider: 'google',
      code: 'invalidParameter',
      category: 'invalid_request',
      known: true,
      detail: "Invalid string value: 'asdf'. Allowed values: [mostpopular]",
      fields: [{ path: 'chart', code: 'invalidParameter' }],
    });
    expect(record?.others).toBeUndefined();
  });

  it('keeps every item of errors[] as an error, the first as primary', () => {
    const record = decoded(400, {
      error: {
        code: 400,
        message: 'Required parameter: part',
        errors: [
          { domain: 'global', reason: 'required', message: 'Required parameter: part' },
          {
            domain: 'global',
            reason: 'invalid',
            message: 'Bad maxResults',
            location: 'maxResults',
          },
          { domain: 'youtube.parameter', reason: 'invalidFilters', message: 'Bad filter' },
        ],
      },
    });
    expect(record?.key).toBe('required.400-missing-information');
    expect(record?.others?.map((o) => o.code)).toEqual(['invalid', 'invalidFilters']);
    expect(record?.others?.[0]?.fields).toEqual([
      { path: 'maxResults', code: 'invalid', message: 'Bad maxResults' },
    ]);
    expect(record?.others?.[1]).toMatchObject({
      known: false,
      params: { domain: 'youtube.parameter' },
    });
  });

  it('tells the variants of one reason apart by status', () => {
    const body = (status: number, reason: string) => ({
      error: { code: status, message: 'x', errors: [{ domain: 'global', reason, message: 'x' }] },
    });
    expect(decoded(401, body(401, 'required'))?.key).toBe('required.401-login-required');
    expect(decoded(400, body(400, 'required'))?.key).toBe('required.400-missing-information');
    expect(decoded(403, body(403, 'rateLimitExceeded'))?.key).toBe('rateLimitExceeded.403');
    expect(decoded(429, body(429, 'rateLimitExceeded'))?.key).toBe('rateLimitExceeded.429');
    expect(decoded(403, body(403, 'accessNotConfigured'))?.key).toBe(
      'accessNotConfigured.403-api-not-enabled',
    );
  });

  it('caps errors[] at a hundred items', () => {
    const errors = Array.from({ length: 5000 }, (_, i) => ({ reason: `r${i}` }));
    expect(wire(400, { error: { code: 400, errors } })).toHaveLength(100);
  });
});

describe('google dialect: AIP-193', () => {
  it('takes the code from ErrorInfo.reason before errors[0].reason and error.status', () => {
    const [primary, ...rest] = wire(403, {
      error: {
        code: 403,
        message: 'Request had insufficient authentication scopes.',
        errors: [
          {
            message: 'Insufficient Permission',
            domain: 'global',
            reason: 'insufficientPermissions',
          },
        ],
        status: 'PERMISSION_DENIED',
        details: [
          {
            '@type': `${T}ErrorInfo`,
            reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
            domain: 'googleapis.com',
            metadata: { service: 'gmail.googleapis.com' },
          },
        ],
      },
    })!;
    expect(primary).toMatchObject({
      code: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
      detail: 'Request had insufficient authentication scopes.',
      params: {
        domain: 'googleapis.com',
        service: 'gmail.googleapis.com',
        legacyReason: 'insufficientPermissions',
      },
    });
    expect(rest).toEqual([]);
  });

  it('falls back to error.status, then to the HTTP status', () => {
    expect(wire(404, rpcBody(404, 'NOT_FOUND', 'Requested entity was not found.'))?.[0]?.code).toBe(
      'NOT_FOUND',
    );
    expect(wire(500, { error: { code: 500, message: 'boom' } })?.[0]?.code).toBe('500');
    expect(wire(500, { error: {} })?.[0]?.code).toBe('500');
  });

  it('reads an ErrorInfo that comes without its @type', () => {
    const body = {
      error: { code: 403, status: 'PERMISSION_DENIED', details: [{ reason: 'SERVICE_DISABLED' }] },
    };
    expect(decoded(403, body)).toMatchObject({
      code: 'SERVICE_DISABLED',
      category: 'permission_denied',
      known: true,
    });
  });

  it('resolves each Indexing API message of the reference to its own variant', () => {
    const cases: [number, string, string, string][] = [
      [
        400,
        'INVALID_ARGUMENT',
        "Missing attribute. 'url' attribute is required.",
        'indexing-missing-url',
      ],
      [
        400,
        'INVALID_ARGUMENT',
        "Invalid attribute. 'url' is not in standard URL format: abcd",
        'indexing-invalid-url',
      ],
      [
        400,
        'INVALID_ARGUMENT',
        "Unknown type. 'type' attribute is required and must be 'URL_REMOVED' or 'URL_UPDATED'.",
        'indexing-missing-type',
      ],
      [
        400,
        'INVALID_ARGUMENT',
        "Invalid value at 'url_notification.type' (TYPE_ENUM)",
        'indexing-invalid-type',
      ],
      [
        403,
        'PERMISSION_DENIED',
        'Permission denied. Failed to verify the URL ownership.',
        'indexing-url-ownership',
      ],
      [
        429,
        'RESOURCE_EXHAUSTED',
        "Insufficient tokens for quota 'indexing.googleapis.com/default_requests'",
        'indexing-quota',
      ],
    ];
    for (const [status, code, message, variant] of cases) {
      expect(
        decode({ status, body: JSON.stringify(rpcBody(status, code, message)) }),
      ).toMatchObject({
        provider: 'google',
        code,
        key: `${code}.${variant}`,
      });
    }
    // Another RESOURCE_EXHAUSTED is the plain, retryable rate limit.
    expect(decoded(429, rpcBody(429, 'RESOURCE_EXHAUSTED', 'Too many requests.'))).toMatchObject({
      key: 'RESOURCE_EXHAUSTED',
      category: 'rate_limited',
      retryable: true,
    });
  });

  it('reads RetryInfo delays written as "30s", "1.5s" or {seconds, nanos}', () => {
    const delay = (retryDelay: unknown) =>
      wire(
        429,
        rpcBody(429, 'RESOURCE_EXHAUSTED', 'x', [{ '@type': `${T}RetryInfo`, retryDelay }]),
      )?.[0]?.retryAfterMs;
    expect(delay('30s')).toBe(30_000);
    expect(delay('1.5s')).toBe(1500);
    expect(delay({ seconds: 30, nanos: 0 })).toBe(30_000);
    expect(delay({ seconds: '2', nanos: 500_000_000 })).toBe(2500);
    expect(delay('soon')).toBeUndefined();
    expect(delay({ seconds: -5 })).toBeUndefined();
  });

  it('prefers the body RetryInfo to the Retry-After header', () => {
    const body = rpcBody(429, 'RESOURCE_EXHAUSTED', 'x', [
      { '@type': `${T}RetryInfo`, retryDelay: '7s' },
    ]);
    expect(decoded(429, body, { 'retry-after': '60' })?.retryAfterMs).toBe(7000);
  });

  it('turns BadRequest field violations into fields and the first Help link into docs', () => {
    const record = decoded(
      400,
      rpcBody(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument.', [
        {
          '@type': `${T}BadRequest`,
          fieldViolations: [
            { field: 'a.b', description: 'must be set' },
            { field: 'c', description: 'too long', reason: 'TOO_LONG' },
            { description: 'no field, skipped' },
          ],
        },
        { '@type': `${T}Help`, links: [{ description: 'docs', url: 'https://example.com/help' }] },
      ]),
    );
    expect(record?.fields).toEqual([
      { path: 'a.b', message: 'must be set' },
      { path: 'c', code: 'TOO_LONG', message: 'too long' },
    ]);
    expect(record?.docs).toBe('https://example.com/help');
  });

  it('keeps ErrorInfo metadata as params, credential-like ones redacted by the one name rule', () => {
    const record = decoded(
      400,
      rpcBody(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [
        {
          '@type': `${T}ErrorInfo`,
          reason: 'API_KEY_INVALID',
          domain: 'googleapis.com',
          metadata: {
            service: 'translate.googleapis.com',
            api_key: 'AIzaSyLEAK',
            accessToken: 'ya29.LEAK',
            nested: {},
          },
        },
      ]),
    );
    expect(record).toMatchObject({ code: 'API_KEY_INVALID', category: 'unauthenticated' });
    expect(record?.params).toEqual({
      domain: 'googleapis.com',
      service: 'translate.googleapis.com',
      api_key: '[REDACTED]',
      accessToken: '[REDACTED]',
    });
    expect(JSON.stringify(record)).not.toMatch(/LEAK/);
  });

  it('uses QuotaFailure or LocalizedMessage text when the error has no message', () => {
    const quota = rpcBody(429, 'RESOURCE_EXHAUSTED', undefined as unknown as string, [
      {
        '@type': `${T}QuotaFailure`,
        violations: [{ subject: 'project:1', description: 'Daily limit reached' }],
      },
    ]);
    expect(wire(429, quota)?.[0]?.detail).toBe('Daily limit reached');
  });

  it('states the body status when it differs from the HTTP one', () => {
    expect(wire(200, rpcBody(503, 'UNAVAILABLE', 'x'))?.[0]?.status).toBe(503);
    expect(wire(503, rpcBody(503, 'UNAVAILABLE', 'x'))?.[0]?.status).toBeUndefined();
  });
});

describe('google dialect: OAuth token endpoint', () => {
  it('takes the code from `error` and the message from error_description', () => {
    expect(
      decode({
        status: 400,
        body: '{"error":"invalid_grant","error_description":"Token has been expired or revoked."}',
      }),
    ).toMatchObject({
      provider: 'google',
      code: 'invalid_grant',
      category: 'unauthenticated',
      detail: 'Token has been expired or revoked.',
    });
  });

  it('claims {"error": "..."} only for RFC 6749 codes, and never a UniSender body', () => {
    expect(detect({ error: 'invalid_grant', error_description: 'x' })).toBeGreaterThan(0.5);
    expect(detect({ error: 'invalid_client' })).toBeGreaterThan(0.5);
    expect(detect({ error: 'AK100310-02', code: 'invalid_api_key' })).toBe(0);
    expect(detect({ error: 'invalid_request', code: 'invalid_api_key' })).toBe(0);
    expect(detect({ error: 'Something went wrong' })).toBe(0);
  });
});

describe('google dialect: detection and non-errors', () => {
  it('scores the envelope by its Google markers', () => {
    expect(detect(JSON.parse(SEED_BODY))).toBeGreaterThanOrEqual(0.9);
    expect(
      detect(rpcBody(429, 'RESOURCE_EXHAUSTED', 'x', [{ '@type': `${T}RetryInfo` }])),
    ).toBeGreaterThanOrEqual(0.9);
    expect(detect(rpcBody(404, 'NOT_FOUND', 'x'))).toBeGreaterThanOrEqual(0.9);
    expect(detect({ error: { code: 400, message: 'x' } })).toBe(0.5);
    expect(detect({ error: { status: 'error' } })).toBe(0);
    expect(detect({ type: 'about:blank', title: 'Bad', status: 400 })).toBe(0);
    expect(detect('<html><title>502</title></html>', 502)).toBe(0);
  });

  it('returns null for a 2xx without an error and [] for a body of no Google shape', () => {
    expect(wire(200, { kind: 'youtube#videoListResponse', items: [] })).toBeNull();
    expect(wire(204, '')).toBeNull();
    expect(wire(502, '<html><title>Error 502</title></html>')).toEqual([]);
    expect(wire(400, { message: 'no envelope' })).toEqual([]);
  });

  it('never throws nor pollutes prototypes on hostile bodies', () => {
    const bodies = [
      '{"error":{"__proto__":{"reason":"x"},"errors":{"length":5},"details":"x"}}',
      '{"error":{"errors":[null,1,"x",{"reason":{}}],"details":[null,{"@type":7},{"retryDelay":{"seconds":"1e999"}}]}}',
      '{"error":{"details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"R_X","metadata":{"__proto__":{"p":1},"constructor":"c"}}]}}',
      '{"error":[]}',
      '{"error":{"code":"NaN","message":{"x":1}}}',
    ];
    for (const body of bodies) {
      expect(() => googleDialect.detect(view(400, body))).not.toThrow();
      expect(() => decode({ status: 400, body }, { provider: 'google' })).not.toThrow();
    }
    expect(({} as Record<string, unknown>).p).toBeUndefined();
  });
});

describe('google dialect: encode', () => {
  const record = (
    code: string,
    extra: Partial<Parameters<typeof buildRecord>[1]> = {},
    status?: number,
  ) => {
    const entry = list('google').find((e) => e.code === code)!;
    return buildRecord(
      index,
      { code, ...extra },
      { provider: 'google', status: status ?? entry.status, lang: 'en' },
    );
  };
  const body = (r: ErrorRecord) => JSON.parse(encode(r).body) as EncodedBody;

  it('writes seed reasons as legacy errors[] with the HTTP status as code', () => {
    expect(body(record('invalidParameter', { detail: 'bad' }))).toEqual({
      error: {
        code: 400,
        message: 'bad',
        errors: [{ domain: 'global', reason: 'invalidParameter', message: 'bad' }],
      },
    });
  });

  it('writes google.rpc codes as AIP-193 status with the detail as message', () => {
    const r = record('PERMISSION_DENIED', {
      detail: 'Permission denied. Failed to verify the URL ownership.',
    });
    expect(r.key).toBe('PERMISSION_DENIED.indexing-url-ownership');
    expect(body(r)).toEqual({
      error: {
        code: 403,
        message: 'Permission denied. Failed to verify the URL ownership.',
        status: 'PERMISSION_DENIED',
      },
    });
    expect(decode(encode(r))).toMatchObject({ key: 'PERMISSION_DENIED.indexing-url-ownership' });
  });

  it('writes ErrorInfo reasons in details[] beside the matching google.rpc status', () => {
    expect(body(record('RATE_LIMIT_EXCEEDED')).error).toMatchObject({
      code: 429,
      status: 'RESOURCE_EXHAUSTED',
      details: [
        { '@type': `${T}ErrorInfo`, reason: 'RATE_LIMIT_EXCEEDED', domain: 'googleapis.com' },
      ],
    });
  });

  it('writes OAuth codes as the RFC 6749 body, and in the envelope when fields must travel', () => {
    expect(body(record('invalid_grant', { detail: 'Bad Request' }))).toEqual({
      error: 'invalid_grant',
      error_description: 'Bad Request',
    });
    const withFields = record('invalid_grant', { fields: [{ path: 'refresh_token' }] });
    expect(body(withFields).error.errors?.[0]?.reason).toBe('invalid_grant');
    expect(decode(encode(withFields))).toMatchObject({
      code: 'invalid_grant',
      fields: [{ path: 'refresh_token' }],
    });
  });

  it('carries a fractional delay in RetryInfo exactly, and whole seconds in Retry-After', () => {
    const r = record('rateLimitExceeded', { retryAfterMs: 1500 }, 429);
    const encoded = encode(r);
    expect(encoded.headers['retry-after']).toBe('2');
    expect(decode(encoded)?.retryAfterMs).toBe(1500);
  });

  it('round-trips every catalog entry with detail, fields, delay and further errors, named and detected', () => {
    for (const entry of list('google')) {
      const other = buildRecord(
        index,
        {
          code: 'invalid',
          detail: 'second',
          fields: [{ path: 'q', code: 'invalid', message: 'second' }],
        },
        { provider: 'google', status: entry.status, lang: 'ru' },
      );
      const primary = buildRecord(
        index,
        {
          code: entry.code,
          detail: 'Что-то пошло не так',
          fields: [{ path: 'a.b', code: 'badValue', message: 'wrong' }],
          retryAfterMs: 12_000,
        },
        { provider: 'google', status: entry.status, lang: 'ru' },
      );
      for (const r of [
        primary,
        { ...primary, others: [other] },
        { ...primary, detail: undefined, fields: [] },
      ]) {
        const encoded = encode(r);
        const expected = {
          provider: 'google',
          code: r.code,
          key: r.key,
          status: r.status,
          category: r.category,
          retryable: r.retryable,
          fields: r.fields,
          ...(r.detail ? { detail: r.detail } : {}),
          retryAfterMs: 12_000,
        };
        expect(decode(encoded, { provider: 'google', lang: 'ru' }), entry.key).toMatchObject(
          expected,
        );
        const detected = decode(encoded, { lang: 'ru' });
        expect(detected, entry.key).toMatchObject(expected);
        if (r.others)
          expect(detected?.others, entry.key).toMatchObject([
            { code: 'invalid', detail: 'second' },
          ]);
      }
    }
  });
});
