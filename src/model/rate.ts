/**
 * A rate: at most `limit` requests in any window of `intervalMs` milliseconds.
 * The one shape of a rate everywhere: a catalog's documented limit
 * (`DocumentedRate`), the client's limiter (`RateLimitOption`, `StoreRate`)
 * and the emulator's window (`parseRate('7/s')`) all hold one.
 * @example const amocrm: Rate = { limit: 7, intervalMs: 1000 }; // seed 000: 7 requests a second
 */
export interface Rate {
  /** Requests allowed in one window. */
  readonly limit: number;
  /** The window's length in milliseconds. */
  readonly intervalMs: number;
}
