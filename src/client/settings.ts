import { UnknownProviderError } from '../errors/unknown-provider-error.js';
import type { ProviderCatalog } from '../model/catalog.js';
import { nearest } from '../model/nearest.js';
import type { ProviderPack } from '../model/pack.js';
import { PROVIDER_IDS, type ProviderId } from '../model/providers.js';
import { defaultProviders, type ProviderSet } from '../packs/provider-set.js';
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
  /** The providers records are decoded among: the catalog's own is one of them. */
  readonly providers: ProviderSet;
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

/** A provider's catalog and the set it is decoded in. */
interface Called {
  readonly catalog: ProviderCatalog;
  readonly providers: ProviderSet;
}

/**
 * The catalog of a provider and the providers it is decoded among: an id
 * the set knows (with the nearest ids when it does not), or a catalog given,
 * added to the set as a pack when the set does not hold it already.
 */
export function calledProvider(
  provider: string | ProviderCatalog | ProviderPack,
  providers: ProviderSet = defaultProviders(),
): Called {
  if (typeof provider === 'string') {
    const catalog = providers.catalog(provider);
    if (catalog) return { catalog, providers };
    const ids = providers.catalogs.map((c) => c.id);
    throw new UnknownProviderError(provider, nearest(ids, provider, 3));
  }
  const known = providers.catalog(provider.id);
  if (known === provider) return { catalog: known, providers };
  // A built-in's catalog with changes of the caller's (its hosts, its limits):
  // the client follows it, and the built-in's dialect reads the answers.
  if (PROVIDER_IDS.includes(provider.id as ProviderId))
    return { catalog: provider as ProviderCatalog, providers };
  // Any other catalog is a pack of its own, checked as one.
  const extended = providers.with(provider, `the client's provider "${provider.id}"`);
  return { catalog: extended.catalog(provider.id)!, providers: extended };
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
  const { catalog, providers } = calledProvider(options.provider, options.kodex?.providers);
  return {
    catalog,
    providers,
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
