import { describe, expect, expectTypeOf, it } from 'vitest';
import { amocrm, avtocod, dellin } from '../catalogs/index.js';
import type { ApiError } from '../errors/api-error.js';
import type { CatalogInput, ParamValues } from './catalog-types.js';
import { type CodeOf, defineCatalog, type ParamsOf } from './define-catalog.js';

// Type tests: `npm test` runs tsc over this file, so every `@ts-expect-error`
// line below must really be a compile error, or the type-check fails. The
// rejected calls sit in functions and also run, to show what a plain
// JavaScript caller gets instead.

const shop = defineCatalog({
  id: 'shop',
  name: 'Shop API',
  entries: [
    {
      code: 'OUT_OF_STOCK',
      status: 409,
      category: 'conflict',
      title: { ru: 'Нет в наличии', en: 'Out of stock' },
      template: { en: 'Item {sku} is out of stock ({left} left)' },
      params: { sku: { type: 'string' }, left: { type: 'number' } },
    },
    {
      code: 'PAYMENT_DECLINED',
      status: 402,
      category: 'payment_required',
      title: { ru: 'Платёж отклонён', en: 'Payment declined' },
    },
  ],
});

describe('a typed catalog', () => {
  it('knows its codes and the params of each', () => {
    expectTypeOf<CodeOf<typeof shop>>().toEqualTypeOf<'OUT_OF_STOCK' | 'PAYMENT_DECLINED'>();
    expectTypeOf<ParamsOf<typeof shop, 'OUT_OF_STOCK'>>().toEqualTypeOf<{
      readonly sku: string;
      readonly left: number;
    }>();
    const error = shop.error('OUT_OF_STOCK', { sku: 'A-1', left: 0 });
    expectTypeOf(error).toEqualTypeOf<ApiError<'shop', 'OUT_OF_STOCK'>>();
    expectTypeOf(error.record.code).toEqualTypeOf<'OUT_OF_STOCK'>();
    expectTypeOf(error.recordIn('ru').code).toEqualTypeOf<'OUT_OF_STOCK'>();
    // `code` is kodex's: always api_error, never a catalog code.
    expectTypeOf(error.code).toEqualTypeOf<'api_error'>();
    expectTypeOf(error.provider).toEqualTypeOf<'shop'>();
    expect(error.record.detail).toBe('Item A-1 is out of stock (0 left)');
  });

  it('lets a code without params be raised with no argument, an empty object, or options', () => {
    expect(shop.error('PAYMENT_DECLINED').status).toBe(402);
    expect(shop.error('PAYMENT_DECLINED', {}).status).toBe(402);
    expect(shop.error('PAYMENT_DECLINED', {}, { lang: 'ru' }).message).toBe('Платёж отклонён');
  });

  it('rejects a wrong code, a missing param and a mistyped param at compile time and at run time', () => {
    const rejected = [
      // @ts-expect-error — not a code of the catalog
      () => shop.error('OUT_OF_STOK', { sku: 'A-1', left: 0 }),
      // @ts-expect-error — params are required when the entry declares them
      () => shop.error('OUT_OF_STOCK'),
      // @ts-expect-error — `left` is missing
      () => shop.error('OUT_OF_STOCK', { sku: 'A-1' }),
      // @ts-expect-error — `left` is a number
      () => shop.error('OUT_OF_STOCK', { sku: 'A-1', left: '0' }),
      // @ts-expect-error — `sku` is a string
      () => shop.record('OUT_OF_STOCK', { sku: 1, left: 0 }),
    ];
    for (const call of rejected) expect(call).toThrow(/no code|must be a/);
  });

  it('rejects params a code does not declare at compile time (run time drops them)', () => {
    // @ts-expect-error — no such param
    const extra = shop.error('OUT_OF_STOCK', { sku: 'A-1', left: 0, colour: 'red' });
    // @ts-expect-error — PAYMENT_DECLINED has no params
    const none = shop.error('PAYMENT_DECLINED', { amount: 5 });
    expect(extra.params).toEqual({ sku: 'A-1', left: 0 });
    expect(none.params).toEqual({});
  });

  it('types a catalog declared without literal types loosely, and still checks it at run time', () => {
    const input: CatalogInput = {
      id: 'loose',
      name: 'Loose',
      entries: [
        {
          code: 'X',
          status: 400,
          category: 'invalid_request',
          title: { ru: 'Икс', en: 'X' },
          template: { en: '{n}' },
          params: { n: { type: 'number' } },
        },
      ],
    };
    const loose = defineCatalog(input);
    expectTypeOf<CodeOf<typeof loose>>().toEqualTypeOf<string>();
    expect(loose.error('X', { n: 3 }).message).toBe('3');
    expect(() => loose.error('Y')).toThrow(/no code "Y"/);
  });
});

describe('built-in catalogs as typed catalogs', () => {
  const avtocodErrors = defineCatalog(avtocod);
  const amocrmErrors = defineCatalog(amocrm);
  const dellinErrors = defineCatalog(dellin);

  it('types Avtocod B011 params from the catalog data', () => {
    type B011 = Extract<(typeof avtocod)['entries'][number], { code: 'B011' }>;
    expectTypeOf<ParamValues<B011['params']>>().toEqualTypeOf<{
      readonly day_quote: number;
      readonly report_type: string;
    }>();
    const error = avtocodErrors.error('B011', { day_quote: 2, report_type: 'x' });
    expectTypeOf(error).toEqualTypeOf<ApiError<'avtocod', 'B011'>>();
    expect(error.record).toMatchObject({
      provider: 'avtocod',
      code: 'B011',
      status: 402,
      category: 'quota_exceeded',
      detail: 'Daily quota (2 units) for generating report x exceeded',
    });
    const rejected = [
      // @ts-expect-error — day_quote is a number
      () => avtocodErrors.error('B011', { day_quote: '2', report_type: 'x' }),
      // @ts-expect-error — report_type is missing
      () => avtocodErrors.error('B011', { day_quote: 2 }),
      // @ts-expect-error — Avtocod has no B999
      () => avtocodErrors.error('B999'),
    ];
    for (const call of rejected) expect(call).toThrow(/no code|must be a/);
  });

  it('names a code with several meanings by code or by code.variant', () => {
    expect(amocrmErrors.error('244.tasks').record.name).toBe('LEAD_ADD_FORBIDDEN');
    // The record carries the code, not the key it was raised by.
    expectTypeOf(amocrmErrors.error('244.tasks').record.code).toEqualTypeOf<'244'>();
    expect(amocrmErrors.error('244.tasks').record.code).toBe('244');
    expect(amocrmErrors.error('244').record.code).toBe('244');
    // @ts-expect-error — amoCRM 244 has no such variant
    expect(() => amocrmErrors.error('244.nope')).toThrow(/no code/);
  });

  it('types Dellin codes, which are numeric strings', () => {
    expectTypeOf<'100005'>().toExtend<CodeOf<typeof dellinErrors>>();
    expectTypeOf<'999999'>().not.toExtend<CodeOf<typeof dellinErrors>>();
    expect(dellinErrors.error('100005').category).toBe('rate_limited');
  });
});
