import { type Span, trace } from '@opentelemetry/api';
import { redactUrl } from '../wire/redact.js';
import { CircuitBreaker } from './breaker/circuit-breaker.js';
import { Credentials } from './credentials.js';
import { RateLimiter } from './limiter/rate-limiter.js';
import type { ClientOptions } from './options.js';
import { mayReturnErrors } from './policy.js';
import { RetryBudget } from './retry-budget.js';
import { settingsOf } from './settings.js';
import { admit } from './steps/admit.js';
import { classify } from './steps/classify.js';
import { afterAnswer, afterFailure, type CallState, type Next } from './steps/decide.js';
import { heedRateLimit, type LimitContext, limit } from './steps/limit.js';
import { prepare } from './steps/prepare.js';
import { send } from './steps/send.js';
import { openStores } from './stores.js';
import { traceAnswer, traced } from './tracing.js';

/** A fetch that knows the provider's errors. */
export interface KodexClient {
  /** Same signature as the global `fetch`; rejects with `ApiError` on an error response. */
  readonly fetch: typeof fetch;
  /** The provider's id (`amocrm`, or a catalog of your own's `id`). */
  readonly provider: string;
  /** Closes the circuit of an account by hand (it was unblocked). @default the client's account */
  resetCircuit(account?: string): Promise<void>;
  /** The circuit of an account. */
  circuit(account?: string): ReturnType<CircuitBreaker['state']>;
  /** Lets go of Redis connections the client opened. */
  close(): Promise<void>;
}

/**
 * A fetch-compatible client for one provider that decodes its errors and acts
 * on them: waits out rate limits (and keeps under the documented ones, shared
 * through Redis by a fleet), retries transient failures with jittered backoff
 * under a retry budget, never resends a non-idempotent request that may have
 * been processed, re-authenticates once, stops calling a blocked account, and
 * follows the provider's redirects.
 *
 * Each attempt of a call goes through five steps (`steps/`): admit (the
 * account's circuit), limit (its rates), send (fetch under a timeout),
 * classify (the response's record) and decide (what to do next); the loop
 * here only carries out what decide says.
 * @example
 * const amo = createClient({ provider: 'amocrm', redis: 'redis://127.0.0.1:6379', reauthenticate: refreshToken });
 * const res = await amo.fetch('https://example.amocrm.ru/api/v4/leads');
 */
export function createClient(options: ClientOptions): KodexClient {
  const settings = settingsOf(options);
  const { catalog, account, clock, retry, hooks } = settings;
  const tracer = options.tracer ?? trace.getTracer('kodex');
  const budget = new RetryBudget(clock, retry.budget);
  const credentials = new Credentials(options.reauthenticate, hooks.onReauthenticate);

  const stores = openStores(settings.redis, clock, hooks.onWarn);
  // Surface a failure to open stores on the first call, not as an unhandled rejection.
  stores.catch(() => {});
  const admitting = { account, clock, maxRetryAfterMs: retry.maxRetryAfterMs };
  let limiter: RateLimiter | undefined;
  let breaker: CircuitBreaker | undefined;
  let limiting: LimitContext | undefined;
  const ready = stores.then((s) => {
    limiter = new RateLimiter({
      rates: settings.limits.rates,
      store: s.limiter,
      clock,
      margin: settings.limits.margin,
    });
    breaker =
      options.breaker === false
        ? undefined
        : new CircuitBreaker({
            store: s.breaker,
            clock,
            onBreak: hooks.onBreak,
            ...options.breaker,
          });
    limiting = {
      ...admitting,
      methodOf: settings.limits.methodOf,
      canHold: breaker !== undefined,
      onRateLimit: hooks.onRateLimit,
    };
  });
  // A request sent on a cold transport holds the limiter until it is answered.
  const fetchOnce: typeof fetch = (input, init) =>
    settings.fetch(input, init).finally(() => limiter!.warmed());

  const keepErrorBody = mayReturnErrors(options.policies);
  const deciding = {
    catalog,
    providers: settings.providers,
    retry,
    timeouts: settings.timeouts,
    budget,
    random: settings.random,
    canReauthenticate: credentials.refreshable,
    policies: options.policies,
  };

  async function run(input: RequestInfo | URL, init: RequestInit | undefined, span: Span) {
    await ready;
    const request = await prepare(input, init);
    const started = clock.now();
    const { signal } = request;
    let url = request.url;
    let reauthenticated = false;

    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      const { probe } = await admit(breaker, admitting);
      const method = await limit(limiter!, limiting!, url, signal);
      if (attempt === 1) budget.sent();
      const generation = credentials.generation;
      const sent = await send(fetchOnce, request, {
        url,
        headers: credentials.apply(request.headers),
        timeoutMs: Math.min(
          settings.timeouts.attemptMs,
          started + settings.timeouts.totalMs - clock.now(),
        ),
      });

      const state = (): CallState => ({ attempt, started, now: clock.now(), url, reauthenticated });
      let next: Next;
      if ('failure' in sent) {
        next = afterFailure(sent, request, state(), deciding);
      } else {
        const { response } = sent;
        const record = await classify(response, catalog, {
          lang: options.lang,
          url,
          providers: settings.providers,
          keepErrorBody,
        });
        const heldMs = await heedRateLimit(limiter!, limiting!, response, record, method);
        if (breaker) await breaker.settle(account, record, probe, heldMs);
        traceAnswer(span, response, record);
        if (!record) return response;
        next = afterAnswer(response, record, request, state(), deciding);
      }

      switch (next.action) {
        case 'return':
          return next.response;
        case 'fail':
          throw next.error;
        case 'reauthenticate':
          await credentials.refresh(next.record, url, generation);
          reauthenticated = true;
          break;
        case 'redirect':
          hooks.onRetry?.({
            attempt,
            delayMs: 0,
            reason: `redirect to ${redactUrl(next.url)}`,
            record: next.record,
          });
          url = next.url;
          break;
        case 'retry': {
          const { delayMs, reason, record, error } = next;
          hooks.onRetry?.({ attempt, delayMs, reason, ...(record ? { record } : { error }) });
          // A rate-limit wait is also booked in the limiter (heedRateLimit), so every caller waits it out.
          await clock.sleep(delayMs, signal);
        }
      }
    }
  }

  return {
    fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
      traced(tracer, catalog.id, input, init, (span) => run(input, init, span))) as typeof fetch,
    provider: catalog.id,
    async resetCircuit(which = account) {
      await ready;
      await breaker?.reset(which);
    },
    async circuit(which = account) {
      await ready;
      return breaker ? breaker.state(which) : { state: 'closed', openUntil: 0, opens: 0 };
    },
    async close() {
      await (await stores).close();
    },
  };
}
