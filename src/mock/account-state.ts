import type { Rate } from '../model/rate.js';
import { SlidingWindow } from './rate-window.js';

/** What the emulator remembers of one account. */
export class AccountState {
  requests = 0;
  accepted = 0;
  violations = 0;
  /** Until when the account is banned (epoch ms of the injected clock); 0 when it never was. */
  bannedUntil = 0;
  readonly window: SlidingWindow | undefined;
  // Times of recent violations, for the ban threshold.
  #recent: number[] = [];

  constructor(rate: Rate | undefined) {
    this.window = rate && new SlidingWindow(rate);
  }

  /** Whether the account is banned at `now`. */
  banned(now: number): boolean {
    return this.bannedUntil > now;
  }

  /**
   * Records a rate violation at `now`; answers true when it is the
   * `banAfter`-th within `banWindowMs`, and then bans the account for `banMs`.
   */
  violate(now: number, ban: { after?: number; ms: number; windowMs: number }): boolean {
    this.violations++;
    if (ban.after === undefined) return false;
    this.#recent.push(now);
    const edge = now - ban.windowMs;
    const fresh = this.#recent.findIndex((t) => t > edge);
    this.#recent = fresh < 0 ? [] : this.#recent.slice(fresh);
    if (this.#recent.length < ban.after) return false;
    this.#recent = [];
    this.bannedUntil = now + ban.ms;
    return true;
  }
}
