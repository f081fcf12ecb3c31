import type { DecodeOptions } from '../decode/decode.js';
import { createHostIndex } from '../decode/provider-of-url.js';
import { isKodexError } from '../errors/kodex-error.js';
import type { ProviderCatalog } from '../model/catalog.js';
import type { Category } from '../model/categories.js';
import type { ErrorRecord } from '../model/record.js';
import type { RawResponse } from '../wire/response-view.js';
import { createCodeTallies } from './code-tallies.js';
import type { Exchange } from './exchange.js';
import { byCount, entryOf, increment } from './map-counts.js';
import { createNotRetriedGroups, type WaitingError } from './not-retried.js';
import { createRateLimitTallies } from './rate-limit-tallies.js';
import type { ProblemCount, TriageReport } from './report.js';
import { createRetryTracker, type RetryWindow } from './retry-tracker.js';
import { iso, seenRequest } from './seen-request.js';
import { createTimeBuckets } from './time-buckets.js';

/** Decodes one answer: kodex's `decode`, or that of a set of providers with packs loaded. */
export type TriageDecode = (response: RawResponse, options: DecodeOptions) => ErrorRecord | null;

/** Options of {@link createTriage}. */
export interface TriageOptions {
  readonly decode: TriageDecode;
  /** The catalogs `decode` knows: their hosts name providers, their limits and names fill the report. */
  readonly catalogs: readonly ProviderCatalog[];
  /** When an error counts as not retried (docs/triage.md). */
  readonly retry?: RetryWindow;
  /** Time buckets of the timeline, at most. @default 120 */
  readonly maxBuckets?: number;
  /** Distinct codes counted one by one, at most; the rest are counted together. @default 5000 */
  readonly maxCodes?: number;
  /** Example answers kept per unknown code and per not-retried group. @default 3 */
  readonly examples?: number;
}

/** Distinct problem messages kept, at most. */
const MAX_PROBLEMS = 1000;
/** Characters of a problem's message (one may quote a provider id from the file). */
const PROBLEM_CHARS = 300;

/**
 * Reads traffic one exchange at a time and reports on its errors: counts by
 * provider, code and category over time, unknown codes with examples,
 * retryable errors not retried, rate-limit answers beside the documented
 * limits, and catalog stubs for the unknown codes. Memory is bounded
 * whatever the length of the traffic (see the options' bounds).
 * @example
 * const triage = createTriage({ decode, catalogs: Object.values(catalogs) });
 * triage.add({ status: 429, url: 'https://api.example.com/x', body: '' }, 0);
 * triage.report().totals.errors; // 1
 */
