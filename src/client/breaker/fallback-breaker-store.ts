import { type BreakerStore, type CircuitState, MemoryBreakerStore } from './breaker-store.js';

/**
 * A shared store that, while it fails (Redis away), keeps circuits in this
 * process so a blocked account is still not hammered.
 */
export class FallbackBreakerStore implements BreakerStore {
  readonly #remote: BreakerStore;
  readonly #local = new MemoryBreakerStore();

  constructor(remote: BreakerStore) {
    this.#remote = remote;
  }

  async #try<T>(remote: () => Promise<T>, local: () => Promise<T>): Promise<T> {
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
