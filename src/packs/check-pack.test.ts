import { describe, expect, it } from 'vitest';
import { hostilePack, shopPack } from '../../test/helpers/test-packs.js';
import { isInvalidPackError } from '../errors/invalid-pack-error.js';
import { checkPack } from './check-pack.js';
import { baseProviders, loadPack } from './provider-set.js';

function problemsOf(data: unknown) {
  return checkPack(data).problems ?? [];
}

describe('checkPack', () => {
  it('passes an author’s pack and the worst pack the rules allow', () => {
    expect(checkPack(shopPack).problems).toBeUndefined();
    expect(checkPack(hostilePack()).problems).toBeUndefined();
  });

  it('names the pointer of each problem', () => {
    const problems = problemsOf({
      ...shopPack,
      entries: [{ ...shopPack.entries[0], status: 99 }],
      dialect: { code: 'code', errors: '/a~2b', fields: { at: '/f', colour: 1 } },
    });
    expect(problems.map((p) => p.pointer)).toEqual([
      '/entries/0/status',
      '/dialect/errors',
      '/dialect/code',
      '/dialect/fields',
    ]);
    expect(problems.find((p) => p.pointer === '/dialect/code')?.message).toMatch(
      /starts with "\/"/,
    );
  });

  it('refuses pointers deeper than 32 tokens', () => {
    const deep = Array.from({ length: 33 }, () => '/a').join('');
    expect(problemsOf({ ...shopPack, dialect: { code: deep } })[0]).toMatchObject({
      pointer: '/dialect/code',
      message: expect.stringMatching(/at most 32 tokens/),
    });
  });

  it('refuses more entries or patterns than a pack may hold', () => {
    const big = hostilePack();
    const more = { ...big, entries: [...big.entries, { ...big.entries[60]!, code: 'one-more' }] };
    expect(problemsOf(more)[0]).toMatchObject({
      pointer: '/entries',
      message: expect.stringMatching(/at most 10000 entries/),
    });
    const patterned = {
      ...big,
      entries: [...big.entries.slice(0, 9_999), { ...big.entries[0]!, variant: 'v50' }],
    };
    expect(problemsOf(patterned)[0]?.message).toMatch(
      /at most 50 message patterns \(this one has 51\)/,
    );
  });

  it('refuses patterns the linear-time engine cannot run, and long ones', () => {
    const withPattern = (pattern: string) => ({
      ...shopPack,
      entries: [{ ...shopPack.entries[0]!, patterns: [pattern] }],
    });
    expect(problemsOf(withPattern('(?=x)y'))[0]).toMatchObject({
      pointer: '/entries/0/patterns/0',
      message: expect.stringMatching(/not an RE2 pattern/),
    });
    expect(problemsOf(withPattern('(a)\\1'))[0]?.pointer).toBe('/entries/0/patterns/0');
    expect(problemsOf(withPattern('x'.repeat(501)))[0]?.message).toMatch(/at most 500 characters/);
    expect(problemsOf(withPattern('a.*b.*c'))).toEqual([]);
  });

  it('needs an XML dialect to say where its error is', () => {
    expect(problemsOf({ ...shopPack, dialect: { format: 'xml', code: '/code' } })[0]).toMatchObject(
      {
        pointer: '/dialect/errors',
      },
    );
  });

  it('refuses what is no pack at all', () => {
    for (const data of [null, 7, 'pack', [shopPack]]) {
      expect(problemsOf(data)[0]?.message).toMatch(/a pack is an object/);
    }
  });
});

describe('loadPack', () => {
  it('throws an InvalidPackError naming the source', () => {
    let error: unknown;
    try {
      loadPack({ ...shopPack, dialect: { code: 'code' } }, 'shop.yaml');
    } catch (e) {
      error = e;
    }
    expect(isInvalidPackError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'shop.yaml is not a valid kodex pack:\n  /dialect/code: a JSON Pointer starts with "/"',
    );
  });

  it('takes a module’s own dialect for the pack’s catalog', () => {
    const set = baseProviders().with({
      ...shopPack,
      dialect: {
        id: 'whatever',
        provider: 'whatever',
        formats: ['json'],
        detect: () => 0,
        decode: () => [{ code: 'card_declined' }],
        encode: () => ({ status: 402, headers: {}, body: '' }),
      } as never,
    });
    const dialect = set.dialects.find((d) => d.id === 'shop');
    expect(dialect?.provider).toBe('shop');
  });
});
