import type { ErrorRecord } from '../../model/record.js';
import type { Clock } from '../clock.js';
import type { BreakerStore, CircuitState } from './breaker-store.js';

/** Options of {@link CircuitBreaker}. */
export interface BreakerOptions {
  readonly store: BreakerStore;
  readonly clock: Clock;
  /** First cool-down after an account is blocked; doubles with each reopening. @default 60000 */
  readonly cooldownMs?: number;
  /** Longest cool-down. @default 3600000 */
  readonly maxCooldownMs?: number;
  /** How long a probe holds its turn before another caller may probe. @default 30000 */
  readonly probeMs?: number;
  readonly onBreak?: (event: {
    account: string;
    state: CircuitState['state'];
    record?: ErrorRecord;
  }) => void;
}

/** What {@link CircuitBreaker.admit} decides for one request. */
export type Admission =
  | { readonly go: true; readonly probe: boolean }
  | {
      readonly go: false;
      readonly record?: ErrorRecord;
      /** Set when the circuit holds a `Retry-After` past the cap: when that pause ends. */
      readonly heldUntil?: number;
    };

/**
 * One circuit per account: opened when the provider says the account is
 * blocked, failing fast with that record while open, letting one probe through
 * after the cool-down, closed again when the probe succeeds.
 */
export class CircuitBreaker {
  readonly #o: Required<Omit<BreakerOptions, 'onBreak'>> & Pick<BreakerOptions, 'onBreak'>;

  constructor(options: BreakerOptions) {
    this.#o = { cooldownMs: 60_000, maxCooldownMs: 3_600_000, probeMs: 30_000, ...options };
  }

  /** Whether a request to this account may go (and whether it is the probe). */
  async admit(account: string): Promise<Admission> {
    const state = await this.#o.store.get(account);
    if (!state || state.state === 'closed') return { go: true, probe: false };
    if (await this.#o.store.claimProbe(account, this.#o.clock.now(), this.#o.probeMs)) {
      this.#o.onBreak?.({ account, state: 'half-open', record: state.record });
      return { go: true, probe: true };
    }
    return state.cause === 'retry-after'
      ? { go: false, record: state.record, heldUntil: state.openUntil }
      : { go: false, record: state.record };
  }

  /**
   * Records the outcome of a request that went: a block opens the circuit, as
   * does a pause the client will not sit out (`holdMs`, a `Retry-After` past
   * the cap, for that long, at most the longest cool-down); a probe's success
   * closes it.
   */
  async settle(
    account: string,
    record: ErrorRecord | null,
    probe: boolean,
    holdMs?: number,
  ): Promise<void> {
    if (record && holdMs !== undefined && record.category !== 'account_blocked') {
      const previous = await this.#o.store.get(account);
      await this.#o.store.set(account, {
        state: 'open',
        openUntil: this.#o.clock.now() + Math.min(this.#o.maxCooldownMs, holdMs),
        opens: previous?.opens ?? 0,
        record,
        cause: 'retry-after',
      });
      this.#o.onBreak?.({ account, state: 'open', record });
    } else if (record?.category === 'account_blocked') {
      const previous = await this.#o.store.get(account);
      const opens = (previous?.opens ?? 0) + 1;
      const cooldown = Math.min(
        this.#o.maxCooldownMs,
        record.retryAfterMs ?? this.#o.cooldownMs * 2 ** (opens - 1),
      );
      await this.#o.store.set(account, {
        state: 'open',
        openUntil: this.#o.clock.now() + cooldown,
        opens,
        record,
      });
      this.#o.onBreak?.({ account, state: 'open', record });
    } else if (probe) {
      await this.#o.store.delete(account);
      this.#o.onBreak?.({ account, state: 'closed' });
    }
  }

  /** Closes the circuit by hand (the account was unblocked). */
  async reset(account: string): Promise<void> {
    await this.#o.store.delete(account);
    this.#o.onBreak?.({ account, state: 'closed' });
  }

  /** The circuit of an account. */
  async state(account: string): Promise<CircuitState> {
    return (await this.#o.store.get(account)) ?? { state: 'closed', openUntil: 0, opens: 0 };
  }
}
