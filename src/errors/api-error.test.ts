import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ErrorRecord } from '../model/record.js';
import { ApiError, isApiError } from './api-error.js';
import { isKodexError, type KodexErrorCode } from './kodex-error.js';

const record = (lang: 'ru' | 'en'): ErrorRecord => ({
  provider: 'shop',
  code: 'invalid_params',
  status: 422,
  category: 'invalid_request',
  retryable: false,
  title: lang === 'ru' ? 'Неверные параметры' : 'Invalid parameters',
  lang,
  detail: lang === 'ru' ? 'Поле sku пусто' : 'The sku field is empty',
  fields: [],
  known: true,
  params: { sku: '', token: '[REDACTED]' },
});

describe('ApiError', () => {
  it('has the code api_error, whatever code its record carries', () => {
    const error = new ApiError(record('en'));
    expect(error.code).toBe('api_error');
    expect(error.record.code).toBe('invalid_params');
    expect(isKodexError(error) && isApiError(error)).toBe(true);
    expectTypeOf(error.code).toEqualTypeOf<'api_error'>();
  });

  it('reads the record: provider, status, category, retryable, params, and a message naming the code', () => {
    const error = new ApiError(record('en'));
    expect(error).toMatchObject({
      name: 'ApiError',
      provider: 'shop',
      status: 422,
      category: 'invalid_request',
      retryable: false,
      params: { sku: '', token: '[REDACTED]' },
    });
    expect(error.message).toBe(
      'shop invalid_params (HTTP 422, invalid_request): The sku field is empty',
    );
    expect(new ApiError(record('en'), { message: 'mine' }).message).toBe('mine');
  });

  it('serializes as its record, and has no cause unless given one', () => {
    const error = new ApiError(record('en'));
    expect(JSON.parse(JSON.stringify(error))).toEqual(record('en'));
    expect('cause' in error).toBe(false);
    const cause = new Error('upstream');
    expect(new ApiError(record('en'), { cause }).cause).toBe(cause);
  });

  it('re-renders its record in another language once, through translate', () => {
    let calls = 0;
    const error = new ApiError(record('en'), {
      translate: (lang) => {
        calls++;
        return record(lang);
      },
    });
    expect(error.recordIn('en')).toBe(error.record);
    expect(error.recordIn('ru').title).toBe('Неверные параметры');
    expect(error.recordIn('ru')).toBe(error.recordIn('ru'));
    expect(calls).toBe(1);
    expect(new ApiError(record('en')).recordIn('ru').lang).toBe('en');
  });

  it('keeps a copy of the response with its credentials redacted', () => {
    const response = new Response('{}', {
      status: 422,
      headers: { authorization: 'Bearer sk_live_123456', 'content-type': 'application/json' },
    });
    const error = new ApiError(record('en'), { response });
    expect(error.response?.status).toBe(422);
    expect(error.response?.headers.get('authorization')).not.toContain('sk_live_123456');
    expect(new ApiError(record('en')).response).toBeUndefined();
  });
});

describe('isApiError', () => {
  it('recognises an ApiError from another copy of kodex by its name, code, record and recordIn', () => {
    class ApiErrorOfAnotherCopy extends Error {
      override name = 'ApiError';
      readonly code = 'api_error';
      readonly record = record('en');
      recordIn() {
        return this.record;
      }
    }
    expect(isApiError(new ApiErrorOfAnotherCopy('x'))).toBe(true);
  });

  it('refuses look-alikes and other kodex errors', () => {
    const named = Object.assign(new Error('x'), { name: 'ApiError' });
    expect(isApiError(named)).toBe(false);
    expect(isApiError(Object.assign(named, { code: 'api_error', record: null }))).toBe(false);
    expect(isApiError({ name: 'ApiError', code: 'api_error', record: record('en') })).toBe(false);
    expect(isApiError(null)).toBe(false);
  });
});

describe('KodexErrorCode', () => {
  it('is a union of kodex’s own codes, so a catalog code does not pass for one', () => {
    expectTypeOf<'api_error' | 'invalid_argument' | 'circuit_open'>().toExtend<KodexErrorCode>();
    expectTypeOf<'OUT_OF_STOCK'>().not.toExtend<KodexErrorCode>();
    expectTypeOf<string>().not.toExtend<KodexErrorCode>();
  });
});
