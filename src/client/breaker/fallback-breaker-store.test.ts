import { describe, expect, it } from 'vitest';
import { type CircuitState, MemoryBreakerStore } from './breaker-store.js';
import { FallbackBreakerStore } from './fallback-breaker-store.js';

const open: CircuitState = { state: 'open', openUntil: 1000, opens: 1 };

/** A remote store that counts the calls made to it. */
class CountedStore extends MemoryBreakerStore {
  calls = 0;
  override async get(key: string) {
    this.calls++;
    return super.get(key);
  }
  override async set(key: string, state: CircuitState) {
    this.calls++;
    return super.set(key, state);
  }
}

describe('the fallback breaker store', () => {
  it('keeps circuits in the process without asking a remote known to be away, and asks it again once back', async () => {
    const remote = new CountedStore();
    let away = true;
    const store = new FallbackBreakerStore(remote, { away: () => away });
    await store.set('acct', open);
    expect(await store.get('acct')).toEqual(open);
    expect(remote.calls).toBe(0);
    away = false;
    expect(await store.get('acct')).toEqual(open);
    expect(remote.calls).toBe(1);
  });
});
