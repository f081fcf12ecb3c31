import { describe, expect, it } from 'vitest';
import { createTimeBuckets } from './time-buckets.js';

describe('createTimeBuckets', () => {
  it('widens its buckets to stay within the bound, keeping every count', () => {
    const buckets = createTimeBuckets(10);
    const start = Date.UTC(2026, 0, 1);
    for (let minute = 0; minute < 600; minute++)
      buckets.add(start + minute * 60_000, minute % 2 ? 'internal' : 'rate_limited');
    const { bucketMs, buckets: out } = buckets.timeline();
    expect(bucketMs).toBe(3_600_000);
    expect(out).toHaveLength(10);
    expect(out[0]).toEqual({ start, counts: { rate_limited: 30, internal: 30 } });
    const total = out.reduce(
      (sum, b) => sum + (b.counts.internal ?? 0) + (b.counts.rate_limited ?? 0),
      0,
    );
    expect(total).toBe(600);
  });

  it('stays bounded for times across the whole range of dates', () => {
    const buckets = createTimeBuckets(120);
    buckets.add(-8.64e15, 'unknown');
    buckets.add(8.64e15, 'unknown');
    expect(buckets.timeline().buckets.length).toBeLessThanOrEqual(120);
  });
});
