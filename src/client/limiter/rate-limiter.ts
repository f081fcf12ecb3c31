import type { Limit } from '../../model/catalog.js';
import type { Rate } from '../../model/rate.js';
import type { Clock } from '../clock.js';
import { gcraParams } from './gcra.js';
import type { LimiterStore, StoreRate } from './store.js';

/** A rate to hold, as given to `createClient({ limits })`: a {@link Rate}, and where it applies. */
export interface RateLimitOption extends Rate {
  /** Only requests to this API method (UniSender `sendEmail`). */
  readonly method?: string;
  /** Requests that may go back to back before spacing applies. @default 1 */
  readonly burst?: number;
}

/** A rate as booked: its store key (the account, and the method for a per-method rate). */
interface KeyedRate extends RateLimitOption {
  readonly key: string;
}

/**
 * The rates a catalog documents, as limiter options: per account, and per
 * method where the provider has one. Identical account-wide rates (UniSender's
 * 1200/min per key and per IP) collapse into one.
 */
export function ratesFromCatalog(limits: readonly Limit[]): RateLimitOption[] {
  const out: RateLimitOption[] = [];
  for (const limit of limits) {
    if (limit.kind !== 'rate') continue;
    const option: RateLimitOption = {
      limit: limit.limit,
      intervalMs: limit.intervalMs,
      ...(limit.scope === 'method' && limit.method ? { method: limit.method } : {}),
    };
    if (
      !out.some(
        (o) =>
          o.limit === option.limit &&
          o.intervalMs === option.intervalMs &&
          o.method === option.method,
      )
    ) {
      out.push(option);
    }
  }
  return out;
}

/** What {@link RateLimiter.tryAcquire} got: a slot waited for, or how far off one is. */
export type Booking =
  | { readonly booked: true; readonly waitedMs: number }
  | {
      readonly booked: false;
      /** In how long a slot would be (nothing is booked). */
      readonly waitMs: number;
      readonly waitedMs: number;
      /** The slots booked were missed, the process running late: come back at once. */
      readonly missed?: true;
    };

/** Options of {@link RateLimiter.tryAcquire}. */
export interface AcquireOptions {
  /** Book only a slot at most this far away. @default no bound */
  readonly maxWaitMs?: number;
  readonly signal?: AbortSignal;
  /**
   * Work that must be done before the request goes (a "sent" marker written
   * to Redis): run once, while the slot is near, and counted in its lateness.
   * A slot it makes late (a stalled store) is given up and booked again, so
   * the request never goes out crowded against the next one.
   */
  readonly beforeSend?: () => Promise<void>;
}

// How long before its slot `beforeSend` starts: over a store's round trip
// under load (p99 27 ms measured with four worker processes on two cores).
const BEFORE_SEND_LEAD_MS = 30;
// Slots missed in a row before a request goes anyway (or, for a caller that
// can come back, does so): past this, the process is too starved to do better.
const MAX_LATE_TRIES = 3;

/** Options of {@link RateLimiter}. */
export interface RateLimiterOptions {
  readonly rates: readonly RateLimitOption[];
  readonly store: LimiterStore;
  readonly clock: Clock;
  /**
   * Fraction of each limit kept in reserve against network jitter (the
   * provider counts arrivals, not departures).
   * @default 0.04
   */
  readonly margin?: number;
  /**
   * Room kept after the first request, which goes out on a cold transport
   * (a new connection, the HTTP parser's first use) and reaches the provider
   * later than its slot: 25–130 ms measured on loopback under load, more than
   * the margin absorbs. Every rate books it beside that first slot, and no
   * other request is booked until the first is answered or this time has
   * passed, so the cold one is the first to go.
   * @default 150
   */
  readonly coldStartMs?: number;
}

/**
 * Holds an account to its rates: every request books a slot (GCRA) in each
 * rate that applies to it, and waits for it; a provider's Retry-After or spent
 * window pauses every slot of the account.
 */
export class RateLimiter {
  readonly #rates: readonly RateLimitOption[];
  readonly #store: LimiterStore;
  readonly #clock: Clock;
  readonly #margin: number;
  readonly #coldStartMs: number;
  #warm = false;
  /** While the first request is out: settles when the transport is warm enough. */
  #warming: Promise<void> | undefined;
  #endWarming: (() => void) | undefined;

  constructor(options: RateLimiterOptions) {
    this.#rates = options.rates;
    this.#store = options.store;
    this.#clock = options.clock;
    this.#margin = options.margin ?? 0.04;
    this.#coldStartMs = options.coldStartMs ?? 150;
  }

  /** The request let go first was answered (or failed): the transport is warm. */
  warmed(): void {
    this.#warm = true;
    this.#endWarming?.();
  }

  /** Whether any rate is held at all. */
  get active(): boolean {
    return this.#rates.length > 0;
  }

