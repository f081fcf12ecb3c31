import type { Clock } from '../../src/client/clock.js';

/**
 * A clock for tests: `sleep` advances time at once instead of waiting, and
 * records what was slept, so tests never sleep.
 */
export class TestClock implements Clock {
  time: number;
  readonly slept: number[] = [];

  constructor(start = 1_700_000_000_000) {
    this.time = start;
  }

  now = (): number => this.time;

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    this.slept.push(ms);
    this.time += Math.max(0, ms);
  }
}
