import type { Redis } from 'ioredis';
import { type Clock, systemClock } from '../clock.js';
import { MemoryLimiterStore } from './memory-store.js';
import { RedisLimiterStore } from './redis-store.js';
import type { LimiterStore, Reservation, ReserveOptions, StoreRate } from './store.js';

/** Options of {@link FallbackLimiterStore}. */
export interface FallbackOptions {
  /**
   * Share of each limit this process may use on its own while Redis is
   * unreachable: a fleet of N processes should use 1/N. Rounded down to a
   * whole number of requests per window (at least one).
   * @default 0.25
   */
  readonly share?: number;
  /**
   * After Redis returns, how long every booking also keeps to the local
   * share, so that processes still on their local limits (each finds Redis
   * back on its own time) and processes back on Redis never add up past the
   * limit. Longer than that spread: a probe every `probeMs`, a reconnect
   * every 500 ms at most (redis.ts).
   * @default 1200
   */
  readonly blendMs?: number;
  /**
   * While Redis does not answer, how often a cheap command (PING) asks it
   * again. A stall (a slow command, a paused server) keeps the connection
   * up, so no reconnect would ever say it is back.
   * @default 250
   */
  readonly probeMs?: number;
  readonly prefix?: string;
  readonly clock?: Clock;
  /** Told once per outage, and when Redis is back. */
  readonly onWarn?: (message: string) => void;
}

interface LastBooking {
  /** When the slot is, on this process's clock. */
  readonly at: number;
  /** How far ahead of its booking the slot was: the fleet's queue then. */
  readonly queueMs: number;
  readonly emissionMs: number;
}

/**
 * The fleet store: Redis while it answers; a conservative local limit (a
 * share of each rate) while it does not, warning once; and Redis again once it
 * is back. Both hand-overs are guarded so the fleet never exceeds a limit:
 * local slots start after the Redis slots already promised, and for a while
 * after Redis returns each booking keeps to both.
 */
export class FallbackLimiterStore implements LimiterStore {
  readonly #remote: RedisLimiterStore;
  readonly #local: MemoryLimiterStore;
  readonly #clock: Clock;
  readonly #share: number;
  readonly #blendMs: number;
  readonly #onWarn: (message: string) => void;
  readonly #last = new Map<string, LastBooking>();
  readonly #redis: Redis;
  readonly #probeMs: number;
  #down = false;
  #blendUntil = 0;
  #probe: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  constructor(redis: Redis, options: FallbackOptions = {}) {
    this.#remote = new RedisLimiterStore(redis, { prefix: options.prefix });
    this.#clock = options.clock ?? systemClock;
    this.#local = new MemoryLimiterStore({ clock: this.#clock });
    this.#share = options.share ?? 0.25;
    this.#blendMs = options.blendMs ?? 1200;
    this.#probeMs = options.probeMs ?? 250;
    this.#onWarn = options.onWarn ?? ((m) => console.warn(`kodex: ${m}`));
    this.#redis = redis;
    redis.on('ready', () => this.#back());
  }

  /** Back on Redis, blending with the local share for a while (see `blendMs`). */
  #back(): void {
    if (!this.#down || this.#closed) return;
    this.#down = false;
    clearTimeout(this.#probe);
    this.#blendUntil = this.#clock.now() + this.#blendMs;
    this.#onWarn('Redis is back: rate limits are shared again');
  }

  /** Asks Redis again in `probeMs`, and on until it answers. */
  #scheduleProbe(): void {
    if (this.#closed) return;
    this.#probe = setTimeout(async () => {
      if (!this.#down) return;
      try {
        await this.#redis.ping();
        this.#back();
      } catch {
        if (this.#down) this.#scheduleProbe();
      }
    }, this.#probeMs);
    // A degraded client must not keep its process alive.
    this.#probe.unref?.();
  }

  /** Stops probing; the Redis connection is the caller's. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#probe);
  }

  /** Whether the store currently runs on the local fallback. */
  get degraded(): boolean {
    return this.#down;
  }

  /**
   * This process's own part of each rate: a whole number of requests per
   * window, floor(limit × share). A fractional part would not be safe: four
   * processes each spaced 4/7 s apart can each fit two requests in one second,
   * eight in all against a limit of seven.
   */
  #shareOf(rates: readonly StoreRate[]): StoreRate[] {
    return rates.map((r) => {
      // The limit as spaced: the first booking's cold-start room (in its
      // emission) shrinks it, so the first local share is smaller still.
      const limit = Math.round(r.rate.intervalMs / r.emissionMs);
      const own = Math.max(1, Math.floor(limit * this.#share));
      return { ...r, emissionMs: r.rate.intervalMs / own, toleranceMs: 0 };
    });
  }

  async reserve(rates: readonly StoreRate[], options: ReserveOptions = {}): Promise<Reservation> {
    if (!this.#down) {
      const now = this.#clock.now();
      try {
        const remote =
          now < this.#blendUntil
            ? await this.#blended(rates, now, options)
            : await this.#remote.reserve(rates, options);
        if (remote.booked === false) return remote;
        for (const r of rates) {
          this.#last.set(r.key, {
            at: now + remote.waitMs,
            queueMs: remote.waitMs,
            emissionMs: r.emissionMs,
          });
        }
        return remote;
      } catch (error) {
        this.#fallBack(error);
      }
    }
    return this.#local.reserveNow(this.#shareOf(rates), options);
  }

  /**
   * Just after Redis is back: the slot must keep to this process's share
   * (others may still be on theirs) and be known to Redis as the moment the
   * request really goes. So the local slot is the floor of the shared one, and
   * the local schedule then counts from the shared slot.
   */
  async #blended(
    rates: readonly StoreRate[],
    now: number,
    options: ReserveOptions,
  ): Promise<Reservation> {
    const shared = this.#shareOf(rates);
    const own = this.#local.reserveNow(shared, options);
    if (own.booked === false) return own;
    // A local slot booked for a shared one that is then not booked stays
    // booked: a slot lost, never one too many.
    const remote = await this.#remote.reserve(rates, {
      ...options,
      floors: rates.map(() => own.at),
    });
    if (remote.booked === false) return remote;
    const goes = now + remote.waitMs;
    for (const r of shared) await this.#local.pause([r.key], goes + r.emissionMs - now);
    return remote;
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
    // Slots the fleet booked in Redis before it went away are still going
    // out. The queue ahead of this process's last booking bounds what the
    // others booked after it, so local slots start past both.
    const now = this.#clock.now();
    for (const [key, last] of this.#last) {
      const after = Math.max(now, last.at) + last.queueMs + last.emissionMs - now;
      if (after > 0) void this.#local.pause([key], after);
    }
    const reason = error instanceof Error ? error.message : String(error);
    this.#scheduleProbe();
    this.#onWarn(
      `Redis unreachable (${reason}): limiting locally to ${Math.round(this.#share * 100)}% of each limit, rounded down to whole requests per window, until it is back`,
    );
  }
}
