import type { DocumentedRate, ProviderCatalog } from '../model/catalog.js';
import type { ErrorRecord } from '../model/record.js';
import { byCount, entryOf, increment } from './map-counts.js';
import { createRatePeaks } from './rate-peaks.js';
import type { RateLimitAnswers } from './report.js';
import { iso } from './seen-request.js';

/** Distinct codes kept per provider. */
const MAX_CODES = 1000;

interface RateTally {
  answers: number;
  readonly codes: Map<string, number>;
  minWait?: number;
  maxWait?: number;
}

/**
 * Rate-limit answers by provider, with the waits they asked for, beside each
 * rate the provider's catalog documents and the busiest window of requests
 * sent to its hosts.
 */
export function createRateLimitTallies(catalogs: readonly ProviderCatalog[]) {
  const peaks = new Map(
    catalogs.flatMap((c) => {
      const rates = c.limits.filter((l): l is DocumentedRate => l.kind === 'rate');
      return rates.length ? [[c.id, createRatePeaks(rates)] as const] : [];
    }),
  );
  const tallies = new Map<string, RateTally>();

  /** A request sent to a provider's hosts at `time`. */
  function request(provider: string, time: number): void {
    peaks.get(provider)?.see(time);
  }

  /** A rate-limit answer. */
  function answer(record: ErrorRecord): void {
    const tally = entryOf(
      tallies,
      record.provider,
      (): RateTally => ({ answers: 0, codes: new Map() }),
    );
    tally.answers++;
    if (tally.codes.size < MAX_CODES || tally.codes.has(record.code))
      increment(tally.codes, record.code);
    const wait = record.retryAfterMs;
    if (wait !== undefined) {
      tally.minWait = Math.min(tally.minWait ?? wait, wait);
      tally.maxWait = Math.max(tally.maxWait ?? wait, wait);
    }
  }

  /** Providers that answered rate-limit errors, most answers first. */
  function list(): RateLimitAnswers[] {
    return [...tallies]
      .sort((a, b) => b[1].answers - a[1].answers)
      .map(([provider, tally]) => ({
        provider,
        answers: tally.answers,
        codes: byCount(tally.codes).map((code) => ({ code, count: tally.codes.get(code)! })),
        retryAfterMs:
          tally.minWait === undefined ? undefined : { min: tally.minWait, max: tally.maxWait! },
        documented: (peaks.get(provider)?.peaks() ?? []).map(({ rate, peak, peakAt }) => ({
          limit: rate.limit,
          intervalMs: rate.intervalMs,
          scope: rate.scope,
          method: rate.method,
          description: rate.description.en,
          peak: peakAt === undefined ? undefined : peak,
          peakAt: iso(peakAt),
        })),
      }));
  }

  return { request, answer, list };
}
