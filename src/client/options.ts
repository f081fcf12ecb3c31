import type { Tracer } from '@opentelemetry/api';
import type { Lang, ProviderCatalog } from '../model/catalog.js';
import type { ProviderPack } from '../model/pack.js';
import type { ErrorRecord } from '../model/record.js';
import type { ProviderSet } from '../packs/provider-set.js';
import type { BackoffOptions } from './backoff.js';
import type { CircuitState } from './breaker/breaker-store.js';
import type { BreakerOptions } from './breaker/circuit-breaker.js';
import type { Clock } from './clock.js';
import type { RateLimitOption } from './limiter/rate-limiter.js';
import type { PolicyOverrides } from './policy.js';
import type { RedisInput } from './redis.js';
import type { RetryBudgetOptions } from './retry-budget.js';

/** What the `reauthenticate` hook gets. */
export interface ReauthContext {
  readonly record: ErrorRecord;
  readonly url: string;
}

/** Events for logging and metrics; every record in them is already redacted. */
export interface ClientHooks {
  /** A call is sent again: after an error answer, a network failure, or to a redirect's target. */
  readonly onRetry?: (e: {
    attempt: number;
    delayMs: number;
    reason: string;
    record?: ErrorRecord;
    error?: unknown;
  }) => void;
  /**
   * A rate-limit answer or header paused the account's slots. A pause past
   * `retry.maxRetryAfterMs` is not sat out: calls of the account are rejected
   * at once until `heldUntil` (the circuit holds it, when there is one).
   */
  readonly onRateLimit?: (e: {
    account: string;
    pauseMs: number;
    record?: ErrorRecord;
    heldUntil?: number;
  }) => void;
  /** The account's circuit opened, half-opened for a probe, or closed. */
  readonly onBreak?: (e: {
    account: string;
    state: CircuitState['state'];
    record?: ErrorRecord;
  }) => void;
  /** The `reauthenticate` hook is about to be called. */
  readonly onReauthenticate?: (e: { record: ErrorRecord }) => void;
  /** Degraded operation (Redis unreachable, and back). @default console.warn */
  readonly onWarn?: (message: string) => void;
}

/** When and how the client sends a call again (as ky's `retry`). */
export interface RetryOptions {
  /**
   * Sends after the first, whatever their cause (a retry, a redirect, new
   * credentials): `limit + 1` attempts in all.
   * @default 4
   */
  readonly limit?: number;
  /**
   * Methods whose requests may be sent again after a failure that may have
   * been processed (a 5xx, a connection broken after sending). Others are
   * resent only with an idempotency key, or when the provider certainly did
   * nothing (a 429, a refused connection). Case-insensitive.
   * @default ['GET', 'PUT', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE']
   */
  readonly methods?: readonly string[];
  /** A request with this header may be resent whatever its method. @default 'idempotency-key' */
  readonly idempotencyKeyHeader?: string;
  /**
   * Longest announced wait (Retry-After, quota reset) the client sits out;
   * past it, it rejects at once, and so does every later call of the account
   * until the announced wait ends (at most the breaker's `maxCooldownMs`).
   * @default 60000
   */
  readonly maxRetryAfterMs?: number;
  /** Backoff between retries that no answer times. @default { baseMs: 200, maxMs: 10000 } */
  readonly backoff?: BackoffOptions;
  /** Cap on retries as a share of recent calls. @default { ratio: 0.2, minPerSecond: 1, windowMs: 10000 } */
  readonly budget?: RetryBudgetOptions;
}

/** The rates the client keeps under. */
export interface LimitOptions {
  /** Rates to hold; `[]` for none. @default the catalog's documented rate limits */
  readonly rates?: readonly RateLimitOption[];
  /** Fraction of each limit kept in reserve against network jitter. @default 0.04 */
  readonly margin?: number;
  /** The API method of a request, for per-method rates. @default the last path segment */
  readonly methodOf?: (url: URL) => string | undefined;
}

/** Redis shared by a fleet of processes calling one account. */
export interface RedisSettings {
  /** A Redis URL (`redis://127.0.0.1:6379/0`), or an ioredis client you own (kodex leaves it open). */
  readonly connection: RedisInput;
  /** Prefix of every key kodex writes. @default 'kodex:' */
  readonly prefix?: string;
  /** Share of each limit one process uses while Redis is unreachable (1/N for N processes). @default 0.25 */
  readonly fleetShare?: number;
}

/** Time budgets of a call. */
export interface TimeoutOptions {
  /** One attempt, from sending to the response's headers. @default 30000 */
  readonly attemptMs?: number;
  /** The whole call: every attempt and every wait between them. @default 120000 */
  readonly totalMs?: number;
}

/** The circuit breaker's timings (the breaker opens on `account_blocked`). */
export type BreakerSettings = Pick<BreakerOptions, 'cooldownMs' | 'maxCooldownMs' | 'probeMs'>;

/** Options of `createClient`. */
export interface ClientOptions {
  /** The provider called: a built-in or registered pack's id, or a catalog (or pack) of your own. */
  readonly provider: string | ProviderCatalog | ProviderPack;
  /**
   * The kodex instance whose providers `provider` is found among and whose
   * dialects decode the answers (`createKodex({ packs })`).
   * @default the module's own: the built-ins and every registered pack
   */
  readonly kodex?: { readonly providers: ProviderSet };
  /** Whose limits and circuit these requests use (one provider account). @default the provider id */
  readonly account?: string;
  /** The underlying fetch. @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** Language of record titles. @default 'en' */
  readonly lang?: Lang;
  /** Retries, resending and backoff. @default {} (every member at its default) */
  readonly retry?: RetryOptions;
  /** Rates to keep under; `false` for none. @default {} (the catalog's rates) */
  readonly limits?: LimitOptions | false;
  /**
   * Redis that makes rate limits and circuit state shared by every process
   * using the same account: a URL or an ioredis client, or those with settings.
   * @default none: state lives in this process
   */
  readonly redis?: RedisInput | RedisSettings;
  /** Time budgets. @default {} (30 s an attempt, 120 s a call) */
  readonly timeouts?: TimeoutOptions;
  /** Circuit breaker for blocked accounts; `false` to disable. @default {} (enabled, default timings) */
  readonly breaker?: BreakerSettings | false;
  /**
   * Called once when the provider says the credentials are bad: return the
   * headers to use from now on (e.g. a refreshed OAuth bearer token).
   * Concurrent calls share one refresh.
   * @default none: `unauthenticated` rejects
   */
  readonly reauthenticate?: (ctx: ReauthContext) => Promise<HeadersInit | undefined>;
  /** Overrides of the decision for a category or a code. @default {} */
  readonly policies?: PolicyOverrides;
  /** Events for logging and metrics. @default {} */
  readonly hooks?: ClientHooks;
  /** @default the system clock */
  readonly clock?: Clock;
  /** @default Math.random */
  readonly random?: () => number;
  /** @default trace.getTracer('kodex') — a no-op unless an OpenTelemetry SDK is installed */
  readonly tracer?: Tracer;
}
