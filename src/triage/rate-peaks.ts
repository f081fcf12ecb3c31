import type { DocumentedRate } from '../model/catalog.js';

/** The most requests seen in one fixed window of a documented rate's interval. */
export interface RatePeak {
  readonly rate: DocumentedRate;
  readonly peak: number;
  /** Start of the busiest window, epoch ms. */
  readonly peakAt?: number;
}

/**
 * Counts a provider's requests in fixed windows of each rate it documents and
 * keeps the busiest: a lower bound of the sliding-window count a provider
 * enforces, in constant memory (one window open per rate). Assumes requests
 * come in time order, as HAR files and logs write them; one out of order
 * counts in the open window.
 */
export function createRatePeaks(rates: readonly DocumentedRate[]) {
  const windows = rates.map((rate) => ({ rate, index: Number.NaN, count: 0, peak: 0, peakAt: 0 }));

  function see(time: number): void {
    for (const w of windows) {
      const index = Math.floor(time / w.rate.intervalMs);
      if (index > w.index || Number.isNaN(w.index)) {
        w.index = index;
        w.count = 0;
      }
      w.count++;
      if (w.count > w.peak) {
        w.peak = w.count;
        w.peakAt = w.index * w.rate.intervalMs;
      }
    }
  }

  function peaks(): RatePeak[] {
    return windows.map((w) => ({
      rate: w.rate,
      peak: w.peak,
      peakAt: w.peak ? w.peakAt : undefined,
    }));
  }

  return { see, peaks };
}
