import type { ErrorRecord } from '../../model/record.js';

/** A circuit's state: plain data, so it serializes, restores and lives in Redis. */
export interface CircuitState {
  readonly state: 'closed' | 'open' | 'half-open';
  /** While open: when a probe may be tried. */
  readonly openUntil: number;
  /** How many times in a row the circuit opened (the cool-down grows with it). */
  readonly opens: number;
  /** While half-open: until when the probe in flight holds its turn. */
  readonly probeUntil?: number;
  /** The record that opened the circuit, given to callers who fail fast. */
  readonly record?: ErrorRecord;
  /**
   * Why it is open: the account is blocked (the default), or the provider
   * asked for a pause longer than the client sits out (`Retry-After` past
   * `retry.maxRetryAfterMs`), so calls fail fast until it ends.
   */
  readonly cause?: 'blocked' | 'retry-after';
}

/** Where circuit states live. `claimProbe` is atomic: one caller of the fleet probes. */
export interface BreakerStore {
  get(key: string): Promise<CircuitState | undefined>;
  set(key: string, state: CircuitState): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * If the circuit is open and its cool-down is over (or a probe went
   * silent), makes it half-open for this caller and returns true.
   */
  claimProbe(key: string, now: number, probeMs: number): Promise<boolean>;
}

/** Circuit states of one process. */
export class MemoryBreakerStore implements BreakerStore {
  readonly #states = new Map<string, CircuitState>();

  constructor(state: Record<string, CircuitState> = {}) {
    for (const [key, value] of Object.entries(state)) this.#states.set(key, value);
  }

  async get(key: string) {
    return this.#states.get(key);
  }

  async set(key: string, state: CircuitState) {
    this.#states.set(key, state);
  }

  async delete(key: string) {
    this.#states.delete(key);
  }

  async claimProbe(key: string, now: number, probeMs: number) {
    const s = this.#states.get(key);
    if (!s) return false;
    const ready =
      (s.state === 'open' && now >= s.openUntil) ||
      (s.state === 'half-open' && now >= (s.probeUntil ?? 0));
    if (ready) this.#states.set(key, { ...s, state: 'half-open', probeUntil: now + probeMs });
    return ready;
  }

  /** Every state, to save or to restore elsewhere. */
  snapshot(): Record<string, CircuitState> {
    return Object.fromEntries(this.#states);
  }
}
