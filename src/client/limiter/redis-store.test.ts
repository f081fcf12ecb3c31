import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RedisLimiterStore } from './redis-store.js';

// The suite's own redis-server (test/global-setup.ts).
const prefix = `kodex-test:${process.pid}:${Date.now()}:`;
const rate = { key: 'acct', rate: { limit: 20, intervalMs: 1000 }, emissionMs: 50, toleranceMs: 0 };
let a: Redis;
let b: Redis;

beforeAll(() => {
  a = new Redis(inject('redisUrl'));
  b = new Redis(inject('redisUrl'));
});

afterAll(async () => {
  const keys = await a.keys(`${prefix}*`);
  if (keys.length) await a.del(...keys);
  await a.quit();
  await b.quit();
});

describe('the Redis limiter store', () => {
  it('hands out distinct slots to two processes booking at once, an emission interval apart', async () => {
    const one = new RedisLimiterStore(a, { prefix: `${prefix}1:` });
    const two = new RedisLimiterStore(b, { prefix: `${prefix}1:` });
    const booked = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? one : two).reserve([rate])),
    );
    const slots = booked.map((r) => r.at).sort((x, y) => x - y);
    for (let i = 1; i < slots.length; i++) expect(slots[i]! - slots[i - 1]!).toBeCloseTo(50, 6);
  });

  it('books several rates atomically and pauses them', async () => {
    const store = new RedisLimiterStore(a, { prefix: `${prefix}2:` });
    const slow = {
      key: 'method',
      rate: { limit: 1, intervalMs: 1000 },
      emissionMs: 1000,
      toleranceMs: 0,
    };
    const first = await store.reserve([rate, slow]);
    const second = await store.reserve([rate, slow]);
    expect(second.at - first.at).toBeCloseTo(1000, 6);
    await store.pause(['acct'], 10_000);
    expect((await store.reserve([rate])).waitMs).toBeGreaterThan(9000);
  });

  it('serializes its state for inspection and restore', async () => {
    const store = new RedisLimiterStore(a, { prefix: `${prefix}3:` });
    await store.reserve([rate]);
    const snapshot = await store.snapshot();
    expect(Object.keys(snapshot)).toEqual(['acct']);
    expect(snapshot.acct).toBeGreaterThan(Date.now() - 60_000);
  });

  it('respects a floor (the last slot promised locally) when coming back from a fallback', async () => {
    const store = new RedisLimiterStore(a, { prefix: `${prefix}4:` });
    const floor = Date.now() + 5000;
    const booked = await store.reserve([rate], { floors: [floor] });
    expect(booked.at).toBeGreaterThanOrEqual(floor - 1);
  });

  it('books nothing when the earliest slot is past maxWaitMs', async () => {
    const store = new RedisLimiterStore(a, { prefix: `${prefix}5:` });
    const slow = { ...rate, emissionMs: 10_000 };
    expect((await store.reserve([slow], { maxWaitMs: 0 })).booked).toBeUndefined();
    const refused = await store.reserve([slow], { maxWaitMs: 1000 });
    expect(refused.booked).toBe(false);
    expect(refused.waitMs).toBeGreaterThan(9000);
    const before = await store.snapshot();
    await store.reserve([slow], { maxWaitMs: 1000 });
    expect(await store.snapshot()).toEqual(before);
  });
});
