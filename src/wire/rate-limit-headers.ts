import type { HeaderMap } from './headers.js';

/** What a response's rate-limit headers say, as far as they say it. */
export interface RateLimitInfo {
  readonly limit?: number;
  readonly remaining?: number;
  /** Milliseconds until the window resets. */
  readonly resetMs?: number;
  /** Window length in milliseconds (IETF `RateLimit-Policy` `w`). */
  readonly windowMs?: number;
}

// Reset values above these are absolute times, not delays (X-RateLimit-Reset
// is epoch seconds at GitHub and Telphin-style APIs, epoch ms at a few).
const EPOCH_SECONDS = 1_000_000_000;
const EPOCH_MS = 1_000_000_000_000;

function number(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** A clock reading, or a clock read only when needed (decoding rarely needs it). */
export type Now = number | (() => number);

const read = (now: Now): number => (typeof now === 'function' ? now() : now);

/** Seconds-or-epoch reset value → milliseconds from `now`. */
function resetToMs(value: number | undefined, now: Now): number | undefined {
  if (value === undefined) return undefined;
  if (value >= EPOCH_MS) return Math.max(0, value - read(now));
  if (value >= EPOCH_SECONDS) return Math.max(0, value * 1000 - read(now));
  return value * 1000;
}

/** `key=value` parameters of a structured header item (`"default";r=0;t=30` or `limit=10, remaining=0`). */
function params(value: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of value.split(/[;,]/)) {
    const eq = part.indexOf('=');
    if (eq > 0)
      out.set(
        part.slice(0, eq).trim().toLowerCase(),
        part
          .slice(eq + 1)
          .trim()
          .replace(/^"|"$/g, ''),
      );
  }
  return out;
}

/**
 * Reads `RateLimit` / `RateLimit-Policy` (IETF draft, both the older
 * `limit=, remaining=, reset=` and the newer `r=, t=` forms),
 * `RateLimit-Limit|Remaining|Reset`, and `X-RateLimit-*`.
 */
export function parseRateLimitHeaders(
  headers: HeaderMap,
  now: Now = Date.now,
): RateLimitInfo | undefined {
  let limit: number | undefined;
  let remaining: number | undefined;
  let reset: number | undefined;
  let windowMs: number | undefined;

  const combined = headers.ratelimit;
  if (combined) {
    const p = params(combined);
    limit = number(p.get('limit') ?? p.get('q'));
    remaining = number(p.get('remaining') ?? p.get('r'));
    reset = number(p.get('reset') ?? p.get('t'));
  }
  const policy = headers['ratelimit-policy'];
  if (policy) {
    const p = params(policy);
    limit ??= number(p.get('q'));
    const w = number(p.get('w'));
    if (w !== undefined) windowMs = w * 1000;
  }
  limit ??= number(headers['ratelimit-limit'] ?? headers['x-ratelimit-limit']);
  remaining ??= number(headers['ratelimit-remaining'] ?? headers['x-ratelimit-remaining']);
  const resetMs =
    reset !== undefined
      ? reset * 1000
      : resetToMs(
          number(
            headers['ratelimit-reset'] ??
              headers['x-ratelimit-reset'] ??
              headers['x-ratelimit-reset-after'],
          ),
          now,
        );
  if (limit === undefined && remaining === undefined && resetMs === undefined) return undefined;
  return { limit, remaining, resetMs, windowMs };
}

/**
 * Milliseconds to wait before retrying, from `Retry-After` (delay-seconds or
 * an HTTP date, RFC 9110 §10.2.3) or, when the window is spent, from the
 * rate-limit reset.
 */
export function retryAfterFromHeaders(
  headers: HeaderMap,
  status: number,
  now: Now = Date.now,
): number | undefined {
  const retryAfter = headers['retry-after']?.trim();
  if (retryAfter) {
    if (/^\d{1,10}$/.test(retryAfter)) return Number(retryAfter) * 1000;
    // An HTTP date names its month ("Wed, 21 Oct 2015 07:28:00 GMT"); bare
    // numbers like "-5" are not dates even if Date.parse says otherwise.
    const at = /[A-Za-z]{3}/.test(retryAfter) ? Date.parse(retryAfter) : Number.NaN;
    if (Number.isFinite(at)) {
      // Measure against the server's own clock when it sent one.
      const serverNow = headers.date ? Date.parse(headers.date) : Number.NaN;
      return Math.max(0, at - (Number.isFinite(serverNow) ? serverNow : read(now)));
    }
  }
  // A reset is a retry delay only once the window is spent (a 429, or
  // remaining = 0); skip the parsing when neither can be the case.
  if (
    status !== 429 &&
    headers.ratelimit === undefined &&
    headers['ratelimit-remaining'] === undefined &&
    headers['x-ratelimit-remaining'] === undefined
  ) {
    return undefined;
  }
  const info = parseRateLimitHeaders(headers, now);
  if (info?.resetMs !== undefined && (info.remaining === 0 || status === 429)) return info.resetMs;
  return undefined;
}
