import { describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/test-clock.js';
import { MemoryLimiterStore } from './memory-store.js';

const rate = {
  key: 'acct',
  rate: { limit: 10, intervalMs: 1000 },
  emissionMs: 100,
  toleranceMs: 0,
};

describe('the memory limiter store', () => {
  it('books consecutive slots and says how long to wait', async () => {
    const clock = new TestClock(0);
    const store = new MemoryLimiterStore({ clock });
    expect((await store.reserve([rate])).waitMs).toBe(0);
    expect((await store.reserve([rate])).waitMs).toBe(100);
    clock.time = 1000;
    expect((await store.reserve([rate])).waitMs).toBe(0);
  });

  it('pauses a key for a Retry-After', async () => {
    const clock = new TestClock(0);
    const store = new MemoryLimiterStore({ clock });
    await store.pause(['acct'], 5000);
    expect((await store.reserve([rate])).waitMs).toBe(5000);
  });

  it('serializes and restores its state', async () => {
    const clock = new TestClock(0);
    const store = new MemoryLimiterStore({ clock });
    await store.reserve([rate]);
    await store.reserve([rate]);
    const restored = new MemoryLimiterStore({
      clock,
      state: JSON.parse(JSON.stringify(await store.snapshot())),
    });
    expect((await restored.reserve([rate])).waitMs).toBe(200);
  });
});
