import type { Category } from '../model/categories.js';
import { entryOf } from './map-counts.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Widths a reader recognises; past the last one the width doubles.
const WIDTHS = [MINUTE, 5 * MINUTE, 15 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 7 * DAY];

/** Errors of one time bucket, by category. */
export interface TimeBucket {
  /** Start of the bucket, epoch milliseconds (a multiple of the width, UTC). */
  readonly start: number;
  readonly counts: Readonly<Partial<Record<Category, number>>>;
}

/** Errors over time: buckets of one width, as many as {@link createTimeBuckets}'s bound allows. */
export interface Timeline {
  readonly bucketMs: number;
  readonly buckets: readonly TimeBucket[];
}

/**
 * Counts by category over time in a bounded number of buckets: one minute
 * wide to start with, widened (buckets merged) whenever the times seen would
 * need more than `maxBuckets`, so that memory stays flat whatever the span.
 */
export function createTimeBuckets(maxBuckets = 120) {
  let widthIndex = 0;
  let width = WIDTHS[0]!;
  let buckets = new Map<number, Map<Category, number>>();
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;

  function widen(): void {
    const previous = width;
    widthIndex++;
    width = WIDTHS[widthIndex] ?? width * 2;
    const merged = new Map<number, Map<Category, number>>();
    for (const [index, counts] of buckets) {
      const to = Math.floor((index * previous) / width);
      const into = entryOf(merged, to, () => new Map());
      for (const [category, n] of counts) into.set(category, (into.get(category) ?? 0) + n);
    }
    buckets = merged;
  }

  function add(time: number, category: Category): void {
    if (time < min) min = time;
    if (time > max) max = time;
    while (Math.floor(max / width) - Math.floor(min / width) >= maxBuckets) widen();
    const index = Math.floor(time / width);
    const counts = entryOf(buckets, index, () => new Map());
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }

  /** The buckets from the first error to the last, empty ones included. */
  function timeline(): Timeline {
    if (buckets.size === 0) return { bucketMs: width, buckets: [] };
    const first = Math.floor(min / width);
    const last = Math.floor(max / width);
    const out: TimeBucket[] = [];
    for (let index = first; index <= last; index++) {
      out.push({ start: index * width, counts: Object.fromEntries(buckets.get(index) ?? []) });
    }
    return { bucketMs: width, buckets: out };
  }

  return { add, timeline };
}
