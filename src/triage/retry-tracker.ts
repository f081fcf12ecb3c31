// When is a retryable error "not retried"? docs/triage.md says it for users:
// when the traffic goes on past the error's window and the same method and
// URL is not sent again within it. The window is `windowMs` after the error
// (plus the wait the answer asked for, in Retry-After or rate-limit headers);
// for exchanges without times, the next `windowExchanges` exchanges.
// Errors whose window has not passed when the traffic ends are undecided.

/** A retryable error waiting to be retried. */
interface Pending<T> {
  readonly key: string;
  readonly seq: number;
  /** Epoch ms by which a retry must come; undefined when the error has no time. */
  readonly deadline?: number;
  readonly payload: T;
}

/** Options of {@link createRetryTracker}. */
export interface RetryWindow {
  /** @default 60000 */
  readonly windowMs?: number;
  /** @default 100 */
  readonly windowExchanges?: number;
  /** Errors waiting at once, at most; the oldest is judged early past it. @default 10000 */
  readonly maxPending?: number;
}

/** The longest wait an answer may add to its window: a day. */
const MAX_WAIT_MS = 24 * 60 * 60 * 1000;
/** URLs are compared on their first 2 KiB: the bound of the waiting errors' memory. */
const MAX_KEY = 2048;

/**
 * Follows retryable errors through the traffic and calls `notRetried` for
 * each that was not retried within its window, as soon as that is known.
 */
export function createRetryTracker<T>(notRetried: (payload: T) => void, options: RetryWindow = {}) {
  const windowMs = options.windowMs ?? 60_000;
  const windowExchanges = options.windowExchanges ?? 100;
  const maxPending = options.maxPending ?? 10_000;
  // In the order the errors came: the oldest first, so a sweep stops early.
  const pending = new Map<string, Pending<T>>();
  let seq = 0;
  let lastTime: number | undefined;

  function expired(p: Pending<T>, time: number | undefined, now: number): boolean {
    if (p.deadline !== undefined && time !== undefined) return time > p.deadline;
    return now - p.seq > windowExchanges;
  }

  /** Judges the oldest waiting errors whose window this exchange is past. */
  function sweep(time: number | undefined): void {
    for (const p of pending.values()) {
      if (!expired(p, time, seq) && pending.size <= maxPending) break;
      pending.delete(p.key);
      notRetried(p.payload);
    }
  }

  /**
   * One exchange of the traffic, in order: a retry of a waiting error when it
   * repeats its method and URL in time; itself waiting when it is a retryable error.
   */
  function see(
    method: string | undefined,
    url: string | undefined,
    time: number | undefined,
    retryable?: { readonly waitMs?: number; readonly payload: T },
  ): void {
    seq++;
    if (time !== undefined) lastTime = time;
    const key = `${method ?? ''} ${(url ?? '').slice(0, MAX_KEY)}`;
    const earlier = pending.get(key);
    if (earlier) {
      pending.delete(key);
      if (expired(earlier, time, seq)) notRetried(earlier.payload);
    }
    sweep(time);
    if (retryable && url !== undefined) {
      const wait = Math.min(Math.max(retryable.waitMs ?? 0, 0), MAX_WAIT_MS);
      const deadline = time === undefined ? undefined : time + windowMs + wait;
      pending.set(key, { key, seq, deadline, payload: retryable.payload });
    }
  }

  /** Judges what can be judged at the end of the traffic; the rest is undecided. */
  function end(): number {
    let undecided = 0;
    for (const p of pending.values()) {
      const past =
        p.deadline !== undefined && lastTime !== undefined
          ? lastTime > p.deadline
          : seq - p.seq > windowExchanges;
      if (past) notRetried(p.payload);
      else undecided++;
    }
    pending.clear();
    return undecided;
  }

  return { see, end, window: { ms: windowMs, exchanges: windowExchanges } };
}
