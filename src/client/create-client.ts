import { type Span, SpanStatusCode, trace } from '@opentelemetry/api';
import { catalogs } from '../catalogs/index.js';
import { decode } from '../decode/decode.js';
import { ApiError } from '../errors/api-error.js';
import { KodexError } from '../errors/kodex-error.js';
import { UnknownProviderError } from '../errors/unknown-provider-error.js';
import type { ProviderCatalog } from '../model/catalog.js';
import type { ErrorRecord } from '../model/record.js';
import { normalizeHeaders } from '../wire/headers.js';
import { parseRateLimitHeaders } from '../wire/rate-limit-headers.js';
import { redactUrl } from '../wire/redact.js';
import { fullJitter } from './backoff.js';
import { type BreakerStore, MemoryBreakerStore } from './breaker/breaker-store.js';
import { CircuitBreaker } from './breaker/circuit-breaker.js';
import { FallbackBreakerStore } from './breaker/fallback-breaker-store.js';
import { RedisBreakerStore } from './breaker/redis-breaker-store.js';
import { type Clock, systemClock } from './clock.js';
import { FallbackLimiterStore } from './limiter/fallback-store.js';
import { MemoryLimiterStore } from './limiter/memory-store.js';
import { RateLimiter, ratesFromCatalog } from './limiter/rate-limiter.js';
import type { LimiterStore } from './limiter/store.js';
import { macrotask } from './macrotask.js';
import { deliveryOf, redactFailure } from './network-error.js';
import type { ClientOptions } from './options.js';
import { type Decision, decide } from './policy.js';
import { attachRecord } from './record-of.js';
import { connectRedis } from './redis.js';
import { RetryBudget } from './retry-budget.js';

/** A fetch that knows the provider's errors. */
export interface KodexClient {
  /** Same signature as the global `fetch`; rejects with `ApiError` on an error response. */
  readonly fetch: typeof fetch;
  readonly provider: ProviderCatalog;
  /** Closes the circuit of an account by hand (it was unblocked). @default the client's account */
  resetCircuit(account?: string): Promise<void>;
  /** The circuit of an account. */
  circuit(account?: string): ReturnType<CircuitBreaker['state']>;
  /** Lets go of Redis connections the client opened. */
  close(): Promise<void>;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);

/** The last path segment: UniSender's `/ru/api/sendEmail` → `sendEmail`. */
const lastSegment = (url: URL) => url.pathname.split('/').filter(Boolean).pop();

function catalogOf(provider: string | ProviderCatalog): ProviderCatalog {
  if (typeof provider !== 'string') return provider;
  const found = (catalogs as Record<string, ProviderCatalog>)[provider];
  if (!found || !Object.hasOwn(catalogs, provider)) throw new UnknownProviderError(provider, []);
  return found;
}

interface Stores {
  limiter: LimiterStore;
  breaker: BreakerStore;
  close(): Promise<void>;
}

