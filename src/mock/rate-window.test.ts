import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlidingWindow } from './rate-window.js';

describe('SlidingWindow', () => {
  it('lets exactly the limit through in a window and says when the next slot frees', () => {
    const window = new SlidingWindow({ limit: 3, intervalMs: 1000 });
    expect([0, 100, 200].map((t) => window.take(t))).toEqual([0, 0, 0]);
    expect(window.take(300)).toBe(700);
    expect(window.take(999)).toBe(1);
    // The first request leaves the window exactly one interval after it passed.
    expect(window.take(1000)).toBe(0);
    expect(window.take(1050)).toBe(50);
  });

  it('slides rather than resetting at fixed edges', () => {
    const window = new SlidingWindow({ limit: 4, intervalMs: 1000 });
    for (const t of [900, 950, 990, 999]) expect(window.take(t)).toBe(0);
    // A fixed window would start afresh at 1000 and let four more through.
    expect(window.take(1001)).toBe(899);
    expect(window.count(1500)).toBe(4);
    expect(window.count(1900)).toBe(3);
  });

  it('never lets more than the limit through in any window, whatever the arrivals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 300 }),
        (limit, intervalMs, gaps) => {
          const window = new SlidingWindow({ limit, intervalMs });
          const passed: number[] = [];
          let t = 0;
          for (const gap of gaps) {
            t += gap;
            if (window.take(t) === 0) passed.push(t);
          }
          // Every window [s, s + interval) starting at a passed request holds at most `limit`.
          for (let i = 0; i < passed.length; i++) {
            const inWindow = passed.filter((p) => p >= passed[i]! && p < passed[i]! + intervalMs);
            expect(inWindow.length).toBeLessThanOrEqual(limit);
          }
        },
      ),
    );
  });
});
