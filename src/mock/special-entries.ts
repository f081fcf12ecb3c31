import type { Category } from '../model/categories.js';
import type { ListedEntry } from '../model/listed-entry.js';

/**
 * The catalog entries the emulator answers with on its own, and the HTTP
 * status it falls back to when the provider's catalog has no such entry.
 */
export interface SpecialEntries {
  /** Its answer to a request over the rate: `rate_limited`, preferring 429. */
  readonly rateLimited: ListedEntry | undefined;
  /** Its answer while an account is banned: `account_blocked`, preferring 403. */
  readonly blocked: ListedEntry | undefined;
  /**
   * Its random 5xx fault: a retryable `internal` or `unavailable` entry with a
   * 5xx status, else a retryable `unavailable` one sent in a 200 (answered
   * under the fallback 5xx).
   */
  readonly transient: ListedEntry | undefined;
  /** Its answer to a body over the size limit: `too_large`, preferring 413. */
  readonly tooLarge: ListedEntry | undefined;
}

/** Statuses answered, in the provider's dialect, when the catalog has no entry of the kind. */
export const FALLBACK_STATUS = {
  rateLimited: 429,
  blocked: 403,
  transient: 503,
  tooLarge: 413,
} as const satisfies Record<keyof SpecialEntries, number>;

/**
 * Whether a decoder can tell this entry from the provider's other entries on
 * the wire: no other entry shares both its code and its status (Google's
 * `accessNotConfigured` under 403 is both "API not enabled" and "project
 * blocked", so neither is a good ban answer).
 */
function tellable(entry: ListedEntry, all: readonly ListedEntry[]): boolean {
  return !all.some((e) => e !== entry && e.code === entry.code && e.status === entry.status);
}

/**
 * The first entry that qualifies, ranked by: the preferred status, then
 * being tellable on the wire; catalog order breaks ties.
 */
function choose(
  all: readonly ListedEntry[],
  qualifies: (e: ListedEntry) => boolean,
  preferredStatus?: number,
): ListedEntry | undefined {
  const pool = all.filter((e) => e.kind === 'error' && qualifies(e));
  const rank = (e: ListedEntry) =>
    (e.status === preferredStatus ? 2 : 0) + (tellable(e, all) ? 1 : 0);
  let best: ListedEntry | undefined;
  for (const e of pool) if (!best || rank(e) > rank(best)) best = e;
  return best;
}

const TRANSIENT: ReadonlySet<Category> = new Set(['internal', 'unavailable']);

/**
 * Chooses, from a provider's catalog data alone, the entries the emulator
 * answers with for rate violations, bans, random 5xx faults and oversized
 * bodies (amoCRM 429 and 403, Mobizon 30 and 14, UniSender
 * api_call_limit_exceeded_for_api_key, …).
 */
export function chooseSpecialEntries(entries: readonly ListedEntry[]): SpecialEntries {
  return {
    rateLimited: choose(entries, (e) => e.category === 'rate_limited', 429),
    blocked: choose(entries, (e) => e.category === 'account_blocked', 403),
    // A fault stands for the provider's backend failing, so only 5xx entries
    // qualify (amoCRM's retryable 219 is a failed contact search under 400);
    // a provider with none, that writes its errors in a 200, writes its own
    // temporary-failure code (UniSender retry_later), answered under a 5xx.
    transient:
      choose(entries, (e) => e.retryable && TRANSIENT.has(e.category) && e.status >= 500) ??
      choose(entries, (e) => e.retryable && e.category === 'unavailable' && e.status === 200),
    tooLarge: choose(entries, (e) => e.category === 'too_large', 413),
  };
}
