import { describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/test-clock.js';
import { MemoryLimiterStore } from './memory-store.js';
import { RateLimiter } from './rate-limiter.js';
import type { LimiterStore, Reservation } from './store.js';

const rates = [{ limit: 10, intervalMs: 1000 }]; // a slot every 100 ms

describe('the rate limiter', () => {
  it('books the first request alone with room after it, and the others once it is answered', async () => {
    const clock = new TestClock(0);
    const store = new MemoryLimiterStore({ clock });
    const limiter = new RateLimiter({ rates, store, clock, margin: 0, coldStartMs: 150 });
    const first = limiter.acquire('acct', undefined);
    const second = limiter.acquire('acct', undefined);
    expect(await first).toBe(0);
    // Nothing else is booked while the first request is out on a cold transport…
    expect(await store.snapshot()).toEqual({ 'acct:10/1000': 250 });
    limiter.warmed();
    // …then the next slot comes after the room kept, and the one after at the rate.
    expect(await second).toBe(250);
    expect(await limiter.acquire('acct', undefined)).toBe(100);
  });

  it('counts lateness from the slot the store gave, so a slot whose answer came late is booked again', async () => {
    const clock = new TestClock(0);
    const answers: Reservation[] = [
      { at: 0, waitMs: 0, lateMs: 40 },
      { at: 100, waitMs: 60, lateMs: 0 },
    ];
    let booked = 0;
    const store: LimiterStore = {
      reserve: async () => answers[booked++]!,
      pause: async () => {},
      snapshot: async () => ({}),
    };
    const limiter = new RateLimiter({ rates, store, clock, coldStartMs: 0 });
    expect(await limiter.acquire('acct', undefined)).toBe(60);
    expect(booked).toBe(2);
  });

  it('books only a slot within maxWaitMs, and says how far off a later one is without booking it', async () => {
    const clock = new TestClock(0);
    const store = new MemoryLimiterStore({ clock });
    const limiter = new RateLimiter({ rates, store, clock, margin: 0, coldStartMs: 0 });
    limiter.warmed();
    expect(await limiter.tryAcquire('acct', undefined, { maxWaitMs: 150 })).toEqual({
      booked: true,
      waitedMs: 0,
    });
    expect(await limiter.tryAcquire('acct', undefined, { maxWaitMs: 150 })).toEqual({
      booked: true,
      waitedMs: 100,
    });
    // The next slot is 100 ms off (the clock moved to 100): past a bound of 50, not booked.
    const refused = await limiter.tryAcquire('acct', undefined, { maxWaitMs: 50 });
    expect(refused).toEqual({ booked: false, waitMs: 100, waitedMs: 0 });
    expect(await store.snapshot()).toEqual({ 'acct:10/1000': 200 });
  });
});
