import type { Clock } from './clock.js';

/** Retry budget settings. */
export interface RetryBudgetOptions {
  /** Retries allowed per request sent, over the window. @default 0.2 */
  readonly ratio?: number;
  /** Retries always allowed per second, however few requests. @default 1 */
  readonly minPerSecond?: number;
  /** Window of recent traffic. @default 10000 */
  readonly windowMs?: number;
}

/**
 * Caps retries at a fraction of recent requests (as Finagle's and gRPC's
 * retry budgets do), so a failing provider receives at most (1 + ratio) times
 * the normal load instead of a retry storm.
 */
export class RetryBudget {
  readonly #ratio: number;
  readonly #minPerSecond: number;
  readonly #windowMs: number;
  readonly #clock: Clock;
  #requests: number[] = [];
  #retries: number[] = [];

  constructor(clock: Clock, options: RetryBudgetOptions = {}) {
    this.#clock = clock;
    this.#ratio = options.ratio ?? 0.2;
    this.#minPerSecond = options.minPerSecond ?? 1;
    this.#windowMs = options.windowMs ?? 10_000;
  }

  #trim(now: number): void {
    const since = now - this.#windowMs;
    while (this.#requests.length && this.#requests[0]! <= since) this.#requests.shift();
    while (this.#retries.length && this.#retries[0]! <= since) this.#retries.shift();
  }

  /** Counts a first attempt. */
  sent(): void {
    const now = this.#clock.now();
    this.#trim(now);
    this.#requests.push(now);
  }

  /** Takes one retry from the budget; false when it is spent. */
  tryRetry(): boolean {
    const now = this.#clock.now();
    this.#trim(now);
    const allowed =
      this.#requests.length * this.#ratio + (this.#minPerSecond * this.#windowMs) / 1000;
    if (this.#retries.length >= allowed) return false;
    this.#retries.push(now);
    return true;
  }
}
