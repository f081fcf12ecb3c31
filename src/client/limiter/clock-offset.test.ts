import { describe, expect, it } from 'vitest';
import { ClockOffset } from './clock-offset.js';

describe('the offset of the store’s clock', () => {
  it('maps the store’s times to this clock from the round trip with the least time in flight', () => {
    // The store runs 500 ms ahead of this clock.
    const offset = new ClockOffset();
    offset.sample(1040 + 500, 1000, 1100); // read 10 ms off the middle of a slow trip
    expect(offset.toLocal(3000)).toBe(2510);
    offset.sample(1202 + 500, 1200, 1204);
    expect(offset.toLocal(3000)).toBe(2500);
    // A slower trip later does not replace the best one…
    offset.sample(1390 + 500, 1300, 1400);
    expect(offset.toLocal(3000)).toBe(2500);
    // …until that is a minute old.
    offset.sample(70_008 + 500, 69_990, 70_010);
    expect(offset.toLocal(3000)).toBe(2492);
  });
});