export function createTriage(options: TriageOptions) {
  const { decode } = options;
  const examples = options.examples ?? 3;
  const catalogOf = new Map(options.catalogs.map((c) => [c.id, c]));
  const hosts = createHostIndex(options.catalogs);
  const timeBuckets = createTimeBuckets(options.maxBuckets);
  const codes = createCodeTallies(options.maxCodes ?? 5000, examples);
  const rateLimits = createRateLimitTallies(options.catalogs);
  const notRetried = createNotRetriedGroups(examples);
  const retries = createRetryTracker<WaitingError>(notRetried.add, options.retry);
  const providers = new Map<string, Map<Category, number>>();
  const problems = new Map<string, { count: number; at: number[] }>();
  const totals = { exchanges: 0, errors: 0, noAnswer: 0, problems: 0 };
  let first: number | undefined;
  let last: number | undefined;

  /**
   * One item of the file that could not be read, `at` its entry index or line
   * number; without `at`, the file as a whole.
   */
  function problem(fullMessage: string, at?: number): void {
    totals.problems++;
    const message = fullMessage.slice(0, PROBLEM_CHARS);
    if (!problems.has(message) && problems.size >= MAX_PROBLEMS) return;
    const tally = entryOf(problems, message, () => ({ count: 0, at: [] as number[] }));
    tally.count++;
    if (at !== undefined && tally.at.length < examples) tally.at.push(at);
  }

  /** Decodes an answer; undefined (and a problem counted) when decode refuses the options. */
  function decodeAnswer(
    exchange: Exchange,
    hostProvider: string | undefined,
    at: number,
  ): ErrorRecord | null | undefined {
    // A 2xx from a provider whose catalog says the HTTP status tells success
    // needs no decoding: most of any traffic, and the cost of reading it.
    const status = exchange.status;
    if (status >= 200 && status < 300 && exchange.provider === undefined && hostProvider) {
      if (catalogOf.get(hostProvider)?.success.signal === 'http-status') return null;
    }
    const time = exchange.time;
    try {
      return decode(
        { status, headers: exchange.headers, body: exchange.body },
        {
          provider: exchange.provider,
          url: exchange.url,
          // HTTP-date Retry-After is read against the time of the exchange.
          now: time === undefined ? undefined : () => time,
        },
      );
    } catch (error) {
      if (!isKodexError(error)) throw error;
      problem(error.message, at);
      return undefined;
    }
  }

  /** Counts an exchange that was read: its time, and a request to its provider. */
  function countExchange(exchange: Exchange, hostProvider: string | undefined): void {
    totals.exchanges++;
    if (exchange.status === 0) totals.noAnswer++;
    const time = exchange.time;
    if (time === undefined) return;
    if (first === undefined || time < first) first = time;
    if (last === undefined || time > last) last = time;
    if (hostProvider !== undefined) rateLimits.request(hostProvider, time);
  }

  function countError(record: ErrorRecord, exchange: Exchange): void {
    totals.errors++;
    if (exchange.time !== undefined) timeBuckets.add(exchange.time, record.category);
    increment(
      entryOf(providers, record.provider, () => new Map()),
      record.category,
    );
    codes.count(record, exchange);
    for (const other of record.others ?? []) codes.count(other, exchange);
    if (record.category === 'rate_limited') rateLimits.answer(record);
  }

  /**
   * One exchange of the traffic, in the order of the file; `at` is its entry
   * index or line number. One that cannot be read (a status that is none, a
   * provider decode does not know) is a problem, not an exchange.
   */
  function add(exchange: Exchange, at: number): void {
    const { time, method, url, status } = exchange;
    if (status !== 0 && (status < 100 || status > 599)) {
      problem(`status ${status} is no HTTP status`, at);
      return;
    }
    const hostProvider =
      exchange.provider ?? (url === undefined ? undefined : hosts.providerOf(url));
    const record = status === 0 ? null : decodeAnswer(exchange, hostProvider, at);
    if (record === undefined) return;
    countExchange(exchange, hostProvider);
    if (record) countError(record, exchange);
    const waiting: WaitingError | undefined = record?.retryable
      ? {
          record: { provider: record.provider, code: record.code, category: record.category },
          seen: seenRequest(exchange),
        }
      : undefined;
    retries.see(method, url, time, waiting && { waitMs: record?.retryAfterMs, payload: waiting });
  }

  /** What the traffic read so far says; call once, after the last exchange. */
  function report(): TriageReport {
    const undecidedRetries = retries.end();
    const seen = codes.seen(catalogOf);
    return {
      totals: { ...totals, first: iso(first), last: iso(last) },
      problems: [...problems]
        .sort((a, b) => b[1].count - a[1].count)
        .map(([message, t]): ProblemCount => ({ message, count: t.count, at: t.at })),
      timeline: timeBuckets.timeline(),
      providers: [...providers]
        .map(([provider, byCategory]) => ({
          provider,
          errors: [...byCategory.values()].reduce((a, b) => a + b, 0),
          byCategory: Object.fromEntries(byCount(byCategory).map((c) => [c, byCategory.get(c)!])),
        }))
        .sort((a, b) => b.errors - a.errors),
      codes: seen.codes,
      otherCodes: seen.otherCodes,
      unknown: seen.unknown,
      notRetried: notRetried.list(),
      retryWindow: retries.window,
      undecidedRetries,
      rateLimits: rateLimits.list(),
      stubs: seen.stubs,
    };
  }

  return { add, problem, report };
}

/** A triage run: feed it exchanges and problems in file order, then ask for the report. */
export type Triage = ReturnType<typeof createTriage>;
