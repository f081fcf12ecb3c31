import type { Redis } from 'ioredis';
import type { Clock } from '../clock.js';
import { MemoryLimiterStore } from './memory-store.js';
import { RedisLimiterStore } from './redis-store.js';
import type { LimiterStore, Reservation, StoreRate } from './store.js';

/** Options of {@link FallbackLimiterStore}. */
export interface FallbackOptions {
  /**
   * Share of each limit this process may use on its own while Redis is
   * unreachable: a fleet of N processes should use 1/N.
   * @default 0.25
   */
  readonly share?: number;
  readonly prefix?: string;
  readonly clock?: Clock;
  /** Told once per outage, and when Redis is back. */
  readonly onWarn?: (message: string) => void;
}

/**
 * The fleet store: Redis while it answers; a conservative local limit (a
 * share of each rate) while it does not, warning once; and Redis again once it
 * is back, starting after the slots already promised locally.
 */
export class FallbackLimiterStore implements LimiterStore {
  readonly #remote: RedisLimiterStore;
  readonly #local: MemoryLimiterStore;
  readonly #share: number;
  readonly #onWarn: (message: string) => void;
  #down = false;
  /** Local theoretical arrival times to respect when returning to Redis. */
  #floors = new Map<string, number>();

  constructor(redis: Redis, options: FallbackOptions = {}) {
    this.#remote = new RedisLimiterStore(redis, { prefix: options.prefix });
    this.#local = new MemoryLimiterStore({ clock: options.clock });
    this.#share = options.share ?? 0.25;
    this.#onWarn = options.onWarn ?? ((m) => console.warn(`kodex: ${m}`));
    redis.on('ready', () => {
      if (this.#down) {
        this.#down = false;
        this.#onWarn('Redis is back: rate limits are shared again');
      }
    });
  }

  /** Whether the store currently runs on the local fallback. */
  get degraded(): boolean {
    return this.#down;
  }

  async reserve(rates: readonly StoreRate[]): Promise<Reservation> {
    if (!this.#down) {
      try {
        const floors = rates.map((r) => this.#floors.get(r.key) ?? 0);
        const booked = await this.#remote.reserve(rates, floors);
        this.#floors.clear();
        return booked;
      } catch (error) {
        this.#fallBack(error);
      }
    }
    const booked = this.#local.reserveNow(
      rates.map((r) => ({
        ...r,
        emissionMs: r.emissionMs / this.#share,
        toleranceMs: r.toleranceMs,
      })),
    );
    // Redis's clock and ours differ by little on one network; the floor keeps
    // the first shared slots behind the last local one.
    const tats = await this.#local.snapshot();
    for (const r of rates) this.#floors.set(r.key, tats[r.key] ?? 0);
    return booked;
  }

  async pause(keys: readonly string[], forMs: number): Promise<void> {
    await this.#local.pause(keys, forMs);
    if (this.#down) return;
    try {
      await this.#remote.pause(keys, forMs);
    } catch (error) {
      this.#fallBack(error);
    }
  }

  snapshot(): Promise<Record<string, number>> {
    return this.#down ? this.#local.snapshot() : this.#remote.snapshot();
  }

  #fallBack(error: unknown): void {
    if (this.#down) return;
    this.#down = true;
    const reason = error instanceof Error ? error.message : String(error);
    this.#onWarn(
      `Redis unreachable (${reason}): limiting locally at ${Math.round(this.#share * 100)}% of each rate until it is back`,
    );
  }
}
