import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../src/client/breaker/circuit-breaker.js';
import { FallbackBreakerStore } from '../src/client/breaker/fallback-breaker-store.js';
import { RedisBreakerStore } from '../src/client/breaker/redis-breaker-store.js';
import { systemClock } from '../src/client/clock.js';
import { FallbackLimiterStore } from '../src/client/limiter/fallback-store.js';
import { connectRedis } from '../src/client/redis.js';
import { freePort, ThrowawayRedis } from './helpers/redis-server.mjs';

// A Redis of the test's own, stopped and started again: the limiter keeps
// working on a local share while it is away, warns once, and returns to it.

let server: ThrowawayRedis;

beforeAll(async () => {
  server = new ThrowawayRedis(await freePort());
  await server.start();
});

afterAll(async () => {
  await server.stop();
});

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a fleet store whose Redis goes away and comes back', () => {
  it('falls back to a local share of the rate, warns once, and returns to Redis', async () => {
    const { redis } = await connectRedis(server.url);
    const warnings: string[] = [];
    const store = new FallbackLimiterStore(redis, {
      share: 0.25,
      onWarn: (m) => warnings.push(m),
      prefix: 'fb:',
    });
    // 7 per 70 ms: a quarter of it rounds down to 1 per 70 ms for this process.
    const rate = {
      key: 'acct',
      rate: { limit: 7, intervalMs: 70 },
      emissionMs: 10,
      toleranceMs: 0,
    };
    await until(() => redis.status === 'ready');

    await store.reserve([rate]);
    expect(store.degraded).toBe(false);
    expect(Object.keys(await store.snapshot())).toEqual(['acct']);

    await server.stop();
    await until(() => redis.status !== 'ready');
    const first = await store.reserve([rate]);
    const second = await store.reserve([rate]);
    const third = await store.reserve([rate]);
    expect(store.degraded).toBe(true);
    // Local slots start after the last slot booked in Redis, at a whole
    // number of requests per window: floor(7 × 0.25) = 1 per 70 ms.
    expect(first.waitMs).toBeGreaterThan(0);
    expect(third.at - second.at).toBeCloseTo(70, 6);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Redis unreachable.*25%/);

    await server.start();
    await until(() => !store.degraded);
    expect(warnings[1]).toMatch(/Redis is back/);
    const back = await store.reserve([rate]);
    const next = await store.reserve([rate]);
    // The first shared slot comes after the last slot promised locally, and
    // for a while each booking still keeps to the local share.
    expect(back.at).toBeGreaterThanOrEqual(third.at + 70 - 5);
    expect(next.at - back.at).toBeGreaterThanOrEqual(70 - 5);
    expect(Object.keys(await store.snapshot())).toEqual(['acct']);
    redis.disconnect();
  }, 30_000);

  it('keeps a circuit open in the process while Redis is away', async () => {
    const { redis } = await connectRedis(server.url);
    await until(() => redis.status === 'ready');
    const breaker = new CircuitBreaker({
      store: new FallbackBreakerStore(new RedisBreakerStore(redis, { prefix: 'fb-circuit:' })),
      clock: systemClock,
    });
    await server.stop();
    await until(() => redis.status !== 'ready');
    const record = {
      provider: 'amocrm',
      code: '403',
      status: 403,
      category: 'account_blocked',
      retryable: false,
      title: 'blocked',
      lang: 'en',
      fields: [],
      known: true,
    } as const;
    await breaker.settle('acct', record, false);
    expect(await breaker.admit('acct')).toMatchObject({ go: false, record: { code: '403' } });
    await server.start();
    redis.disconnect();
  }, 30_000);
});
