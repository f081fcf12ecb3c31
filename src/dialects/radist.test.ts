import { describe, expect, it } from 'vitest';
import { fixtureJson } from '../../test/helpers/response-fixtures.js';
import { decode } from '../decode/decode.js';
import { encode } from '../decode/encode.js';
import { createResponseView } from '../wire/response-view.js';
import { radistDialect } from './radist.js';

// Radist.Online's example body from its error reference.
const SEED_BODY = fixtureJson('radist/seed-example-validation');

function view(body: unknown, status = 400) {
  return createResponseView({
    status,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function withDetail(detail: unknown) {
  return decode({ status: 400, body: JSON.stringify({ ...SEED_BODY, detail }) });
}

describe('radist dialect', () => {
  it('decodes the seed body into code 1 with the message as detail', () => {
    expect(decode({ status: 400, body: JSON.stringify(SEED_BODY) })).toMatchObject({
      provider: 'radist',
      code: '1',
      category: 'invalid_request',
      known: true,
      detail: 'request data validation error',
      fields: [],
    });
  });

  it('reads a string error_code as the same code', () => {
    expect(
      decode({ status: 404, body: '{"error_code":"1000","error_name":"CONTACT_NOT_FOUND"}' })?.code,
    ).toBe('1000');
  });

  it('turns a field map in detail into fields', () => {
    expect(
      withDetail({ phone: ['field required', 'bad'], email: 'invalid', tag: null })?.fields,
    ).toEqual([
      { path: 'phone', message: 'field required' },
      { path: 'phone', message: 'bad' },
      { path: 'email', message: 'invalid' },
      { path: 'tag' },
    ]);
  });

  it('joins the keys of a nested field map into a dotted path', () => {
    expect(withDetail({ contact: { phones: { 0: 'invalid phone' } } })?.fields).toEqual([
      { path: 'contact.phones.0', message: 'invalid phone' },
    ]);
  });

  it('reads {message, code} objects of a field map', () => {
    expect(withDetail({ name: { message: 'too long', code: 'max_length' } })?.fields).toEqual([
      { path: 'name', message: 'too long', code: 'max_length' },
    ]);
  });

  it('reads a FastAPI-style list, without the location prefix of loc', () => {
    const list = [
      { loc: ['body', 'chat', 'id'], msg: 'field required', type: 'value_error.missing' },
      { field: 'text', message: 'empty' },
      { msg: 'no path' },
    ];
    expect(withDetail(list)?.fields).toEqual([
      { path: 'chat.id', code: 'value_error.missing', message: 'field required' },
      { path: 'text', message: 'empty' },
    ]);
    expect(withDetail({ errors: list })?.fields?.map((f) => f.path)).toEqual([
      'chat.id',
      'text',
      'errors',
    ]);
  });

  it('decodes a 2xx body without error_code as a success', () => {
    expect(radistDialect.decode(view({ id: 1 }, 200))).toBeNull();
    expect(radistDialect.decode(view({ id: 1 }, 500))).toEqual([]);
  });

  it('scores error_code with error_name at 0.95, and not amoCRM Chats bodies', () => {
    expect(radistDialect.detect(view(SEED_BODY))).toBe(0.95);
    expect(
      radistDialect.detect(
        view({ error_code: 400, error_type: 'ORIGIN_INVALID', message: 'x', detail: {} }),
      ),
    ).toBe(0);
    expect(radistDialect.detect(view({ error_code: 1, message: 'x', detail: {} }))).toBe(0.5);
    expect(radistDialect.detect(view({ code: 1, message: 'x' }))).toBe(0);
  });

  it('encodes distinct fields as a map and repeated paths as a list, both decoding back', () => {
    const fields = [
      { path: 'phone', message: 'required' },
      { path: 'email', code: 'invalid', message: 'bad email' },
      { path: 'tag' },
    ];
    const record = withDetail(null)!;
    const asMap = encode({ ...record, fields });
    expect(JSON.parse(asMap.body).detail).toEqual({
      phone: 'required',
      email: { message: 'bad email', code: 'invalid' },
      tag: null,
    });
    expect(decode(asMap)?.fields).toEqual(fields);
    const repeated = [...fields, { path: 'phone', message: 'too short' }];
    const asList = encode({ ...record, fields: repeated });
    expect(Array.isArray(JSON.parse(asList.body).detail.errors)).toBe(true);
    expect(decode(asList)?.fields).toEqual(repeated);
  });

  it('encodes the seed shape with a numeric error_code', () => {
    const record = decode({ status: 400, body: JSON.stringify(SEED_BODY) })!;
    expect(JSON.parse(encode(record).body)).toEqual(SEED_BODY);
  });

  it('writes a field named __proto__ as data, polluting nothing', () => {
    const record = withDetail({})!;
    const encoded = encode({ ...record, fields: [{ path: '__proto__', message: 'x' }] });
    expect(decode(encoded)?.fields).toEqual([{ path: '__proto__', message: 'x' }]);
    expect(({} as Record<string, unknown>).message).toBeUndefined();
  });
});
