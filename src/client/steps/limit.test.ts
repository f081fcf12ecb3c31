import { describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/test-clock.js';
import { testRecord } from '../../../test/helpers/test-record.js';
import { MemoryLimiterStore } from '../limiter/memory-store.js';
import { RateLimiter } from '../limiter/rate-limiter.js';
import type { ClientHooks } from '../options.js';
import { apiMethodOf, heedRateLimit, type LimitContext, limit } from './limit.js';

function setUp(over: Partial<LimitContext> = {}) {
  const clock = new TestClock(0);
  const limiter = new RateLimiter({
    rates: [{ limit: 1, intervalMs: 1000 }],
    store: new MemoryLimiterStore({ clock }),
    clock,
    margin: 0,
    coldStartMs: 0,
  });
  limiter.warmed();
  const events: Parameters<NonNullable<ClientHooks['onRateLimit']>>[0][] = [];
  const context: LimitContext = {
    account: 'acct',
    clock,
    methodOf: (url) => url.pathname.split('/').pop(),
    maxRetryAfterMs: 5000,
    canHold: true,
    onRateLimit: (e) => events.push(e),
    ...over,
  };
  return { clock, limiter, context, events };
}

describe('the limit step', () => {
  it('names the API method of a URL, and none for a URL it cannot read', () => {
    const { context } = setUp();
    expect(apiMethodOf(context, 'https://api.example.com/ru/api/sendEmail')).toBe('sendEmail');
    expect(apiMethodOf(context, 'not a url')).toBeUndefined();
  });

  it('waits for the account’s next slot, and returns the method', async () => {
    const { clock, limiter, context } = setUp();
    expect(await limit(limiter, context, 'https://x.test/a/getLists', undefined)).toBe('getLists');
    await limit(limiter, context, 'https://x.test/a/getLists', undefined);
    expect(clock.slept).toEqual([1000]);
  });

  it('pauses the account for a rate-limit record’s Retry-After and tells onRateLimit', async () => {
    const { clock, limiter, context, events } = setUp();
    const record = testRecord('rate_limited', { retryAfterMs: 3000 });
    const held = await heedRateLimit(
      limiter,
      context,
      new Response(null, { status: 429 }),
      record,
      undefined,
    );
    expect(held).toBeUndefined();
    expect(events).toEqual([{ account: 'acct', pauseMs: 3000, record }]);
    await limit(limiter, context, 'https://x.test/a', undefined);
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3000);
  });

  it('pauses the account when a success says the window is spent (X-RateLimit-Remaining: 0)', async () => {
    const { limiter, context, events } = setUp();
    const response = new Response(null, {
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '30' },
    });
    await heedRateLimit(limiter, context, response, null, undefined);
    expect(events).toEqual([{ account: 'acct', pauseMs: 30_000, record: undefined }]);
  });

  it('holds a pause past the cap for the circuit, and only when there is a circuit', async () => {
    const record = testRecord('rate_limited', { retryAfterMs: 20_000 });
    const answer = new Response(null, { status: 429 });
    const { limiter, context, events } = setUp();
    expect(await heedRateLimit(limiter, context, answer, record, undefined)).toBe(20_000);
    expect(events[0]?.heldUntil).toBe(20_000);
    const plain = setUp({ canHold: false });
    expect(
      await heedRateLimit(plain.limiter, plain.context, answer, record, undefined),
    ).toBeUndefined();
  });

  it('does nothing for an answer that says nothing of rates', async () => {
    const { limiter, context, events } = setUp();
    expect(
      await heedRateLimit(limiter, context, new Response(null), null, undefined),
    ).toBeUndefined();
    expect(events).toEqual([]);
  });
});
