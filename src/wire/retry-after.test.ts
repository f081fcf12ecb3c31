import { describe, expect, it } from 'vitest';
import { testRecord } from '../../test/helpers/test-record.js';
import { decode } from '../decode/decode.js';
import { encode } from '../decode/encode.js';
import { dialects } from '../dialects/index.js';
import type { ErrorRecord } from '../model/record.js';
import { MAX_RETRY_AFTER_SECONDS, retryAfterValue } from './retry-after.js';

const YEAR = String(MAX_RETRY_AFTER_SECONDS);

// [delay in ms, the Retry-After value]; undefined: no header at all.
const CASES: readonly (readonly [unknown, string | undefined])[] = [
  [Number.NaN, undefined],
  [Number.POSITIVE_INFINITY, undefined],
  [Number.NEGATIVE_INFINITY, undefined],
  [-5000, undefined],
  [-0.5, undefined],
  [0, undefined],
  [undefined, undefined],
  ['3000', undefined],
  [0.001, '1'],
  [1, '1'],
  [1000, '1'],
  [1001, '2'],
  [1500, '2'],
  [7000, '7'],
  [MAX_RETRY_AFTER_SECONDS * 1000, YEAR],
  [MAX_RETRY_AFTER_SECONDS * 1000 + 1, YEAR],
  [1e30, YEAR],
  [Number.MAX_VALUE, YEAR],
];

describe('retryAfterValue', () => {
  it.each(CASES)('turns %s ms into %s', (delay, value) => {
    expect(retryAfterValue(delay)).toBe(value);
  });

  it('writes a year at most', () => {
    expect(MAX_RETRY_AFTER_SECONDS).toBe(31_536_000);
  });
});

const record: ErrorRecord = testRecord('rate_limited', {
  code: '429',
  status: 429,
  title: 'Too Many Requests',
});

// Every form encode() writes: JSON, and XML where the dialect has it (the
// other formats a dialect lists are ones it reads).
const WRITTEN = ['json', 'xml'] as const;

describe.each(
  dialects.flatMap((d) =>
    WRITTEN.filter((f) => f === 'json' || d.formats.includes(f)).map((f) => [d.id, f] as const),
  ),
)('encode() in %s %s', (dialect, format) => {
  it.each(CASES.filter(([delay]) => typeof delay === 'number'))(
    'sends a retry delay of %s ms as Retry-After %s, and no other form of it',
    (delay, value) => {
      const encoded = encode({ ...record, retryAfterMs: delay as number }, { dialect, format });
      expect(encoded.headers['retry-after']).toBe(value);
      // No NaN, Infinity or exponent in a body either (Google's RetryInfo).
      expect(encoded.body).not.toMatch(/NaN|Infinity|\de[+-]?\d/);
      const decoded = decode(encoded, { provider: dialect });
      if (value === undefined) expect(decoded?.retryAfterMs).toBeUndefined();
      else expect(decoded?.retryAfterMs).toBeLessThanOrEqual(MAX_RETRY_AFTER_SECONDS * 1000);
    },
  );
});
