import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import { reserve } from './gcra.js';
import type { LimiterStore, Reservation, ReserveOptions, StoreRate } from './store.js';

/**
 * Limiter state of one process: theoretical arrival times by key.
 * @example new MemoryLimiterStore() // the default store of createClient
 */
export class MemoryLimiterStore implements LimiterStore {
  readonly #tats = new Map<string, number>();
  readonly #clock: Clock;

  /** @param state a snapshot to restore (from {@link snapshot}, possibly of another store). */
  constructor(options: { clock?: Clock; state?: Record<string, number> } = {}) {
    this.#clock = options.clock ?? systemClock;
    for (const [key, tat] of Object.entries(options.state ?? {})) this.#tats.set(key, tat);
  }

  async reserve(rates: readonly StoreRate[], options?: ReserveOptions): Promise<Reservation> {
    return this.reserveNow(rates, options);
  }

  /** Synchronous booking, for the Redis store's local fallback. */
  reserveNow(rates: readonly StoreRate[], options: ReserveOptions = {}): Reservation {
    const now = this.#clock.now();
    const { at, tats } = reserve(
      now,
      rates.map((r) => ({ ...r, tat: this.#tats.get(r.key) })),
    );
    if (options.maxWaitMs !== undefined && at - now > options.maxWaitMs)
      return { at, waitMs: at - now, booked: false };
    for (const [i, r] of rates.entries()) this.#tats.set(r.key, tats[i]!);
    return { at, waitMs: at - now };
  }

  async pause(keys: readonly string[], forMs: number): Promise<void> {
    const until = this.#clock.now() + forMs;
    for (const key of keys) this.#tats.set(key, Math.max(this.#tats.get(key) ?? 0, until));
  }

  async snapshot(): Promise<Record<string, number>> {
    return Object.fromEntries(this.#tats);
  }
}
