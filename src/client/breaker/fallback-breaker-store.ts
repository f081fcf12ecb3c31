import { type BreakerStore, type CircuitState, MemoryBreakerStore } from './breaker-store.js';

/**
 * A shared store that, while it fails (Redis away), keeps circuits in this
 * process so a blocked account is still not hammered.
 */
export class FallbackBreakerStore implements BreakerStore {
  readonly #remote: BreakerStore;
  readonly #local = new MemoryBreakerStore();
  readonly #away: () => boolean;

  /**
   * @param options.away says the remote is known to be away (the limiter's
   * store fell back): then circuits are kept here without asking it, rather
   * than waiting out a command timeout on every call while Redis stalls.
   */
  constructor(remote: BreakerStore, options: { away?: () => boolean } = {}) {
    this.#remote = remote;
    this.#away = options.away ?? (() => false);
  }

  async #try<T>(remote: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    if (this.#away()) return local();
    try {
      return await remote();
    } catch {
      return local();
    }
  }

  get(key: string): Promise<CircuitState | undefined> {
    return this.#try(
      async () => (await this.#remote.get(key)) ?? (await this.#local.get(key)),
      () => this.#local.get(key),
    );
  }

  async set(key: string, state: CircuitState): Promise<void> {
    await this.#local.set(key, state);
    await this.#try(
      () => this.#remote.set(key, state),
      async () => {},
    );
  }

  async delete(key: string): Promise<void> {
    await this.#local.delete(key);
    await this.#try(
      () => this.#remote.delete(key),
      async () => {},
    );
  }

  claimProbe(key: string, now: number, probeMs: number): Promise<boolean> {
    return this.#try(
      async () =>
        (await this.#remote.claimProbe(key, now, probeMs)) ||
        this.#local.claimProbe(key, now, probeMs),
      () => this.#local.claimProbe(key, now, probeMs),
    );
  }
}
