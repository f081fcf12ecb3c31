import { describe, expect, it } from 'vitest';
import { inferBodySchema, inferSchema } from './infer-schema.js';

describe('inferSchema', () => {
  it('requires the properties every object has and unites the types of one property', () => {
    expect(
      inferSchema([
        { code: 1, tags: ['a'] },
        { code: 2.5, message: null, tags: [] },
      ]),
    ).toEqual({
      type: 'object',
      properties: {
        code: { type: 'number' },
        tags: { type: 'array', items: { type: 'string' } },
        message: { type: 'null' },
      },
      required: ['code', 'tags'],
    });
    expect(inferSchema(['a', 1])).toEqual({ type: ['string', 'integer'] });
    expect(inferSchema([{ a: 1 }, [1]])).toEqual({
      anyOf: [
        { type: 'object', properties: { a: { type: 'integer' } }, required: ['a'] },
        { type: 'array', items: { type: 'integer' } },
      ],
    });
  });

  it('keeps a __proto__ key as a property name', () => {
    const schema = inferSchema([JSON.parse('{"__proto__": {"x": 1}}')]);
    expect(Object.keys(schema.properties as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('stops at a bounded depth on a deeply nested value', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { d: deep };
    expect(() => JSON.stringify(inferSchema([deep]))).not.toThrow();
  });
});

describe('inferBodySchema', () => {
  it('gives one schema per body form, joining forms whose keys are a subset of another', () => {
    const schema = inferBodySchema([
      { title: 'x', status: 400 },
      { title: 'x', status: 400, detail: 'y' },
      { response: { error_code: 110 } },
    ]);
    expect(schema.anyOf).toHaveLength(2);
    expect((schema.anyOf as { required: string[] }[])[0]!.required).toEqual(['status', 'title']);
  });

  it('gives a single schema when every body has one form', () => {
    expect(inferBodySchema([{ a: 1 }, { a: 2 }])).toEqual({
      type: 'object',
      properties: { a: { type: 'integer' } },
      required: ['a'],
    });
  });
});
