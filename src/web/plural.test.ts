import { describe, expect, it } from 'vitest';
import { counted } from './plural.js';

describe('counted', () => {
  it('agrees the Russian noun with the number', () => {
    expect([1, 2, 4, 5, 11, 21, 22, 41, 72, 111].map((n) => counted('ru', 'codes', n))).toEqual([
      '1 код',
      '2 кода',
      '4 кода',
      '5 кодов',
      '11 кодов',
      '21 код',
      '22 кода',
      '41 код',
      '72 кода',
      '111 кодов',
    ]);
  });

  it('says "1 code" but "0 codes" and "132 codes" in English', () => {
    expect([0, 1, 132].map((n) => counted('en', 'codes', n))).toEqual([
      '0 codes',
      '1 code',
      '132 codes',
    ]);
  });

  it('puts the total of a "shown" line in the genitive after «из»', () => {
    expect(counted('ru', 'shownOf', 41, { shown: 3 })).toBe('Показано 3 из 41 кода');
    expect(counted('ru', 'shownOf', 72, { shown: 72 })).toBe('Показано 72 из 72 кодов');
    expect(counted('en', 'shownOf', 1, { shown: 1 })).toBe('1 of 1 code shown');
    expect(counted('en', 'shownOf', 132, { shown: 7 })).toBe('7 of 132 codes shown');
  });
});
