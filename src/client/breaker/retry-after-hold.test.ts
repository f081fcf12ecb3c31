import { describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/test-clock.js';
import { testRecord } from '../../../test/helpers/test-record.js';
import type { ErrorRecord } from '../../model/record.js';
import { MemoryBreakerStore } from './breaker-store.js';
import { CircuitBreaker } from './circuit-breaker.js';

const limited: ErrorRecord = testRecord('rate_limited', {
  code: '429',
  status: 429,
  title: 'Too Many Requests',
});

describe('a circuit holding a Retry-After past the cap', () => {
  it('fails fast with the record until the pause ends, then lets a probe through, without counting an opening', async () => {
    const clock = new TestClock(0);
    const breaker = new CircuitBreaker({ store: new MemoryBreakerStore(), clock });
    await breaker.settle('acct', limited, false, 20_000);
    expect(await breaker.admit('acct')).toEqual({ go: false, record: limited, heldUntil: 20_000 });
    clock.time = 20_000;
    expect(await breaker.admit('acct')).toEqual({ go: true, probe: true });
    await breaker.settle('acct', null, true);
    expect(await breaker.state('acct')).toMatchObject({ state: 'closed', opens: 0 });
  });

  it('holds no longer than the longest cool-down', async () => {
    const clock = new TestClock(0);
    const breaker = new CircuitBreaker({
      store: new MemoryBreakerStore(),
      clock,
      maxCooldownMs: 3_600_000,
    });
    await breaker.settle('acct', limited, false, 999_999_999_000);
    expect((await breaker.state('acct')).openUntil).toBe(3_600_000);
  });
});