  #specs(account: string, method: string | undefined): KeyedRate[] {
    return this.#rates
      .filter((r) => r.method === undefined || r.method === method)
      .map((r) => ({
        key: r.method ? `${account}:method:${r.method}` : `${account}:${r.limit}/${r.intervalMs}`,
        limit: r.limit,
        intervalMs: r.intervalMs * (1 + this.#margin),
        burst: r.burst,
      }));
  }

  /**
   * Books this request's slot and waits for it; returns the ms waited.
   * A slot this process wakes up too late for (a busy event loop, a late
   * answer from the store) would crowd the next one at the provider: it is
   * given up and booked again. The first request is booked alone, with room
   * after it (see `coldStartMs`); call {@link warmed} once it is answered.
   */
  async acquire(
    account: string,
    method: string | undefined,
    signal?: AbortSignal,
  ): Promise<number> {
    const booking = await this.tryAcquire(account, method, { signal });
    return booking.waitedMs;
  }

  /**
   * As {@link acquire}, but books only a slot at most `maxWaitMs` away: past
   * that, nothing is booked and the answer says in how long a slot would be
   * (`booked: false`, `waitMs`), for a caller that can come back later (a
   * queued job) instead of waiting. Such a caller is never let go late: a
   * slot missed again and again is answered `booked: false` too.
   */
  async tryAcquire(
    account: string,
    method: string | undefined,
    options: AcquireOptions = {},
  ): Promise<Booking> {
    const specs = this.#specs(account, method);
    if (!specs.length) {
      await options.beforeSend?.();
      return { booked: true, waitedMs: 0 };
    }
    const { signal } = options;
    while (!this.#warm && this.#warming) await this.#warming;
    if (this.#warm) return this.#book(specs, 0, options);
    this.#warming = new Promise((resolve) => {
      this.#endWarming = resolve;
    });
    let booking: Booking | undefined;
    try {
      booking = await this.#book(specs, this.#coldStartMs, { ...options, signal });
      return booking;
    } finally {
      if (booking?.booked) {
        // Past its room, a late first request is late anyway: the others need not wait longer.
        setTimeout(() => this.warmed(), this.#coldStartMs).unref?.();
      } else {
        // Not sent: the next caller makes the cold start.
        this.#warming = undefined;
        this.#endWarming?.();
      }
    }
  }

  async #book(specs: KeyedRate[], roomMs: number, options: AcquireOptions): Promise<Booking> {
    const rates: StoreRate[] = specs.map((s) => {
      const { emissionMs, toleranceMs } = gcraParams(s);
      const rate = { limit: s.limit, intervalMs: s.intervalMs };
      return { key: s.key, rate, emissionMs: emissionMs + roomMs, toleranceMs };
    });
    // Lateness a slot may have here: a third of what the margin adds to one
    // window, the rest left to the way to the provider, whose tail is the
    // longer (bench/README.md, "Jobs on BullMQ, measured").
    const toleratedMs = Math.min(
      ...specs.map((s) => (s.intervalMs * this.#margin) / (1 + this.#margin) / 3),
    );
    const reserving = options.maxWaitMs === undefined ? {} : { maxWaitMs: options.maxWaitMs };
    const { signal, beforeSend } = options;
    let ready = beforeSend === undefined;
    let waited = 0;
    for (let tries = 0; ; tries++) {
      const reservation = await this.#store.reserve(rates, reserving);
      const { waitMs, lateMs = 0 } = reservation;
      if (reservation.booked === false) return { booked: false, waitMs, waitedMs: waited };
      const due = this.#clock.now() + waitMs - lateMs;
      if (!ready) {
        // Started just before the slot, so its round trip overlaps the wait
        // instead of delaying the request, while a crash early in a long wait
        // still leaves nothing behind.
        const early = waitMs - BEFORE_SEND_LEAD_MS;
        if (early > 0) await this.#clock.sleep(early, signal);
        await Promise.all([beforeSend!(), this.#clock.sleep(due - this.#clock.now(), signal)]);
        ready = true;
      } else if (waitMs > 0) {
        await this.#clock.sleep(waitMs, signal);
      }
      waited += waitMs;
      if (this.#clock.now() - due <= toleratedMs) return { booked: true, waitedMs: waited };
      if (tries >= MAX_LATE_TRIES) {
        // A caller that can come back later does so rather than crowd the next slot.
        if (options.maxWaitMs !== undefined)
          return { booked: false, waitMs: 0, waitedMs: waited, missed: true };
        return { booked: true, waitedMs: waited };
      }
    }
  }

  /** Pauses every rate of an account (and of a method) for `forMs`. */
  async pause(account: string, method: string | undefined, forMs: number): Promise<void> {
    const keys = this.#specs(account, method).map((s) => s.key);
    if (keys.length && forMs > 0) await this.#store.pause(keys, forMs);
  }
}
