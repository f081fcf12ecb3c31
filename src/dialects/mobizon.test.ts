import { describe, expect, it } from 'vitest';
import { decode } from '../decode/decode.js';
import { createResponseView } from '../wire/response-view.js';
import { mobizonDialect } from './mobizon.js';

const envelope = (code: unknown, data: unknown, message = '') => ({ code, data, message });
const view = (body: unknown, status = 200) =>
  createResponseView({
    status,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const wire = (body: unknown, status = 200) => mobizonDialect.decode(view(body, status));

describe('mobizon dialect', () => {
  it('decodes code 0 as a success', () => {
    expect(wire(envelope(0, { balance: '10.5' }))).toBeNull();
    expect(decode({ status: 200, body: envelope('0', [], '') })).toBeNull();
  });

  it('lets the status speak for a success envelope under an error status', () => {
    expect(wire(envelope(0, null), 502)).toEqual([]);
  });

  it('reads a numeric-string code as the number it is', () => {
    expect(wire(envelope('30', null, 'slow down'))).toEqual([{ code: '30', detail: 'slow down' }]);
  });

  it('turns validation data into fields, nested keys joined by dots and lists of messages kept', () => {
    const data = {
      text: 'Текст пустой',
      mobile: { value: 'Неверный формат' },
      from: ['Нет подписи', 'Слишком длинная'],
    };
    expect(wire(envelope(1, data))).toEqual([
      {
        code: '1',
        fields: [
          { path: 'text', message: 'Текст пустой' },
          { path: 'mobile.value', message: 'Неверный формат' },
          { path: 'from', message: 'Нет подписи' },
          { path: 'from', message: 'Слишком длинная' },
        ],
      },
    ]);
  });

  it('reads a field error object with its own code and message', () => {
    expect(wire(envelope(1, { name: { code: 'required', message: 'Обязательное поле' } }))).toEqual(
      [{ code: '1', fields: [{ path: 'name', code: 'required', message: 'Обязательное поле' }] }],
    );
  });

  it('puts the right API domain of code 13 into params, from a string or an object', () => {
    const record = decode({
      status: 200,
      body: envelope(13, 'api.mobizon.kz', 'Use api.mobizon.kz'),
    });
    expect(record).toMatchObject({
      code: '13',
      category: 'redirect',
      params: { domain: 'api.mobizon.kz' },
    });
    expect(wire(envelope(13, { domain: 'https://api.mobizon.uz/' }))).toEqual([
      { code: '13', params: { domain: 'api.mobizon.uz' } },
    ]);
    expect(wire(envelope(13, 'not a domain'))).toEqual([{ code: '13' }]);
  });

  it('puts the background task id of code 100 into params as taskId', () => {
    const record = decode({ status: 200, body: envelope(100, 123) });
    expect(record).toMatchObject({
      code: '100',
      category: 'pending',
      retryable: false,
      params: { taskId: '123' },
    });
    expect(wire(envelope(100, { id: '456' }))).toEqual([
      { code: '100', params: { taskId: '456' } },
    ]);
    expect(wire(envelope(100, '789'))).toEqual([{ code: '100', params: { taskId: '789' } }]);
  });

  it('reads a partial bulk result: failed items become fields, counts become params', () => {
    const items = [
      { recipient: '77011111111', code: 0, messageId: '1' },
      { recipient: '7701', code: 3, messageId: null },
      { recipient: null, code: 30, contact: '555' },
      { code: 99 },
    ];
    const record = decode({ status: 200, body: envelope(98, items, 'Частично') });
    expect(record).toMatchObject({
      code: '98',
      category: 'partial',
      detail: 'Частично',
      fields: [
        { path: '7701', code: '3' },
        { path: '555', code: '30' },
        { path: '3', code: '99' },
      ],
      params: { processed: 1, failed: 3 },
    });
  });

  it('reads processed and notProcessed id lists of a bulk delete', () => {
    expect(wire(envelope(98, { processed: ['1', '2'], notProcessed: ['3'] }))).toEqual([
      { code: '98', fields: [{ path: '3' }], params: { processed: 2, failed: 1 } },
    ]);
  });

  it('keeps a rate limit retryable and an unknown code unknown', () => {
    expect(decode({ status: 200, body: envelope(30, null, 'Too many') })).toMatchObject({
      category: 'rate_limited',
      retryable: true,
    });
    expect(decode({ status: 200, body: envelope(1234, null, 'Strange') })).toMatchObject({
      provider: 'mobizon',
      code: '1234',
      known: false,
    });
  });

  it('leaves bodies without a numeric code to the HTTP status and ignores prototype keys', () => {
    expect(wire({ code: 'abc', data: null, message: '' })).toEqual([]);
    expect(wire({ data: null, message: 'x' })).toEqual([]);
    expect(wire([1])).toEqual([]);
    const hostile = '{"code":1,"data":{"__proto__":{"polluted":"x"},"ok":"fine"},"message":""}';
    expect(mobizonDialect.decode(createResponseView({ status: 200, body: hostile }))).toEqual([
      { code: '1', fields: [{ path: 'ok', message: 'fine' }] },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('caps the field issues of a huge data object', () => {
    const data = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`f${i}`, 'bad']));
    expect(wire(envelope(1, data))?.[0]?.fields).toHaveLength(100);
    const items = Array.from({ length: 5000 }, (_, i) => ({ recipient: String(i), code: 3 }));
    expect(wire(envelope(98, items))?.[0]?.fields).toHaveLength(100);
  });

  it('is sure of code, message and data, less so without data', () => {
    expect(mobizonDialect.detect(view(envelope(1, null, 'x')))).toBe(0.9);
    expect(mobizonDialect.detect(view(envelope('98', [], '')))).toBe(0.9);
    expect(mobizonDialect.detect(view({ code: 2, message: 'x' }))).toBe(0.5);
    expect(mobizonDialect.detect(view({ code: 2, data: null }))).toBe(0);
    expect(mobizonDialect.detect(view({ code: 'x', data: null, message: '' }))).toBe(0);
  });

  it('encodes fields as a validation map, and as a list when a path repeats', () => {
    const base = decode({ status: 200, body: envelope(1, null) })!;
    const single = mobizonDialect.encode({ ...base, fields: [{ path: 'text', message: 'empty' }] });
    expect(JSON.parse(single.body)).toEqual({ code: 1, data: { text: 'empty' }, message: '' });
    const fields = [
      { path: 'to', code: 'bad', message: 'one' },
      { path: 'to', message: 'two' },
    ];
    const twice = mobizonDialect.encode({ ...base, fields, detail: 'Ошибка' });
    expect(JSON.parse(twice.body)).toEqual({
      code: 1,
      data: [
        { field: 'to', code: 'bad', message: 'one' },
        { field: 'to', message: 'two' },
      ],
      message: 'Ошибка',
    });
    expect(decode(twice)).toMatchObject({ fields, detail: 'Ошибка' });
  });

  it('round-trips the domain of a redirect and the task id of a pending operation', () => {
    for (const body of [envelope(13, 'api.mobizon.kz'), envelope(100, '77')]) {
      const record = decode({ status: 200, body })!;
      const again = decode(mobizonDialect.encode(record));
      expect(again).toMatchObject({ code: record.code, params: record.params });
    }
    const withFields = decode({
      status: 200,
      body: envelope(13, { domain: 'api.mobizon.kz', login: 'bad' }),
    })!;
    expect(withFields).toMatchObject({
      params: { domain: 'api.mobizon.kz' },
      fields: [{ path: 'login' }],
    });
    expect(decode(mobizonDialect.encode(withFields))).toMatchObject({
      params: { domain: 'api.mobizon.kz' },
      fields: [{ path: 'login', message: 'bad' }],
    });
  });

  it('round-trips the failed items of a partial result as recipients', () => {
    const record = decode({ status: 200, body: envelope(98, [{ recipient: '7701', code: 3 }]) })!;
    const encoded = mobizonDialect.encode(record);
    expect(JSON.parse(encoded.body).data).toEqual([{ recipient: '7701', code: 3 }]);
    expect(decode(encoded)).toMatchObject({ code: '98', fields: [{ path: '7701', code: '3' }] });
  });
});
