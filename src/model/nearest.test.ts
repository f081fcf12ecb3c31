import { describe, expect, it } from 'vitest';
import { nearest } from './nearest.js';

describe('nearest', () => {
  it('finds codes one typo away, best first', () => {
    expect(nearest(['B011', 'B012', 'G001', 'D011'], 'B01l')[0]).toBe('B011');
  });

  it('is case-insensitive', () => {
    expect(nearest(['rateLimitExceeded', 'notFound'], 'ratelimitexceded')).toEqual([
      'rateLimitExceeded',
    ]);
  });

  it('drops candidates too far off to help', () => {
    expect(nearest(['invalid_api_key', 'retry_later'], 'zzz')).toEqual([]);
  });

  it('keeps work bounded on a huge query', () => {
    expect(nearest(['110'], 'x'.repeat(1_000_000))).toEqual([]);
  });
});
