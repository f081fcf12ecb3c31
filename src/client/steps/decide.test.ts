import { describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/test-clock.js';
import { testRecord } from '../../../test/helpers/test-record.js';
import { isApiError } from '../../errors/api-error.js';
import { isNetworkError } from '../../errors/network-error.js';
import { isTimeoutError } from '../../errors/timeout-error.js';
import type { Category } from '../../model/categories.js';
import type { ErrorRecord } from '../../model/record.js';
import { recordOf } from '../record-of.js';
import { RetryBudget } from '../retry-budget.js';
import { settingsOf } from '../settings.js';
import { afterAnswer, afterFailure, type CallState, type DecideContext } from './decide.js';
import { type Prepared, prepare } from './prepare.js';

const url = 'https://api.example.com/x';
const call: CallState = { attempt: 1, started: 0, now: 0, url, reauthenticated: false };

function contextOf(over: Partial<DecideContext> = {}): DecideContext {
  const { catalog, providers, retry, timeouts } = settingsOf({ provider: 'http' });
  return {
    catalog,
    providers,
    retry,
    timeouts,
    budget: new RetryBudget(new TestClock(0)),
    random: () => 0.5,
    canReauthenticate: false,
    ...over,
  };
}

const get = () => prepare(url);
const post = () => prepare(url, { method: 'POST', body: '{}' });

function answer(
  category: Category,
  request: Prepared,
  extra: Partial<ErrorRecord> = {},
  state: Partial<CallState> = {},
  context = contextOf(),
) {
  return afterAnswer(
    new Response(null, { status: 500 }),
    testRecord(category, extra),
    request,
    { ...call, ...state },
    context,
  );
}

const failure = (delivery: 'not-sent' | 'maybe-processed', timedOut = false) => ({
  failure: new Error('fetch failed'),
  delivery,
  timedOut,
});

describe('the decide step after an error answer', () => {
  it('retries a transient error of a GET with backoff', async () => {
    expect(answer('unavailable', await get())).toMatchObject({
      action: 'retry',
      delayMs: 100,
      reason: 'unavailable',
    });
  });

  it('rejects with the policy’s reason on the error', async () => {
    const next = answer('rate_limited', await get(), { retryAfterMs: 600_000 });
    expect(next.action).toBe('fail');
    const error = next.action === 'fail' ? next.error : undefined;
    expect(isApiError(error) && error.reason).toBe(
      'rate limited: retry after 600000 ms is past the 60000 ms cap',
    );
    expect(isApiError(error) && error.message).toMatch(/^http c \(HTTP 500/);
  });

  it('does not resend a POST that may have been processed, unless retry.methods lists POST', async () => {
    expect(answer('internal', await post())).toMatchObject({ action: 'fail' });
    const { retry } = settingsOf({ provider: 'http', retry: { methods: ['post'] } });
    expect(answer('internal', await post(), {}, {}, contextOf({ retry }))).toMatchObject({
      action: 'retry',
    });
  });

  it('gives up after the last attempt, the retry budget, a stream body or the call’s time, saying which', async () => {
    const reasonOf = (next: ReturnType<typeof answer>) =>
      next.action === 'fail' && isApiError(next.error) ? next.error.reason : next.action;
    expect(reasonOf(answer('unavailable', await get(), {}, { attempt: 5 }))).toBe(
      'gave up after 5 attempts',
    );
    const spent = contextOf({ budget: { tryRetry: () => false } as unknown as RetryBudget });
    expect(reasonOf(answer('unavailable', await get(), {}, {}, spent))).toBe('retry budget spent');
    const stream = { ...(await get()), once: true };
    // A 429 may be resent whatever the method, but not with a body that is spent.
    expect(reasonOf(answer('rate_limited', stream, { retryAfterMs: 1000 }))).toBe(
      'a stream body cannot be resent',
    );
    expect(reasonOf(answer('unavailable', await get(), {}, { now: 120_000 }))).toMatch(
      /^unavailable: a wait of 100 ms is past the call's time$/,
    );
  });

  it('returns a partial answer with its record, and hands on re-authentication and redirects', async () => {
    const next = answer('partial', await get());
    expect(next.action === 'return' && recordOf(next.response)?.category).toBe('partial');
    const refreshable = contextOf({ canReauthenticate: true });
    expect(answer('unauthenticated', await get(), {}, {}, refreshable).action).toBe(
      'reauthenticate',
    );
    expect(
      answer('redirect', await get(), {
        provider: 'mobizon',
        params: { domain: 'api.mobizon.kz' },
      }),
    ).toMatchObject({ action: 'redirect', url: 'https://api.mobizon.kz/x' });
    // The hosts are those of the provider that answered, from its catalog.
    expect(
      answer('redirect', await get(), { provider: 'http', params: { domain: 'api.mobizon.kz' } }),
    ).toMatchObject({ action: 'fail' });
  });
});

describe('the decide step after a network failure', () => {
  it('resends a request that was not sent, whatever its method', async () => {
    expect(afterFailure(failure('not-sent'), await post(), call, contextOf())).toMatchObject({
      action: 'retry',
      delayMs: 100,
      reason: 'network (not-sent)',
    });
  });

  it('fails a POST that may have been processed with a NetworkError', async () => {
    const next = afterFailure(failure('maybe-processed'), await post(), call, contextOf());
    const error = next.action === 'fail' ? next.error : undefined;
    expect(isNetworkError(error) && !isTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'network_error',
      message: `Request to ${url} failed: fetch failed`,
    });
  });

  it('fails a timed-out attempt with a TimeoutError, still a network_error', async () => {
    const next = afterFailure(
      failure('maybe-processed', true),
      await get(),
      { ...call, attempt: 5 },
      contextOf(),
    );
    const error = next.action === 'fail' ? next.error : undefined;
    expect(isTimeoutError(error) && isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'network_error', name: 'TimeoutError' });
  });
});
