import type { Rate } from '../../model/rate.js';

/** A slot booked across several rate keys. */
export interface Reservation {
  /** When the request may go, in the store's clock (ms). */
  readonly at: number;
  /** How long to wait from now. */
  readonly waitMs: number;
  /**
   * How long past the slot the answer came, when it came after it (a store
   * across the network answers late under load): the request is already late
   * by that much before it waits at all. @default 0
   */
  readonly lateMs?: number;
  /**
   * False when the earliest slot was past the `maxWaitMs` asked for: then
   * nothing is booked, and `at`/`waitMs` say when a slot would be. @default true
   */
  readonly booked?: boolean;
}

/** How a booking is made. */
export interface ReserveOptions {
  /**
   * Book only a slot at most this far from now; a later one is not booked
   * (a queued job goes back to its queue rather than hold a worker while it
   * waits). @default no bound
   */
  readonly maxWaitMs?: number;
}

/** One key's rate, and the GCRA spacing that holds it, for a booking. */
export interface StoreRate {
  readonly key: string;
  /** The rate held (its window already widened by the limiter's margin). */
  readonly rate: Rate;
  /** Time between two slots; the first booking adds the cold-start room to it. */
  readonly emissionMs: number;
  /** How far ahead of its time a slot may go (the burst). */
  readonly toleranceMs: number;
}

/**
 * Where limiter state lives: in memory for one process, in Redis for a fleet
 * sharing an account. Every operation is atomic across all its keys.
 */
export interface LimiterStore {
  /** Books the earliest slot that conforms to every rate, and says how long to wait for it. */
  reserve(rates: readonly StoreRate[], options?: ReserveOptions): Promise<Reservation>;
  /** Holds every slot of these keys back for `forMs` from now (a Retry-After, a spent window). */
  pause(keys: readonly string[], forMs: number): Promise<void>;
  /** The state, for tests and for restoring it elsewhere. */
  snapshot(): Promise<Record<string, number>>;
  close?(): Promise<void>;
}
