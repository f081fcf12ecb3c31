import type { Rate } from '../model/rate.js';

/**
 * An exact sliding window: a log of the times of the requests it let through.
 * A request at `t` passes when fewer than `limit` passed in `(t - intervalMs, t]`,
 * so no window of `intervalMs` anywhere on the time line ever holds more than
 * `limit` of them — the strictest reading of a rate, which a judge of a
 * client's limiter needs (a fixed window lets twice the limit through at its
 * edge). Requests it refuses are not logged: the provider did not process them.
 */
export class SlidingWindow {
  readonly #limit: number;
  readonly #intervalMs: number;
  #times: number[] = [];
  #head = 0;

  constructor(rate: Rate) {
    this.#limit = rate.limit;
    this.#intervalMs = rate.intervalMs;
  }

  /**
   * Lets one request through at `now` when the window has room and answers 0;
   * otherwise answers the milliseconds until a slot frees (at least 1).
   */
  take(now: number): number {
    this.#evict(now);
    if (this.#times.length - this.#head < this.#limit) {
      this.#times.push(now);
      return 0;
    }
    return Math.max(1, this.#times[this.#head]! + this.#intervalMs - now);
  }

  /** How many requests passed in the window ending at `now`. */
  count(now: number): number {
    this.#evict(now);
    return this.#times.length - this.#head;
  }

  #evict(now: number): void {
    const edge = now - this.#intervalMs;
    while (this.#head < this.#times.length && this.#times[this.#head]! <= edge) this.#head++;
    // Compact now and then rather than shifting the array on every request.
    if (this.#head > 1024 && this.#head * 2 > this.#times.length) {
      this.#times = this.#times.slice(this.#head);
      this.#head = 0;
    }
  }
}
