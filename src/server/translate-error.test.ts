import createError from 'http-errors';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decode } from '../decode/decode.js';
import { ApiError } from '../errors/api-error.js';
import { defineCatalog } from './define-catalog.js';
import { translateError } from './translate-error.js';

describe('translateError', () => {
  it('turns Fastify AJV validation errors into invalid_request with one field per issue', () => {
    const error = Object.assign(new Error('body/email must be string'), {
      statusCode: 400,
      validationContext: 'body',
      validation: [
        {
          instancePath: '/email',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        },
        {
          instancePath: '',
          keyword: 'required',
          params: { missingProperty: 'sku' },
          message: "must have required property 'sku'",
        },
        {
          instancePath: '/size',
          keyword: 'enum',
          params: { allowedValues: ['S', 'M'] },
          message: 'must be equal to one of the allowed values',
        },
      ],
    });
    const { record, unexpected } = translateError(error, 'en');
    expect(unexpected).toBe(false);
    expect(record).toMatchObject({
      provider: 'http',
      code: '400',
      status: 400,
      category: 'invalid_request',
      detail: 'body/email must be string',
    });
    expect(record.fields).toEqual([
      { path: '/body/email', code: 'type', message: 'must be string' },
      { path: '/body/sku', code: 'required', message: "must have required property 'sku'" },
      {
        path: '/body/size',
        code: 'enum',
        message: 'must be equal to one of the allowed values',
        validValues: ['S', 'M'],
      },
    ]);
  });

  it('answers an ApiError made to be answered by its record, a decoded one a handler passes on too', () => {
    const upstream = decode({
      status: 429,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        error: { code: 429, message: 'Slow down', status: 'RESOURCE_EXHAUSTED' },
      }),
    });
    const { record, unexpected } = translateError(new ApiError(upstream!), 'en');
    expect(unexpected).toBe(false);
    expect(record).toBe(upstream);
  });

  it('answers an ApiError the client rejected with (it holds the upstream response) by its status, an upstream 5xx detail unsaid', () => {
    const body = JSON.stringify({
      error: { code: 503, message: 'db-7 is down', status: 'UNAVAILABLE' },
    });
    const upstream = decode({ status: 503, headers: { 'content-type': 'application/json' }, body });
    const rejected = new ApiError(upstream!, { response: new Response(body, { status: 503 }) });
    const { record } = translateError(rejected, 'en');
    expect(record.provider).toBe('http');
    expect(record.status).toBe(503);
    expect(JSON.stringify(record)).not.toContain('db-7');
  });

  it('turns a ZodError into invalid_request with field paths, without the input values', () => {
    const parsed = z
      .object({ items: z.array(z.object({ sku: z.string() })), password: z.string().min(8) })
      .safeParse({ items: [{ sku: 1 }], password: 'short' });
    const { record } = translateError(parsed.error, 'ru');
    expect(record).toMatchObject({ code: '400', category: 'invalid_request', lang: 'ru' });
    expect(record.fields.map((f) => [f.path, f.code])).toEqual([
      ['items.0.sku', 'invalid_type'],
      ['password', 'too_small'],
    ]);
    expect(JSON.stringify(record)).not.toContain('short');
  });

  it('answers validation failures with the author code when a factory is given', () => {
    const api = defineCatalog({
      id: 'api',
      name: 'API',
      entries: [
        {
          code: 'INVALID',
          status: 422,
          category: 'invalid_request',
          title: { ru: 'Неверно', en: 'Invalid' },
        },
      ],
    });
    const error = Object.assign(new Error('querystring/q must be string'), {
      validation: [{ instancePath: '/q', keyword: 'type', message: 'must be string' }],
      validationContext: 'querystring',
    });
    const { record } = translateError(error, 'ru', (fields, detail) =>
      api.error('INVALID', {}, { fields, detail }),
    );
    expect(record).toMatchObject({
      provider: 'api',
      code: 'INVALID',
      status: 422,
      title: 'Неверно',
    });
    expect(record.fields).toEqual([
      { path: '/querystring/q', code: 'type', message: 'must be string' },
    ]);
  });

  it('replaces body-parser messages, which quote the body, with fixed ones', () => {
    const parse = Object.assign(new SyntaxError('Unexpected token in JSON: {"api_key":"sk_1"'), {
      status: 400,
      type: 'entity.parse.failed',
      body: '{"api_key":"sk_1"',
    });
    const { record } = translateError(parse, 'en');
    expect(record).toMatchObject({ code: '400', category: 'invalid_request' });
    expect(record.detail).toBe('The request body could not be parsed: check its syntax.');
    const large = createError(413, 'request entity too large', { type: 'entity.too.large' });
    expect(translateError(large, 'en').record).toMatchObject({
      code: '413',
      category: 'too_large',
    });
  });

  it('keeps the message of a 4xx status error and hides that of a 5xx one', () => {
    expect(translateError(createError(404, 'No order 42'), 'en').record).toMatchObject({
      code: '404',
      category: 'not_found',
      detail: 'No order 42',
    });
    const down = translateError(createError(503, 'redis at 10.0.0.5 refused'), 'en');
    expect(down.record).toMatchObject({ code: '503', category: 'unavailable' });
    expect(down.record.detail).toBeUndefined();
    expect(down.unexpected).toBe(false);
  });

  it('classes a status the http catalog lacks by its family', () => {
    expect(translateError({ status: 418, message: 'teapot' }, 'en').record).toMatchObject({
      code: '418',
      category: 'invalid_request',
      known: false,
      detail: 'teapot',
    });
    expect(translateError({ statusCode: 599 }, 'en').record).toMatchObject({
      category: 'internal',
      retryable: true,
    });
  });

  it('treats anything else as an unexpected 500 without detail', () => {
    for (const thrown of [new TypeError('x is undefined'), 'a string', null, 42, { status: 200 }]) {
      const { record, unexpected } = translateError(thrown, 'en');
      expect(unexpected).toBe(true);
      expect(record).toMatchObject({ provider: 'http', code: '500', category: 'internal' });
      expect(record.detail).toBeUndefined();
    }
  });
});
