/** Exponential backoff settings. */
export interface BackoffOptions {
  /** Delay cap of the first retry. @default 200 */
  readonly baseMs?: number;
  /** Largest delay. @default 10000 */
  readonly maxMs?: number;
}

/**
 * "Full jitter" exponential backoff (AWS Architecture Blog, "Exponential
 * Backoff and Jitter"): a uniform delay in [0, min(max, base · 2^(n-1))], so
 * retrying clients spread out instead of returning in lockstep.
 */
export function fullJitter(
  retry: number,
  options: BackoffOptions = {},
  random: () => number = Math.random,
): number {
  const cap = Math.min(
    options.maxMs ?? 10_000,
    (options.baseMs ?? 200) * 2 ** Math.max(0, retry - 1),
  );
  return Math.floor(random() * cap);
}
