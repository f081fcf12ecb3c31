// GCRA (the generic cell rate algorithm, as in ATM's traffic shaping and
// redis-cell), in its scheduling form: rather than refusing a request, it
// gives the earliest time the request conforms, and books that slot.
//
// A limit of `limit` requests per `intervalMs` is an emission interval
// T = intervalMs / limit. With no burst (tau = 0) slots are exactly T apart,
// so ANY window of `intervalMs` holds at most `limit` requests — unlike a
// fixed window, which lets 2 × limit through around its edge.

import type { Rate } from '../../model/rate.js';

/**
 * Emission interval and burst tolerance of a rate, in ms.
 * @param rate the rate, and how many requests may go back to back before spacing applies (`burst`, @default 1)
 */
export function gcraParams(rate: Rate & { readonly burst?: number | undefined }): {
  emissionMs: number;
  toleranceMs: number;
} {
  const emissionMs = rate.intervalMs / rate.limit;
  return { emissionMs, toleranceMs: Math.max(0, (rate.burst ?? 1) - 1) * emissionMs };
}

/**
 * Books the earliest conforming slot at or after `now` across several specs
 * at once (a request under both an account and a per-method limit takes one
 * slot in each, at the same moment). Returns the slot time and the new
 * theoretical arrival times to store.
 */
export function reserve(
  now: number,
  specs: readonly { emissionMs: number; toleranceMs: number; tat: number | undefined }[],
): { at: number; tats: number[] } {
  let at = now;
  for (const s of specs) {
    const tat = s.tat ?? now;
    at = Math.max(at, tat - s.toleranceMs);
  }
  const tats = specs.map((s) => Math.max(s.tat ?? at, at) + s.emissionMs);
  return { at, tats };
}
