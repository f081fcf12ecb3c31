// RFC 9110 §10.2.3: Retry-After is an HTTP-date or delay-seconds, a
// non-negative integer. kodex writes delay-seconds, and only for a delay that
// is one: NaN, Infinity, 0, a negative number or a non-number states no delay
// (a 0 would tell a client to hammer the server at once).

/**
 * The longest delay kodex writes: one year, in seconds. A longer one is a
 * unit mistake or a ban, not a retry delay; the cap keeps the header a plain
 * integer (`1e+27` is not delay-seconds) that every client can parse.
 */
export const MAX_RETRY_AFTER_SECONDS = 365 * 24 * 60 * 60;

/**
 * A delay in milliseconds as it may be sent: a finite number above 0, at
 * most {@link MAX_RETRY_AFTER_SECONDS}; `undefined` when it states no delay.
 * @example sendableDelayMs(Number.NaN) // undefined
 */
export function sendableDelayMs(delayMs: unknown): number | undefined {
  if (typeof delayMs !== 'number' || !(delayMs > 0) || !Number.isFinite(delayMs)) return undefined;
  return Math.min(delayMs, MAX_RETRY_AFTER_SECONDS * 1000);
}

/**
 * The `Retry-After` header value for a delay in milliseconds: whole seconds,
 * rounded up, at most a year; `undefined` when there is no delay to state.
 * The one place a delay becomes this header (every dialect's encoder, so
 * `encode()` and every server adapter).
 * @example retryAfterValue(1500) // '2'
 */
export function retryAfterValue(delayMs: unknown): string | undefined {
  const delay = sendableDelayMs(delayMs);
  return delay === undefined ? undefined : String(Math.ceil(delay / 1000));
}