async function openStores(options: ClientOptions, clock: Clock): Promise<Stores> {
  if (!options.redis) {
    return {
      limiter: new MemoryLimiterStore({ clock }),
      breaker: new MemoryBreakerStore(),
      close: async () => {},
    };
  }
  const { redis, owned } = await connectRedis(options.redis);
  const prefix = options.redisPrefix ?? 'kodex:';
  const limiter = new FallbackLimiterStore(redis, {
    prefix: `${prefix}rate:`,
    share: options.fleetShare,
    clock,
    onWarn: options.onWarn,
  });
  return {
    limiter,
    breaker: new FallbackBreakerStore(
      new RedisBreakerStore(redis, { prefix: `${prefix}circuit:` }),
      { away: () => limiter.degraded },
    ),
    close: async () => {
      await limiter.close();
      if (owned) await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** The request as the client resends it: a body it can send again, when it has one. */
interface Prepared {
  url: string;
  method: string;
  headers: Headers;
  body: BodyInit | null | undefined;
  /** A stream body can be sent once only. */
  once: boolean;
  init: RequestInit;
}

async function prepare(input: RequestInfo | URL, init: RequestInit = {}): Promise<Prepared> {
  if (typeof Request !== 'undefined' && input instanceof Request) {
    const body = input.body ? await input.arrayBuffer() : undefined;
    return {
      url: input.url,
      method: (init.method ?? input.method).toUpperCase(),
      headers: new Headers(init.headers ?? input.headers),
      body: init.body ?? body,
      once: init.body instanceof ReadableStream,
      init,
    };
  }
  return {
    url: String(input),
    method: (init.method ?? 'GET').toUpperCase(),
    headers: new Headers(init.headers),
    body: init.body,
    once: typeof ReadableStream !== 'undefined' && init.body instanceof ReadableStream,
    init,
  };
}

/**
 * A fetch-compatible client for one provider that decodes its errors and acts
 * on them: waits out rate limits (and keeps under the documented ones, shared
 * through Redis by a fleet), retries transient failures with jittered backoff
 * under a retry budget, never resends a non-idempotent request that may have
 * been processed, re-authenticates once, stops calling a blocked account, and
 * follows the provider's redirects.
 * @example
 * const amo = createClient({ provider: 'amocrm', redis: 'redis://127.0.0.1:6379', reauthenticate: refreshToken });
 * const res = await amo.fetch('https://example.amocrm.ru/api/v4/leads');
 */
export function createClient(options: ClientOptions): KodexClient {
  const catalog = catalogOf(options.provider);
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const account = options.account ?? catalog.id;
  const baseFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const tracer = options.tracer ?? trace.getTracer('kodex');
  const maxAttempts = options.maxAttempts ?? 5;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const totalTimeoutMs = options.totalTimeoutMs ?? 120_000;
  const attemptTimeoutMs = options.attemptTimeoutMs ?? 30_000;
  const keyHeader = options.idempotencyKeyHeader ?? 'idempotency-key';
  const methodOf = options.methodOf ?? lastSegment;
  const budget = new RetryBudget(clock, options.retryBudget);
  const decodeBodies = catalog.success.signal === 'body-code';

  const stores = openStores(options, clock);
  // Surface a failure to open stores on the first call, not as an unhandled rejection.
  stores.catch(() => {});
  let limiter: RateLimiter | undefined;
  let breaker: CircuitBreaker | undefined;
  const ready = stores.then((s) => {
    limiter = new RateLimiter({
      rates: options.limits === false ? [] : (options.limits ?? ratesFromCatalog(catalog.limits)),
      store: s.limiter,
      clock,
      margin: options.limitMargin,
    });
    breaker =
      options.breaker === false
        ? undefined
        : new CircuitBreaker({
            store: s.breaker,
            clock,
            onBreak: options.onBreak,
            ...(options.breaker ?? {}),
          });
  });

  // Credentials from the reauthenticate hook; a generation counter lets a
  // request that failed with old credentials retry with the new ones without
  // refreshing again, and concurrent failures share one refresh.
  let authHeaders: Headers | undefined;
  let authGeneration = 0;
  let refreshing: Promise<void> | undefined;

  async function reauthenticate(
    record: ErrorRecord,
    url: string,
    usedGeneration: number,
  ): Promise<void> {
    if (usedGeneration < authGeneration) return;
    refreshing ??= (async () => {
      try {
        options.onReauthenticate?.({ record });
        const headers = await options.reauthenticate!({ record, url: redactUrl(url) });
        if (headers) authHeaders = new Headers(headers);
        authGeneration++;
      } finally {
        refreshing = undefined;
      }
    })();
    await refreshing;
  }

  async function readRecord(response: Response): Promise<ErrorRecord | null> {
    if (response.ok && !decodeBodies && response.status !== 202) return null;
    // A success may still carry an error in its body (UniSender, Mobizon):
    // read a copy, so the caller gets the body untouched.
    const source = response.ok ? response.clone() : response;
    return decode(source, { provider: catalog.id, lang: options.lang });
  }

  /**
   * Pauses the account's slots when the provider says its window is spent.
   * Returns a pause past `maxRetryAfterMs`: the client will not sit it out,
   * so the circuit holds it, and calls of the account fail fast until it ends.
   */
  async function adapt(
    response: Response,
    record: ErrorRecord | null,
    method: string | undefined,
  ): Promise<number | undefined> {
    let pauseMs = record?.category === 'rate_limited' ? record.retryAfterMs : undefined;
    if (pauseMs === undefined) {
      const info = parseRateLimitHeaders(normalizeHeaders(response.headers), clock.now);
      if (info?.remaining === 0 && info.resetMs !== undefined) pauseMs = info.resetMs;
    }
    if (pauseMs === undefined || pauseMs <= 0) return undefined;
    await limiter!.pause(account, method, Math.min(pauseMs, maxRetryAfterMs));
    const held = pauseMs > maxRetryAfterMs && breaker && record ? pauseMs : undefined;
    options.onRateLimit?.({
      account,
      pauseMs,
      record: record ?? undefined,
      ...(held ? { heldUntil: clock.now() + held } : {}),
    });
    return held;
  }

  /** The error of a call the circuit turns away. */
  function turnedAway(admission: { record?: ErrorRecord; heldUntil?: number }): KodexError {
    const { record, heldUntil } = admission;
    if (!record) return new KodexError('circuit_open', `Circuit open for ${account}.`);
    const message =
      heldUntil === undefined
        ? `circuit open for ${account}: ${record.provider} ${record.code}`
        : `${record.provider} ${record.code}: retry after ${Math.max(0, Math.ceil(heldUntil - clock.now()))} ms is past the ${maxRetryAfterMs} ms cap`;
    return new ApiError(record, { message });
  }

  async function run(
    input: RequestInfo | URL,
    init: RequestInit | undefined,
    span: Span,
  ): Promise<Response> {
    await ready;
    const request = await prepare(input, init);
    const started = clock.now();
    const resendable = IDEMPOTENT.has(request.method) || request.headers.has(keyHeader);
    const callerSignal = request.init.signal ?? undefined;
    let url = request.url;
    let reauthenticated = false;

    for (let attempt = 1; ; attempt++) {
      callerSignal?.throwIfAborted();
      const admission = breaker
        ? await breaker.admit(account)
        : { go: true as const, probe: false };
      if (!admission.go) {
        // Failing fast must still yield: a caller looping on rejections would
        // otherwise never let its own timers run.
        await macrotask();
        throw turnedAway(admission);
      }
      let method: string | undefined;
      try {
        method = methodOf(new URL(url));
      } catch {
        method = undefined;
      }
      await limiter!.acquire(account, method, callerSignal);
      if (attempt === 1) budget.sent();

      const headers = new Headers(request.headers);
      for (const [name, value] of authHeaders ?? []) headers.set(name, value);
      const generation = authGeneration;
      const timeout = AbortSignal.timeout(
        Math.max(1, Math.min(attemptTimeoutMs, started + totalTimeoutMs - clock.now())),
      );
      const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;

      let response: Response;
      try {
        response = await baseFetch(url, {
          ...request.init,
          method: request.method,
          headers,
          body: request.body,
          signal,
        }).finally(() => limiter!.warmed());
      } catch (error) {
        if (callerSignal?.aborted) throw callerSignal.reason;
        const delivery = deliveryOf(error);
        const mayResend = (delivery === 'not-sent' || resendable) && !request.once;
        const delayMs = fullJitter(attempt, options.backoff, random);
        // What is kept or handed on is a redacted copy: undici quotes the URL.
        const failure = redactFailure(error);
        if (
          !mayResend ||
          attempt >= maxAttempts ||
          clock.now() + delayMs - started > totalTimeoutMs ||
          !budget.tryRetry()
        ) {
          throw new KodexError(
            'network_error',
            `Request to ${redactUrl(url)} failed: ${failure.message}`,
            { cause: failure },
          );
        }
        options.onRetry?.({ attempt, delayMs, reason: `network (${delivery})`, error: failure });
        await clock.sleep(delayMs, callerSignal);
        continue;
      }

      const record = await readRecord(response);
      const heldMs = await adapt(response, record, method);
      if (breaker) await breaker.settle(account, record, admission.probe, heldMs);
      span.setAttribute('http.response.status_code', response.status);
      if (!record) return response;
      span.setAttributes({
        'kodex.provider': record.provider,
        'kodex.code': record.code,
        'kodex.category': record.category,
        'kodex.retryable': record.retryable,
      });

      const decision: Decision = decide(
        {
          record,
          attempt,
          resendable: resendable && !request.once,
          url,
          location: response.headers.get('location') ?? undefined,
          reauthenticated,
          canReauthenticate: Boolean(options.reauthenticate),
          maxRetryAfterMs,
          backoff: options.backoff ?? {},
          random,
        },
        options.policies,
      );

      if (decision.action === 'return') return attachRecord(response, record);
      if (decision.action === 'reject') throw new ApiError(record, { response });
      if (attempt >= maxAttempts)
        throw new ApiError(record, {
          response,
          message: `${record.provider} ${record.code}: gave up after ${attempt} attempts`,
        });
      if (decision.action === 'reauthenticate') {
        await reauthenticate(record, url, generation);
        reauthenticated = true;
        continue;
      }
      if (decision.action === 'redirect') {
        options.onRetry?.({
          attempt,
          delayMs: 0,
          reason: `redirect to ${redactUrl(decision.url)}`,
          record,
        });
        url = decision.url;
        continue;
      }
      // retry
      if (request.once)
        throw new ApiError(record, {
          response,
          message: `${record.provider} ${record.code}: a stream body cannot be resent`,
        });
      if (clock.now() + decision.delayMs - started > totalTimeoutMs)
        throw new ApiError(record, { response });
      if (decision.budgeted && !budget.tryRetry())
        throw new ApiError(record, {
          response,
          message: `${record.provider} ${record.code}: retry budget spent`,
        });
      options.onRetry?.({ attempt, delayMs: decision.delayMs, reason: decision.reason, record });
      // A rate-limit wait is also booked in the limiter (adapt), so every caller waits it out.
      await clock.sleep(decision.delayMs, callerSignal);
    }
  }

  const clientFetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    tracer.startActiveSpan('kodex.fetch', async (span) => {
      span.setAttributes({
        'kodex.provider': catalog.id,
        'http.request.method': (init?.method ?? 'GET').toUpperCase(),
        'url.full': redactUrl(input instanceof Request ? input.url : String(input)),
      });
      try {
        const response = await run(input, init, span);
        span.setStatus({ code: SpanStatusCode.OK });
        return response;
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    })) as typeof fetch;

  return {
    fetch: clientFetch,
    provider: catalog,
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
