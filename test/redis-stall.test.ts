import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FallbackLimiterStore } from '../src/client/limiter/fallback-store.js';
import type { StoreRate } from '../src/client/limiter/store.js';
import { connectRedis } from '../src/client/redis.js';
import { freePort, ThrowawayRedis } from './helpers/redis-server.mjs';

// A Redis of the test's own that stalls (SIGSTOP, DEBUG SLEEP: the
// connection stays up, commands time out) or dies and comes back. The
// limiter falls back to its local share, and must be back on the shared
// limit within 2 s of Redis answering again — not only when ioredis
// reconnects — without a burst at the hand-over.

// 7 per 140 ms: the local quarter is 1 per 140 ms, so the two are told apart
// by the spacing of consecutive slots.
const rate: StoreRate = {
  key: 'acct',
  rate: { limit: 7, intervalMs: 140 },
  emissionMs: 20,
  toleranceMs: 0,
};
const RECOVERY_MS = 2000;

let server: ThrowawayRedis;

beforeAll(async () => {
  server = new ThrowawayRedis(await freePort());
  await server.start();
});

afterAll(async () => {
  server.resume();
  await server.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(10);
  }
}

async function fleetStore(prefix: string, warnings: string[] = []) {
  const { redis } = await connectRedis(server.url);
  await until(() => redis.status === 'ready');
  const store = new FallbackLimiterStore(redis, {
    share: 0.25,
    prefix,
    onWarn: (m) => warnings.push(m),
  });
  return { redis, store, warnings };
}

/**
 * Books and takes slots one after the other, as a busy caller does, until two
 * consecutive slots are as close as the shared rate allows; returns when the
 * first of them went, in ms after `since`.
 */
async function sharedAgainAfter(store: FallbackLimiterStore, since: number): Promise<number> {
  let last = Number.NEGATIVE_INFINITY;
  while (Date.now() - since < 15_000) {
    const { at, waitMs } = await store.reserve([rate]);
    await sleep(waitMs);
    if (!store.degraded && at - last < rate.emissionMs * 3) return last - since;
    last = at;
  }
  throw new Error('never back on the shared limit');
}

describe('the fleet limiter when Redis stalls or restarts', () => {
  it('is back on the shared limit within 2 s of a Redis stopped by SIGSTOP answering again', async () => {
    const { redis, store, warnings } = await fleetStore('stall:');
    await store.reserve([rate]);
    server.pause();
    try {
      await store.reserve([rate]);
      expect(store.degraded).toBe(true);
      await sleep(2000);
    } finally {
      server.resume();
    }
    const back = await sharedAgainAfter(store, Date.now());
    expect(back).toBeLessThan(RECOVERY_MS);
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/Redis is back/);
    redis.disconnect();
  }, 30_000);

  it('is back on the shared limit within 2 s of a DEBUG SLEEP ending', async () => {
    const { redis, store } = await fleetStore('sleep:');
    const other = new Redis(server.url);
    other.on('error', () => {});
    await until(() => other.status === 'ready');
    await store.reserve([rate]);
    const stall = other.call('DEBUG', 'SLEEP', '3');
    await sleep(100);
    await store.reserve([rate]);
    expect(store.degraded).toBe(true);
    await stall;
    const back = await sharedAgainAfter(store, Date.now());
    expect(back).toBeLessThan(RECOVERY_MS);
    other.disconnect();
    redis.disconnect();
  }, 30_000);

  it('is back on the shared limit within 2 s of a killed Redis starting again', async () => {
    const { redis, store } = await fleetStore('restart:');
    await store.reserve([rate]);
    await server.stop();
    await until(() => redis.status !== 'ready');
    await store.reserve([rate]);
    expect(store.degraded).toBe(true);
    await sleep(1500);
    await server.start();
    const back = await sharedAgainAfter(store, Date.now());
    expect(back).toBeLessThan(RECOVERY_MS);
    redis.disconnect();
  }, 30_000);

  it('never lets four processes past the limit in any window, through a stall and the hand-back', async () => {
    const fleet = await Promise.all([0, 1, 2, 3].map(() => fleetStore('fleet:')));
    const slots: number[] = [];
    let stop = false;
    const callers = fleet.map(async ({ store }) => {
      while (!stop) {
        const { at, waitMs } = await store.reserve([rate]);
        slots.push(at);
        await sleep(waitMs);
      }
    });
    await sleep(300);
    server.pause();
    await sleep(2000);
    server.resume();
    await until(() => fleet.every(({ store }) => !store.degraded));
    await sleep(1500);
    stop = true;
    await Promise.all(callers);
    slots.sort((a, b) => a - b);
    const { limit } = rate.rate;
    // The (limit+1)-th slot after any slot is a whole window later
    // (1 ms for the two clocks, this process's and Redis's, read apart).
    for (let i = 0; i + limit < slots.length; i++)
      expect(slots[i + limit]! - slots[i]!).toBeGreaterThanOrEqual(rate.rate.intervalMs - 1);
    for (const { redis } of fleet) redis.disconnect();
  }, 30_000);
});
