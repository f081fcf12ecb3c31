import { catalogs } from '../catalogs/index.js';
import { UnknownProviderError } from '../errors/unknown-provider-error.js';
import type { ProviderCatalog } from '../model/catalog.js';
import { nearest } from '../model/nearest.js';
import type { BackoffOptions } from './backoff.js';
import { type Clock, systemClock } from './clock.js';
import { type RateLimitOption, ratesFromCatalog } from './limiter/rate-limiter.js';
import type {
  ClientHooks,
  ClientOptions,
  LimitOptions,
  RedisSettings,
  RetryOptions,
} from './options.js';
import type { RetryBudgetOptions } from './retry-budget.js';

// ClientOptions with every default in place: the one place the defaults the
// options' TSDoc promises are applied, and what the steps read.

/** `retry` with its defaults. */
export interface RetrySettings {
  readonly maxAttempts: number;
  /** Upper case. */
  readonly methods: ReadonlySet<string>;
  readonly idempotencyKeyHeader: string;
  readonly maxRetryAfterMs: number;
  readonly backoff: BackoffOptions;
  readonly budget?: RetryBudgetOptions;
}

/** `limits` with its defaults (no rates when `false`). */
export interface LimitSettings {
  readonly rates: readonly RateLimitOption[];
  readonly margin?: number;
  readonly methodOf: (url: URL) => string | undefined;
}

/** `timeouts` with its defaults. */
export interface TimeoutSettings {
  readonly attemptMs: number;
  readonly totalMs: number;
}

/** What `createClient` works with. */
export interface Settings {
  readonly catalog: ProviderCatalog;
  readonly account: string;
  readonly fetch: typeof fetch;
  readonly clock: Clock;
  readonly random: () => number;
  readonly retry: RetrySettings;
  readonly limits: LimitSettings;
  readonly timeouts: TimeoutSettings;
  readonly redis?: RedisSettings;
  readonly hooks: ClientHooks;
}

// RFC 9110 §9.2.2: methods whose repetition has the effect of one request.
const IDEMPOTENT = ['GET', 'PUT', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE'];

/** The last path segment: UniSender's `/ru/api/sendEmail` → `sendEmail`. */
const lastSegment = (url: URL) => url.pathname.split('/').filter(Boolean).pop();

/** The catalog of a provider: a built-in id, with the nearest ids when unknown, or a catalog given. */
export function catalogOf(provider: string | ProviderCatalog): ProviderCatalog {
  if (typeof provider !== 'string') return provider;
  if (!Object.hasOwn(catalogs, provider))
    throw new UnknownProviderError(provider, nearest(Object.keys(catalogs), provider, 3));
  return (catalogs as Record<string, ProviderCatalog>)[provider]!;
}

function retrySettings(retry: RetryOptions = {}): RetrySettings {
  return {
    maxAttempts: (retry.limit ?? 4) + 1,
    methods: new Set((retry.methods ?? IDEMPOTENT).map((m) => m.toUpperCase())),
    idempotencyKeyHeader: retry.idempotencyKeyHeader ?? 'idempotency-key',
    maxRetryAfterMs: retry.maxRetryAfterMs ?? 60_000,
    backoff: retry.backoff ?? {},
    budget: retry.budget,
  };
}

function limitSettings(limits: LimitOptions | false = {}, catalog: ProviderCatalog): LimitSettings {
  if (limits === false) return { rates: [], methodOf: lastSegment };
  return {
    rates: limits.rates ?? ratesFromCatalog(catalog.limits),
    margin: limits.margin,
    methodOf: limits.methodOf ?? lastSegment,
  };
}

/** A Redis URL or client alone, or with settings: told apart by the settings' `connection`. */
function redisSettings(redis: ClientOptions['redis']): RedisSettings | undefined {
  if (!redis) return undefined;
  if (
    typeof redis === 'object' &&
    'connection' in redis &&
    Object.getPrototypeOf(redis) === Object.prototype
  )
    return redis as RedisSettings;
  return { connection: redis as RedisSettings['connection'] };
}

/** The settings of a client; throws `UnknownProviderError` for an unknown provider id. */
export function settingsOf(options: ClientOptions): Settings {
  const catalog = catalogOf(options.provider);
  return {
    catalog,
    account: options.account ?? catalog.id,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    clock: options.clock ?? systemClock,
    random: options.random ?? Math.random,
    retry: retrySettings(options.retry),
    limits: limitSettings(options.limits, catalog),
    timeouts: {
      attemptMs: options.timeouts?.attemptMs ?? 30_000,
      totalMs: options.timeouts?.totalMs ?? 120_000,
    },
    redis: redisSettings(options.redis),
    hooks: options.hooks ?? {},
  };
}
