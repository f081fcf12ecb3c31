import { describe, expect, it } from 'vitest';
import { catalogs } from '../catalogs/index.js';
import { isUnknownProviderError } from '../errors/unknown-provider-error.js';
import { calledProvider, settingsOf } from './settings.js';

describe('the settings of a client', () => {
  it('fill in the documented defaults', () => {
    const settings = settingsOf({ provider: 'unisender' });
    expect(settings).toMatchObject({
      account: 'unisender',
      retry: {
        maxAttempts: 5,
        idempotencyKeyHeader: 'idempotency-key',
        maxRetryAfterMs: 60_000,
        backoff: {},
      },
      timeouts: { attemptMs: 30_000, totalMs: 120_000 },
      hooks: {},
    });
    expect([...settings.retry.methods]).toEqual([
      'GET',
      'PUT',
      'HEAD',
      'DELETE',
      'OPTIONS',
      'TRACE',
    ]);
    expect(settings.limits.rates).toContainEqual({
      limit: 60,
      intervalMs: 60_000,
      method: 'sendEmail',
    });
    expect(settings.limits.methodOf(new URL('https://api.unisender.com/ru/api/sendEmail'))).toBe(
      'sendEmail',
    );
    expect(settings.redis).toBeUndefined();
  });

  it('count retry.limit as retries after the first attempt, and read methods in any case', () => {
    const { retry } = settingsOf({ provider: 'http', retry: { limit: 0, methods: ['post'] } });
    expect(retry.maxAttempts).toBe(1);
    expect([...retry.methods]).toEqual(['POST']);
  });

  it('hold no rate when limits are off', () => {
    expect(settingsOf({ provider: 'amocrm', limits: false }).limits.rates).toEqual([]);
    expect(settingsOf({ provider: 'amocrm', limits: { rates: [] } }).limits.rates).toEqual([]);
  });

  it('take Redis as a URL, a client, or either with settings', () => {
    expect(settingsOf({ provider: 'http', redis: 'redis://redis.invalid' }).redis).toEqual({
      connection: 'redis://redis.invalid',
    });
    // An ioredis client is an instance of a class: never mistaken for settings.
    const client = new (class FakeRedis {
      connection = 'not settings';
    })();
    expect(settingsOf({ provider: 'http', redis: client as never }).redis).toEqual({
      connection: client,
    });
    const given = { connection: 'redis://redis.invalid', prefix: 'p:', fleetShare: 0.5 };
    expect(settingsOf({ provider: 'http', redis: given }).redis).toBe(given);
  });

  it('name a built-in catalog by id, take a catalog given, and suggest the nearest ids for an unknown one', () => {
    expect(calledProvider('google').catalog).toBe(catalogs.google);
    expect(calledProvider(catalogs.dellin).catalog).toBe(catalogs.dellin);
    for (const id of ['goggle', 'toString', '__proto__']) {
      let error: unknown;
      try {
        calledProvider(id);
      } catch (e) {
        error = e;
      }
      expect(isUnknownProviderError(error)).toBe(true);
    }
    expect(() => calledProvider('goggle')).toThrow(/Did you mean google\?/);
  });
});
