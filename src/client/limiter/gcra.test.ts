import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gcraParams, reserve } from './gcra.js';

/** Books `n` requests arriving at the given times; returns the slot times. */
function schedule(arrivals: number[], limit: number, intervalMs: number, burst = 1): number[] {
  const { emissionMs, toleranceMs } = gcraParams({ limit, intervalMs, burst });
  let tat: number | undefined;
  return arrivals.map((now) => {
    const booked = reserve(now, [{ emissionMs, toleranceMs, tat }]);
    tat = booked.tats[0];
    return booked.at;
  });
}

describe('GCRA scheduling', () => {
  it('spaces slots one emission interval apart', () => {
    expect(schedule([0, 0, 0, 0], 4, 1000)).toEqual([0, 250, 500, 750]);
  });

  it('lets a request go at once when the account has been idle', () => {
    expect(schedule([0, 5000], 4, 1000)).toEqual([0, 5000]);
  });

  it('never puts more than `limit` slots in any window of the interval, whatever the arrivals', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 200 })
          .map((a) => a.sort((x, y) => x - y)),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 100, max: 5000 }),
        (arrivals, limit, intervalMs) => {
          const slots = schedule(arrivals, limit, intervalMs);
          for (let i = 0; i + limit < slots.length; i++) {
            // The (limit+1)-th slot after slot i is a whole interval later.
            expect(slots[i + limit]! - slots[i]!).toBeGreaterThanOrEqual(intervalMs - 1e-6);
          }
          for (const [i, slot] of slots.entries())
            expect(slot).toBeGreaterThanOrEqual(arrivals[i]!);
        },
      ),
    );
  });

  it('allows a burst up front when asked', () => {
    expect(schedule([0, 0, 0, 0], 2, 1000, 2)).toEqual([0, 0, 500, 1000]);
  });

  it('books one slot in several rates at the same moment', () => {
    const account = gcraParams({ limit: 20, intervalMs: 1000 }); // 50 ms
    const method = gcraParams({ limit: 1, intervalMs: 1000 }); // 1000 ms
    const first = reserve(0, [
      { ...account, tat: undefined },
      { ...method, tat: undefined },
    ]);
    const second = reserve(0, [
      { ...account, tat: first.tats[0] },
      { ...method, tat: first.tats[1] },
    ]);
    expect(first.at).toBe(0);
    expect(second.at).toBe(1000);
    expect(second.tats).toEqual([1050, 2000]);
  });
});
