import type { Tracer } from '@opentelemetry/api';
import type { Lang, ProviderCatalog } from '../model/catalog.js';
import type { ErrorRecord } from '../model/record.js';
import type { BackoffOptions } from './backoff.js';
import type { CircuitState } from './breaker/breaker-store.js';
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
  readonly onRetry?: (e: {
    attempt: number;
    delayMs: number;
    reason: string;
    record?: ErrorRecord;
    error?: unknown;
  }) => void;
  /**
   * A rate-limit answer or header paused the account's slots. A pause past
   * `maxRetryAfterMs` is not sat out: calls of the account are rejected at
   * once until `heldUntil` (the circuit holds it, when there is one).
   */
  readonly onRateLimit?: (e: {
    account: string;
    pauseMs: number;
    record?: ErrorRecord;
    heldUntil?: number;
  }) => void;
  readonly onBreak?: (e: {
    account: string;
    state: CircuitState['state'];
    record?: ErrorRecord;
  }) => void;
  readonly onReauthenticate?: (e: { record: ErrorRecord }) => void;
  /** Degraded operation (Redis unreachable, and back). */
  readonly onWarn?: (message: string) => void;
}

/** Options of `createClient`. */
export interface ClientOptions extends ClientHooks {
  /** The provider called: a built-in catalog id, or a catalog of your own. */
  readonly provider: string | ProviderCatalog;
  /** Whose limits and circuit these requests use (one provider account). @default the provider id */
  readonly account?: string;
  /**
   * Redis URL or ioredis client: rate limits and circuit state are then
   * shared by every process using the same account.
   */
  readonly redis?: RedisInput;
  /** @default 'kodex:' */
  readonly redisPrefix?: string;
  /** Share of each limit one process uses while Redis is unreachable (1/N for N processes). @default 0.25 */
  readonly fleetShare?: number;
  /** Rates to hold; `false` for none. @default the catalog's documented rate limits */
  readonly limits?: readonly RateLimitOption[] | false;
  /** Fraction of each limit kept in reserve against network jitter. @default 0.04 */
  readonly limitMargin?: number;
  /** The API method of a request, for per-method limits. @default the last path segment */
  readonly methodOf?: (url: URL) => string | undefined;
  /** The underlying fetch. @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** Attempts in all, the first included. @default 5 */
  readonly maxAttempts?: number;
  /**
   * Longest announced wait (Retry-After, quota reset) the client sits out;
   * past it, it rejects at once, and so does every later call of the account
   * until the announced wait ends (at most the breaker's `maxCooldownMs`).
   * @default 60000
   */
  readonly maxRetryAfterMs?: number;
  /** Time budget of one call, all attempts and waits included. @default 120000 */
  readonly totalTimeoutMs?: number;
  /** Time budget of one attempt. @default 30000 */
  readonly attemptTimeoutMs?: number;
  readonly backoff?: BackoffOptions;
  readonly retryBudget?: RetryBudgetOptions;
  /** A request with this header may be resent even if it may have been processed. @default 'idempotency-key' */
  readonly idempotencyKeyHeader?: string;
  /**
   * Called once when the provider says the credentials are bad: return the
   * headers to use from now on (e.g. a refreshed OAuth bearer token).
   * Concurrent calls share one refresh.
   */
  readonly reauthenticate?: (ctx: ReauthContext) => Promise<HeadersInit | undefined>;
  /** Circuit breaker for blocked accounts; `false` to disable. */
  readonly breaker?: false | { cooldownMs?: number; maxCooldownMs?: number; probeMs?: number };
  readonly policies?: PolicyOverrides;
  /** Language of record titles. @default 'en' */
  readonly lang?: Lang;
  /** @default the system clock */
  readonly clock?: Clock;
  /** @default Math.random */
  readonly random?: () => number;
  /** @default trace.getTracer('kodex') — a no-op unless an OpenTelemetry SDK is installed */
  readonly tracer?: Tracer;
}
