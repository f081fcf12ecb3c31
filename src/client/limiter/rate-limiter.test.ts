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

  it('runs beforeSend once, just before the slot, so its round trip overlaps the wait', async () => {
    const clock = new TestClock(0);
    const store = new MemoryLimiterStore({ clock });
    const limiter = new RateLimiter({ rates, store, clock, margin: 0, coldStartMs: 0 });
    limiter.warmed();
    await limiter.acquire('acct', undefined);
    const startedAt: number[] = [];
    const booking = await limiter.tryAcquire('acct', undefined, {
      maxWaitMs: 500,
      beforeSend: async () => {
        startedAt.push(clock.now());
      },
    });
    expect(booking).toEqual({ booked: true, waitedMs: 100 });
    // The slot was at 100: the work started 30 ms before it, once.
    expect(startedAt).toEqual([70]);
    expect(clock.now()).toBe(100);
  });

  it('still runs beforeSend when no rate applies', async () => {
    const clock = new TestClock(0);
    const store = new MemoryLimiterStore({ clock });
    const limiter = new RateLimiter({ rates: [], store, clock });
    let ran = 0;
    const booking = await limiter.tryAcquire('acct', undefined, {
      beforeSend: async () => {
        ran++;
      },
    });
    expect(booking).toEqual({ booked: true, waitedMs: 0 });
    expect(ran).toBe(1);
  });

  it('gives up a slot that beforeSend made late (a stalled store) and books another, without running it again', async () => {
    const clock = new TestClock(0);
    const store = new MemoryLimiterStore({ clock });
    const limiter = new RateLimiter({ rates, store, clock, margin: 0.1, coldStartMs: 0 });
    limiter.warmed();
    let ran = 0;
    const booking = await limiter.tryAcquire('acct', undefined, {
      maxWaitMs: 500,
      beforeSend: async () => {
        ran++;
        await clock.sleep(80); // the marker's write stalls for 80 ms
      },
    });
    expect(ran).toBe(1);
    expect(booking.booked).toBe(true);
    // Slot 0 was missed (sent at 80 it would crowd the next); the next, at 110, was kept.
    expect(clock.now()).toBe(110);
    expect(await store.snapshot()).toEqual({ 'acct:10/1000': 220 });
  });

  it('answers a caller that can come back "missed" rather than let it go late, slot after slot', async () => {
    const clock = new TestClock(0);
    let booked = 0;
    // Every answer comes 50 ms after the slot it gives: a process too starved to keep one.
    const store: LimiterStore = {
      reserve: async () => ({ at: booked++ * 100, waitMs: 0, lateMs: 50 }),
      pause: async () => {},
      snapshot: async () => ({}),
    };
    const limiter = new RateLimiter({ rates, store, clock, coldStartMs: 0 });
    limiter.warmed();
    const booking = await limiter.tryAcquire('acct', undefined, { maxWaitMs: 500 });
    expect(booking).toEqual({ booked: false, waitMs: 0, waitedMs: 0, missed: true });
    expect(booked).toBe(4);
    // A caller that cannot come back (the client's own fetch) goes after as many tries.
    booked = 0;
    expect(await limiter.acquire('acct', undefined)).toBe(0);
    expect(booked).toBe(4);
  });
});
