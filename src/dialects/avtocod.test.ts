import { describe, expect, it } from 'vitest';
import { fixtureJson } from '../../test/helpers/response-fixtures.js';
import { decode } from '../decode/decode.js';
import { encode } from '../decode/encode.js';
import { createResponseView } from '../wire/response-view.js';
import { avtocodDialect } from './avtocod.js';

// Avtocod's example body from its error reference.
const SEED_BODY = fixtureJson<{ event: { message: string } }>('avtocod/seed-example-b011');

function view(body: unknown, status = 400) {
  return createResponseView({
    status,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('avtocod dialect', () => {
  it('decodes the seed envelope into B011 with its data as params', () => {
    const record = decode({ status: 402, body: JSON.stringify(SEED_BODY) });
    expect(record).toMatchObject({
      provider: 'avtocod',
      code: 'B011',
      status: 402,
      category: 'quota_exceeded',
      retryable: false,
      known: true,
      detail: SEED_BODY.event.message,
      params: { report_type: 'test_report_type2@test_domain', day_quote: '2' },
    });
  });

  it('decodes a state ok body as a success', () => {
    expect(avtocodDialect.decode(view({ state: 'ok', version: '2.0', data: [] }, 200))).toBeNull();
  });

  it('keeps nested events as further errors, primary first', () => {
    const body = {
      state: 'fail',
      event: {
        code: 'D027',
        message: 'Не пройдена валидация',
        events: [{ code: 'D021', events: [{ code: 'D022' }] }, null, 'x', { type: 'NoQuoteDay' }],
      },
    };
    const record = decode({ status: 400, body: JSON.stringify(body) });
    expect(record?.code).toBe('D027');
    expect(record?.others?.map((o) => o.code)).toEqual(['D021', 'D022', 'B011']);
  });

  it('reads the event fields of a body without the envelope', () => {
    const body = {
      code: 'S100',
      cls: 'Security',
      type: 'SecurityAuthMalformedToken',
      message: 'x',
    };
    expect(avtocodDialect.decode(view(body))).toEqual([{ code: 'S100', detail: 'x' }]);
    expect(avtocodDialect.detect(view(body))).toBeGreaterThanOrEqual(0.7);
  });

  it('reads an event object without state', () => {
    const record = decode({ status: 500, body: JSON.stringify({ event: { code: 'G001' } }) });
    expect(record).toMatchObject({
      provider: 'avtocod',
      code: 'G001',
      category: 'internal',
      retryable: true,
    });
  });

  it('takes the catalog code of a body that has only a type', () => {
    expect(decode({ status: 402, body: '{"type":"NoQuoteMonth"}' })?.code).toBe('B012');
    expect(decode({ status: 401, body: '{"event":{"type":"NoPermissionReadReport"}}' })?.code).toBe(
      'S011',
    );
  });

  it('prefers event.code over the code of its type', () => {
    const body = { state: 'fail', event: { code: 'S023', type: 'NoPermissionReadReport' } };
    expect(decode({ status: 401, body: JSON.stringify(body) })?.code).toBe('S023');
  });

  it('uses an unknown type as the code, not known', () => {
    const record = decode({
      status: 400,
      body: '{"state":"fail","event":{"type":"BrandNewError"}}',
    });
    expect(record).toMatchObject({ provider: 'avtocod', code: 'BrandNewError', known: false });
  });

  it('titles an unknown code with the event name', () => {
    const body = { state: 'fail', event: { code: 'D299', name: 'Неверный VIN' } };
    expect(decode({ status: 422, body: JSON.stringify(body) })).toMatchObject({
      code: 'D299',
      known: false,
      title: 'Неверный VIN',
      category: 'invalid_request',
    });
  });

  it('keeps the S100 token out of the record, in params and in the message', () => {
    const token = 'AR-REST dGVzdDoxNzA2:c2VjcmV0aGFzaA==';
    const body = {
      state: 'fail',
      event: {
        code: 'S100',
        message: `Неверная структура токена авторизации:${token}`,
        data: { token },
      },
    };
    const record = decode({ status: 400, body: JSON.stringify(body) });
    expect(record).toMatchObject({
      code: 'S100',
      category: 'unauthenticated',
      params: { token: '[REDACTED]' },
    });
    expect(record?.detail).toBe('Неверная структура токена авторизации:[REDACTED]');
    expect(JSON.stringify(record)).not.toContain('dGVzdDoxNzA2');
  });

  it('redacts an echoed token even when data does not carry it', () => {
    const body = {
      state: 'fail',
      event: { code: 'S100', message: 'Неверная структура токена авторизации: AR-REST abc:def' },
    };
    const record = decode({ status: 400, body: JSON.stringify(body) });
    expect(record?.detail).toBe('Неверная структура токена авторизации: [REDACTED]');
  });

  it('scores the envelope with a G/S/B/D code at 0.95 and other bodies lower', () => {
    expect(avtocodDialect.detect(view(SEED_BODY))).toBe(0.95);
    expect(avtocodDialect.detect(view({ type: 'NoQuoteDay' }))).toBe(0.7);
    expect(avtocodDialect.detect(view({ code: 'invalid_api_key', message: 'x' }))).toBe(0);
    expect(avtocodDialect.detect(view({ code: 1, data: [], message: 'x' }))).toBe(0);
    expect(avtocodDialect.detect(view('<html></html>'))).toBe(0);
  });

  it('leaves a body of another shape to the HTTP status', () => {
    expect(avtocodDialect.decode(view({ error: 'x' }, 500))).toEqual([]);
    expect(avtocodDialect.decode(view('{"state":"fail","event":null}', 500))).toEqual([]);
  });

  it('encodes the envelope so that decoding gives the record back', () => {
    const record = decode({ status: 402, body: JSON.stringify(SEED_BODY) })!;
    const encoded = encode(record);
    const body = JSON.parse(encoded.body);
    expect(body).toMatchObject({
      state: 'fail',
      event: { code: 'B011', cls: 'Billing', type: 'NoQuoteDay' },
    });
    expect(decode(encoded)).toMatchObject({
      code: 'B011',
      detail: record.detail,
      params: record.params,
      known: true,
    });
  });

  it('encodes further errors as nested events', () => {
    const body = { state: 'fail', event: { code: 'D027', events: [{ code: 'D021' }] } };
    const record = decode({ status: 400, body: JSON.stringify(body) })!;
    expect(decode(encode(record))?.others?.map((o) => o.code)).toEqual(['D021']);
  });
});
