import { describe, expect, it } from 'vitest';
import { normalizeHeaders } from './headers.js';
import { parseRateLimitHeaders, retryAfterFromHeaders } from './rate-limit-headers.js';

const now = Date.parse('2024-05-01T12:00:00Z');
const h = (headers: Record<string, string>) => normalizeHeaders(headers);

describe('Retry-After', () => {
  it('reads delay-seconds', () => {
    expect(retryAfterFromHeaders(h({ 'Retry-After': '120' }), 503, now)).toBe(120_000);
  });

  it('reads an HTTP date against the server clock when the response has a Date', () => {
    const headers = h({
      'retry-after': 'Wed, 01 May 2024 12:00:30 GMT',
      date: 'Wed, 01 May 2024 12:00:10 GMT',
    });
    expect(retryAfterFromHeaders(headers, 429, now + 999_999)).toBe(20_000);
  });

  it('reads an HTTP date against the local clock otherwise, never negative', () => {
    expect(
      retryAfterFromHeaders(h({ 'retry-after': 'Wed, 01 May 2024 12:00:05 GMT' }), 429, now),
    ).toBe(5000);
    expect(
      retryAfterFromHeaders(h({ 'retry-after': 'Wed, 01 May 2024 11:00:00 GMT' }), 429, now),
    ).toBe(0);
  });

  it('ignores garbage', () => {
    expect(retryAfterFromHeaders(h({ 'retry-after': 'soon' }), 429, now)).toBeUndefined();
    expect(retryAfterFromHeaders(h({ 'retry-after': '-5' }), 429, now)).toBeUndefined();
  });
});

describe('rate-limit headers', () => {
  it('reads X-RateLimit-* with an epoch-seconds reset', () => {
    const headers = h({
      'X-RateLimit-Limit': '100',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': String(now / 1000 + 42),
    });
    expect(parseRateLimitHeaders(headers, now)).toEqual({
      limit: 100,
      remaining: 0,
      resetMs: 42_000,
      windowMs: undefined,
    });
    expect(retryAfterFromHeaders(headers, 429, now)).toBe(42_000);
  });

  it('reads a reset given as seconds from now', () => {
    expect(parseRateLimitHeaders(h({ 'x-ratelimit-reset': '7' }), now)?.resetMs).toBe(7000);
  });

  it('reads the IETF draft RateLimit header in its older and newer forms', () => {
    expect(
      parseRateLimitHeaders(h({ RateLimit: 'limit=10, remaining=0, reset=5' }), now),
    ).toMatchObject({
      limit: 10,
      remaining: 0,
      resetMs: 5000,
    });
    const newer = h({
      RateLimit: '"default";r=0;t=30',
      'RateLimit-Policy': '"default";q=100;w=60',
    });
    expect(parseRateLimitHeaders(newer, now)).toEqual({
      limit: 100,
      remaining: 0,
      resetMs: 30_000,
      windowMs: 60_000,
    });
  });

  it('does not call a spent window a retry delay while requests remain', () => {
    const headers = h({ 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': '30' });
    expect(retryAfterFromHeaders(headers, 400, now)).toBeUndefined();
    expect(retryAfterFromHeaders(headers, 429, now)).toBe(30_000);
  });

  it('says nothing when there are no such headers', () => {
    expect(parseRateLimitHeaders(h({ 'content-type': 'text/plain' }), now)).toBeUndefined();
  });
});

describe('normalizeHeaders', () => {
  it('lower-cases names and joins repeated values from Headers, objects and pairs', () => {
    expect(normalizeHeaders(new Headers({ 'Retry-After': '1' }))['retry-after']).toBe('1');
    expect(normalizeHeaders({ 'X-A': ['1', '2'] })['x-a']).toBe('1, 2');
    expect(
      normalizeHeaders([
        ['A', '1'],
        ['a', '2'],
      ]).a,
    ).toBe('1, 2');
  });

  it('keeps a __proto__ header as plain data', () => {
    const headers = normalizeHeaders(JSON.parse('{"__proto__":"x","constructor":"y"}'));
    expect(Object.getOwnPropertyDescriptor(headers, '__proto__')?.value).toBe('x');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
