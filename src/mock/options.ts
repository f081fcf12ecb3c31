import { KodexError } from '../errors/kodex-error.js';
import { defaultLookup } from '../lookup/index.js';
import type { Lang, Limit } from '../model/catalog.js';
import type { Rate } from '../model/rate.js';
import { DEFAULT_MAX_BODY_BYTES } from '../wire/response-view.js';
import { checkFault, type FaultSpec, parseFault } from './parse-fault.js';
import { checkRate, parseRate } from './parse-rate.js';

/** Options of `createMockServer`. */
export interface MockOptions {
  /** The catalog id of the provider to emulate; answers are in its dialect. */
  provider: string;
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
  /** Port to bind; 0 picks a free one. @default 0 */
  port?: number;
  /**
   * Rate enforced per account, as an object or `7/s`, `1200/min`, `100/h`;
   * `'off'` for none. @default the provider's documented rate limit (its
   * catalog `limits`; the strictest account-wide one), none when it documents none
   */
  rate?: Rate | string | 'off';
  /** Rate violations within {@link MockOptions.banWindowMs} that get the account banned. @default never banned */
  banAfter?: number;
  /** How long a ban lasts, in milliseconds. @default 60000 */
  banMs?: number;
  /** The window over which violations are counted towards a ban, in milliseconds. @default 60000 */
  banWindowMs?: number;
  /** Random faults, as an object or `5xx=0.1,reset=0.05,latency=50ms`. @default none */
  fault?: { error5xx?: number; reset?: number; latencyMs?: number } | string;
  /** Seed of the fault generator: the same seed gives the same faults in the same order. @default random */
  seed?: number;
  /** Clock of the rate windows and bans, for tests. @default Date.now */
  now?: () => number;
  /**
   * Language of the titles and messages in error bodies, where the path does
   * not choose one (UniSender `/en/api`). @default the provider's own (Google
   * writes English), else 'ru'
   */
  lang?: Lang;
  /** Largest request body accepted; larger ones get the provider's 413. @default 1048576 */
  maxBodyBytes?: number;
  /** Called once per answered or dropped request (the CLI's `--verbose` log). @default none */
  onRequest?: (entry: MockLogEntry) => void;
}

/** One request as the emulator's log tells it. */
export interface MockLogEntry {
  readonly method: string;
  /** The path, without the query (which may carry a key). */
  readonly path: string;
  /** The status answered; 0 for a connection reset. */
  readonly status: number;
  /**
   * What it answered with, and the provider's code of the answer: `success`,
   * `error 110` (asked for), `status 418`, `rate 429`, `ban 403`,
   * `fault retry_later`, `too_large 413`, `reset`.
   */
  readonly answer: string;
  /** The API surface that answered (amoCRM `api-v4`, Mobizon `xml`, …). */
  readonly surface: string;
  /** Requests in the account's rate window after this one, and its limit; absent without a rate. */
  readonly window?: { readonly used: number; readonly limit: number };
  /** The account is banned. */
  readonly banned: boolean;
}

/** {@link MockOptions} checked, parsed and with defaults filled. */
export interface MockConfig {
  readonly provider: string;
  readonly host: string;
  readonly port: number;
  readonly rate: Rate | undefined;
  readonly banAfter: number | undefined;
  readonly banMs: number;
  readonly banWindowMs: number;
  readonly fault: FaultSpec;
  readonly seed: number;
  readonly now: () => number;
  /** Undefined when not given: each provider's own language. */
  readonly lang: Lang | undefined;
  readonly maxBodyBytes: number;
  readonly onRequest: ((entry: MockLogEntry) => void) | undefined;
}

/** The `rate` that turns the emulator's rate limit off. */
export const RATE_OFF = 'off';

/**
 * The rate the provider documents for a whole account (key, IP): the
 * strictest when it documents several; per-method limits (UniSender's
 * sendEmail) are not the account's, so they are left out.
 */
function documentedRate(limits: readonly Limit[]): Rate | undefined {
  let strictest: Rate | undefined;
  for (const l of limits) {
    if (l.kind !== 'rate' || l.scope === 'method') continue;
    const rate = { limit: l.limit, intervalMs: l.intervalMs };
    if (!strictest || rate.limit / rate.intervalMs < strictest.limit / strictest.intervalMs)
      strictest = rate;
  }
  return strictest;
}

function invalid(message: string): KodexError {
  return new KodexError('invalid_option', message);
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw invalid(`${name} must be a positive number.`);
  return value;
}

/**
 * Checks the options and fills the defaults; throws `UnknownProviderError`
 * for an unknown provider and a `KodexError` for any other bad option.
 */
export function resolveMockOptions(options: MockOptions): MockConfig {
  // Throws UnknownProviderError with the nearest ids.
  const provider = defaultLookup().catalog(options.provider).id;
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw invalid('port must be an integer from 0 to 65535.');
  }
  const banAfter = options.banAfter;
  if (banAfter !== undefined && (!Number.isSafeInteger(banAfter) || banAfter < 1)) {
    throw invalid('banAfter must be a positive integer.');
  }
  const rate =
    options.rate === undefined
      ? documentedRate(defaultLookup().catalog(provider).limits)
      : options.rate === RATE_OFF
        ? undefined
        : typeof options.rate === 'string'
          ? parseRate(options.rate)
          : checkRate(options.rate);
  const fault =
    typeof options.fault === 'string' ? parseFault(options.fault) : checkFault(options.fault ?? {});
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 32);
  if (!Number.isFinite(seed)) throw invalid('seed must be a number.');
  const lang = options.lang;
  if (lang !== undefined && lang !== 'ru' && lang !== 'en') throw invalid('lang must be ru or en.');
  return {
    provider,
    host: options.host ?? '127.0.0.1',
    port,
    rate,
    banAfter,
    banMs: positive('banMs', options.banMs, 60_000),
    banWindowMs: positive('banWindowMs', options.banWindowMs, 60_000),
    fault,
    seed,
    now: options.now ?? Date.now,
    lang,
    maxBodyBytes: positive('maxBodyBytes', options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES),
    onRequest: options.onRequest,
  };
}
