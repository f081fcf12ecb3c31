import type { ErrorRecord } from '../../model/record.js';
import { normalizeHeaders } from '../../wire/headers.js';
import { parseRateLimitHeaders } from '../../wire/rate-limit-headers.js';
import type { Clock } from '../clock.js';
import type { RateLimiter } from '../limiter/rate-limiter.js';
import type { ClientHooks } from '../options.js';

/** What the limit step needs besides the limiter. */
export interface LimitContext {
  readonly account: string;
  readonly clock: Clock;
  /** The API method of a URL, for per-method rates. */
  readonly methodOf: (url: URL) => string | undefined;
  /** `retry.maxRetryAfterMs`: a pause past it is held, not sat out. */
  readonly maxRetryAfterMs: number;
  /** Whether a circuit can hold a pause past the cap (there is a breaker). */
  readonly canHold: boolean;
  readonly onRateLimit?: ClientHooks['onRateLimit'];
}

/** The API method of a request's URL; none when `methodOf` cannot tell (or the URL is bad). */
export function apiMethodOf(context: LimitContext, url: string): string | undefined {
  try {
    return context.methodOf(new URL(url));
  } catch {
    return undefined;
  }
}

/**
 * Step 2 of an attempt: waits for the account's slot in every rate that
 * applies to the request. Returns the request's API method.
 */
export async function limit(
  limiter: RateLimiter,
  context: LimitContext,
  url: string,
  signal: AbortSignal | undefined,
): Promise<string | undefined> {
  const method = apiMethodOf(context, url);
  await limiter.acquire(context.account, method, signal);
  return method;
}

/**
 * After the answer: pauses the account's slots when the provider says its
 * window is spent (a rate-limit record, or `X-RateLimit-Remaining: 0`).
 * Returns a pause past `maxRetryAfterMs`: the client will not sit it out, so
 * the circuit holds it, and calls of the account fail fast until it ends.
 */
export async function heedRateLimit(
  limiter: RateLimiter,
  context: LimitContext,
  response: Response,
  record: ErrorRecord | null,
  method: string | undefined,
): Promise<number | undefined> {
  const { account, clock, maxRetryAfterMs } = context;
  let pauseMs = record?.category === 'rate_limited' ? record.retryAfterMs : undefined;
  if (pauseMs === undefined) {
    const info = parseRateLimitHeaders(normalizeHeaders(response.headers), clock.now);
    if (info?.remaining === 0 && info.resetMs !== undefined) pauseMs = info.resetMs;
  }
  if (pauseMs === undefined || pauseMs <= 0) return undefined;
  await limiter.pause(account, method, Math.min(pauseMs, maxRetryAfterMs));
  const held = pauseMs > maxRetryAfterMs && context.canHold && record ? pauseMs : undefined;
  context.onRateLimit?.({
    account,
    pauseMs,
    record: record ?? undefined,
    ...(held ? { heldUntil: clock.now() + held } : {}),
  });
  return held;
}
