import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { TestClock } from '../../../test/helpers/test-clock.js';
import type { ErrorRecord } from '../../model/record.js';
import { type BreakerStore, MemoryBreakerStore } from './breaker-store.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { RedisBreakerStore } from './redis-breaker-store.js';

const blocked: ErrorRecord = {
  provider: 'amocrm',
  code: '403',
  status: 403,
  category: 'account_blocked',
  retryable: false,
  title: 'Account blocked',
  lang: 'en',
  fields: [],
  known: true,
};

const redis = new Redis(inject('redisUrl'));
afterAll(async () => {
  const keys = await redis.keys(`kodex-test-circuit:${process.pid}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

const stores: [string, () => BreakerStore][] = [
  ['memory', () => new MemoryBreakerStore()],
  [
    'redis',
    () =>
      new RedisBreakerStore(redis, {
        prefix: `kodex-test-circuit:${process.pid}:${Math.random()}:`,
      }),
  ],
];

describe.each(stores)('the circuit breaker on a %s store', (_name, makeStore) => {
  it('opens on a blocked account, fails fast with the record, probes after the cool-down, closes on success', async () => {
    const clock = new TestClock(0);
    const events: string[] = [];
    const breaker = new CircuitBreaker({
      store: makeStore(),
      clock,
      cooldownMs: 1000,
      onBreak: (e) => events.push(e.state),
    });
    expect(await breaker.admit('acct')).toEqual({ go: true, probe: false });
    await breaker.settle('acct', blocked, false);
    expect(await breaker.admit('acct')).toEqual({ go: false, record: blocked });
    clock.time = 1000;
    expect(await breaker.admit('acct')).toEqual({ go: true, probe: true });
    // Only one probe at a time.
    expect((await breaker.admit('acct')).go).toBe(false);
    await breaker.settle('acct', null, true);
    expect(await breaker.admit('acct')).toEqual({ go: true, probe: false });
    expect(events).toEqual(['open', 'half-open', 'closed']);
  });

  it('doubles the cool-down when the probe finds the account still blocked', async () => {
    const clock = new TestClock(0);
    const breaker = new CircuitBreaker({ store: makeStore(), clock, cooldownMs: 1000 });
    await breaker.settle('acct', blocked, false);
    clock.time = 1000;
    expect((await breaker.admit('acct')).go).toBe(true);
    await breaker.settle('acct', blocked, true);
    expect(await breaker.state('acct')).toMatchObject({ state: 'open', openUntil: 3000, opens: 2 });
  });

  it('uses the Retry-After of the blocking answer as the cool-down', async () => {
    const clock = new TestClock(0);
    const breaker = new CircuitBreaker({ store: makeStore(), clock });
    await breaker.settle('acct', { ...blocked, retryAfterMs: 7000 }, false);
    expect((await breaker.state('acct')).openUntil).toBe(7000);
  });

  it('lets the caller reset a circuit', async () => {
    const breaker = new CircuitBreaker({ store: makeStore(), clock: new TestClock(0) });
    await breaker.settle('acct', blocked, false);
    await breaker.reset('acct');
    expect(await breaker.admit('acct')).toEqual({ go: true, probe: false });
  });

  it('gives the probe to exactly one of many concurrent callers', async () => {
    const clock = new TestClock(0);
    const store = makeStore();
    const breakers = Array.from(
      { length: 10 },
      () => new CircuitBreaker({ store, clock, cooldownMs: 10 }),
    );
    await breakers[0]!.settle('acct', blocked, false);
    clock.time = 10;
    const admissions = await Promise.all(breakers.map((b) => b.admit('acct')));
    expect(admissions.filter((a) => a.go)).toHaveLength(1);
  });
});

describe('circuit state', () => {
  it('serializes and restores', async () => {
    const clock = new TestClock(0);
    const store = new MemoryBreakerStore();
    await new CircuitBreaker({ store, clock }).settle('acct', blocked, false);
    const restored = new MemoryBreakerStore(JSON.parse(JSON.stringify(store.snapshot())));
    expect(await new CircuitBreaker({ store: restored, clock }).admit('acct')).toEqual({
      go: false,
      record: blocked,
    });
  });
});
