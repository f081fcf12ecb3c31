import { describe, expect, it } from 'vitest';
import { rejection } from '../../../test/helpers/rejection.js';
import { TestClock } from '../../../test/helpers/test-clock.js';
import { testRecord } from '../../../test/helpers/test-record.js';
import { isApiError } from '../../errors/api-error.js';
import { isCircuitOpenError } from '../../errors/circuit-open-error.js';
import { type CircuitState, MemoryBreakerStore } from '../breaker/breaker-store.js';
import { CircuitBreaker } from '../breaker/circuit-breaker.js';
import { admit } from './admit.js';

const clock = new TestClock(0);
const context = { account: 'acct', clock, maxRetryAfterMs: 5000 };
const breakerWith = (state: CircuitState) =>
  new CircuitBreaker({ store: new MemoryBreakerStore({ acct: state }), clock });

describe('the admit step', () => {
  it('lets every call go when there is no breaker', async () => {
    expect(await admit(undefined, context)).toEqual({ probe: false });
  });

  it('lets a call go through a closed circuit, and as the probe once the cool-down is over', async () => {
    const breaker = new CircuitBreaker({ store: new MemoryBreakerStore(), clock });
    expect(await admit(breaker, context)).toEqual({ probe: false });
    const cooled = breakerWith({ state: 'open', openUntil: 0, opens: 1 });
    expect(await admit(cooled, context)).toEqual({ probe: true });
  });

  it('turns a call away with a CircuitOpenError when no record says why the circuit is open', async () => {
    const error = await rejection(
      admit(breakerWith({ state: 'open', openUntil: 60_000, opens: 1 }), context),
    );
    expect(isCircuitOpenError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'circuit_open', account: 'acct' });
  });

  it('turns a call away with the record of a blocked account, and says why', async () => {
    const record = testRecord('account_blocked', { provider: 'amocrm', code: '403' });
    const error = await rejection(
      admit(breakerWith({ state: 'open', openUntil: 60_000, opens: 1, record }), context),
    );
    expect(isApiError(error) && error.record).toBe(record);
    expect(error).toMatchObject({
      code: 'api_error',
      message: 'circuit open for acct: amocrm 403',
      reason: 'circuit open for acct',
    });
  });

  it('turns a call away while a Retry-After past the cap lasts, with the wait left as the reason', async () => {
    clock.time = 1000;
    const record = testRecord('rate_limited', { code: '429', retryAfterMs: 20_000 });
    const held = { state: 'open', openUntil: 20_000, opens: 0, record, cause: 'retry-after' };
    const error = await rejection(admit(breakerWith(held as CircuitState), context));
    expect(isApiError(error) && error.reason).toBe('retry after 19000 ms is past the 5000 ms cap');
    expect((error as Error).message).toBe('http 429: retry after 19000 ms is past the 5000 ms cap');
  });
});
