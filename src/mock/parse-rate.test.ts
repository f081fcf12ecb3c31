import { describe, expect, it } from 'vitest';
import { isKodexError } from '../errors/kodex-error.js';
import { checkRate, parseRate } from './parse-rate.js';

describe('parseRate', () => {
  it.each([
    ['7/s', 7, 1000],
    ['1200/min', 1200, 60_000],
    ['100/h', 100, 3_600_000],
    ['60/minute', 60, 60_000],
    ['5/10s', 5, 10_000],
    ['3 / 250ms', 3, 250],
    ['1000/day', 1000, 86_400_000],
    ['2/Sec', 2, 1000],
  ])('reads %s as %i per %i ms', (text, limit, intervalMs) => {
    expect(parseRate(text)).toEqual({ limit, intervalMs });
  });

  it.each(['', '7', '7/', '/s', '0/s', '7/fortnight', '-1/s', '7/0s', 'seven/s', '7/s/s'])(
    'refuses %j with a KodexError',
    (text) => {
      let thrown: unknown;
      try {
        parseRate(text);
      } catch (error) {
        thrown = error;
      }
      expect(isKodexError(thrown) && thrown.code).toBe('invalid_rate');
    },
  );

  it('checks a rate given as an object', () => {
    expect(checkRate({ limit: 7, intervalMs: 1000 })).toEqual({ limit: 7, intervalMs: 1000 });
    expect(() => checkRate({ limit: 0, intervalMs: 1000 })).toThrow(/positive/);
    expect(() => checkRate({ limit: 1.5, intervalMs: 1000 })).toThrow(/positive/);
    expect(() => checkRate({ limit: 1, intervalMs: 0 })).toThrow(/positive/);
  });
});
