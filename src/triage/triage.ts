import type { DecodeOptions } from '../decode/decode.js';
import { createHostIndex } from '../decode/provider-of-url.js';
import { isKodexError } from '../errors/kodex-error.js';
import type { DocumentedRate, ProviderCatalog } from '../model/catalog.js';
import type { Category } from '../model/categories.js';
import type { ErrorRecord } from '../model/record.js';
import { redactText, redactUrl } from '../wire/redact.js';
import type { RawResponse } from '../wire/response-view.js';
import { entryOf } from './entry-of.js';
import type { Exchange } from './exchange.js';
import { packStubs, type StubSource } from './pack-stubs.js';
import { createRatePeaks } from './rate-peaks.js';
import type {
  CodeCount,
  NotRetried,
  ProblemCount,
  RateLimitAnswers,
  SeenRequest,
  TriageReport,
  UnknownCode,
} from './report.js';
import { createRetryTracker, type RetryWindow } from './retry-tracker.js';
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

/** Characters of a body, a message and a URL a report quotes. */
const BODY_CHARS = 2000;
const DETAIL_CHARS = 500;
const URL_CHARS = 500;
/** Distinct problem messages and not-retried groups kept, at most. */
const MAX_GROUPS = 1000;
/** Characters of a problem's message (one may quote a provider id from the file). */
const PROBLEM_CHARS = 300;
const MAX_STATUSES = 10;

interface CodeTally {
  readonly provider: string;
  readonly code: string;
  readonly category: Category;
  readonly retryable: boolean;
  readonly known: boolean;
  readonly title: string;
  count: number;
  readonly statuses: Map<number, number>;
  first?: number;
  last?: number;
  readonly examples: UnknownCode['examples'][number][];
  /** The first message the provider sent with the code: a stub's title. */
  detail?: string;
}

interface RateTally {
  answers: number;
  readonly codes: Map<string, number>;
  minWait?: number;
  maxWait?: number;
}

const iso = (time: number | undefined) =>
  time === undefined ? undefined : new Date(time).toISOString();

function seenRequest(exchange: Exchange): SeenRequest {
  return {
    time: iso(exchange.time),
    method: exchange.method,
    url: exchange.url === undefined ? undefined : redactUrl(exchange.url).slice(0, URL_CHARS),
    status: exchange.status,
  };
}

const bodyDecoder = new TextDecoder();

/** The start of a body as text, redacted (redacted before it is cut, so no credential is cut in two). */
function bodyStart(body: string | Uint8Array): string {
  const text =
    typeof body === 'string'
      ? body.slice(0, 2 * BODY_CHARS)
      : bodyDecoder.decode(body.subarray(0, 8 * BODY_CHARS)).slice(0, 2 * BODY_CHARS);
  return redactText(text).slice(0, BODY_CHARS);
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Keys by count, most first. */
function byCount<K>(map: Map<K, number>): K[] {
  return [...map].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

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
  const maxCodes = options.maxCodes ?? 5000;
  const examples = options.examples ?? 3;
  const catalogOf = new Map(options.catalogs.map((c) => [c.id, c]));
  const hosts = createHostIndex(options.catalogs);
  const ratePeaks = new Map(
    options.catalogs.flatMap((c) => {
      const rates = c.limits.filter((l): l is DocumentedRate => l.kind === 'rate');
      return rates.length ? [[c.id, createRatePeaks(rates)] as const] : [];
    }),
  );

  const timeBuckets = createTimeBuckets(options.maxBuckets);
  const providers = new Map<string, Map<Category, number>>();
  const codes = new Map<string, CodeTally>();
  const problems = new Map<string, { count: number; at: number[] }>();
  const notRetried = new Map<string, NotRetried & { count: number; examples: SeenRequest[] }>();
  const rates = new Map<string, RateTally>();
  let exchanges = 0;
  let errors = 0;
  let noAnswer = 0;
  let problemCount = 0;
  let otherCodes = 0;
  let first: number | undefined;
  let last: number | undefined;

  // What a waiting error keeps: no more than its group and one example.
  type Waiting = { record: Pick<ErrorRecord, 'provider' | 'code' | 'category'>; seen: SeenRequest };
  const retries = createRetryTracker<Waiting>(({ record, seen }) => {
    const method = seen.method ?? '?';
    const key = `${record.provider}\u0000${record.code}\u0000${method}`;
    let group = notRetried.get(key);
    if (!group) {
      if (notRetried.size >= MAX_GROUPS) return;
      group = {
        provider: record.provider,
        code: record.code,
        category: record.category,
        method,
        count: 0,
        examples: [],
      };
      notRetried.set(key, group);
    }
    group.count++;
    if (group.examples.length < examples) group.examples.push(seen);
  }, options.retry);

  /**
   * One item of the file that could not be read, `at` its entry index or line
   * number; without `at`, the file as a whole.
   */
  function problem(fullMessage: string, at?: number): void {
    problemCount++;
    const message = fullMessage.slice(0, PROBLEM_CHARS);
    if (!problems.has(message) && problems.size >= MAX_GROUPS) return;
    const tally = entryOf(problems, message, () => ({ count: 0, at: [] as number[] }));
    tally.count++;
    if (at !== undefined && tally.at.length < examples) tally.at.push(at);
  }

  function countCode(record: ErrorRecord, exchange: Exchange): void {
    const key = `${record.provider}\u0000${record.code}`;
    let tally = codes.get(key);
    if (!tally) {
      if (codes.size >= maxCodes) {
        otherCodes++;
        return;
      }
      tally = {
        provider: record.provider,
        code: record.code,
        category: record.category,
        retryable: record.retryable,
        known: record.known,
        title: record.title,
        count: 0,
        statuses: new Map(),
        examples: [],
      };
      codes.set(key, tally);
    }
    tally.count++;
    if (tally.statuses.size < MAX_STATUSES || tally.statuses.has(record.status))
      increment(tally.statuses, record.status);
    const time = exchange.time;
    if (time !== undefined) {
      if (tally.first === undefined || time < tally.first) tally.first = time;
      if (tally.last === undefined || time > tally.last) tally.last = time;
    }
    if (!record.known && tally.examples.length < examples) {
      const detail = record.detail && redactText(record.detail).slice(0, DETAIL_CHARS);
      tally.detail ??= detail;
      tally.examples.push({ ...seenRequest(exchange), detail, body: bodyStart(exchange.body) });
    }
  }

  function countRateLimit(record: ErrorRecord): void {
    const tally = entryOf(
      rates,
      record.provider,
      (): RateTally => ({ answers: 0, codes: new Map() }),
    );
    tally.answers++;
    if (tally.codes.size < MAX_GROUPS || tally.codes.has(record.code))
      increment(tally.codes, record.code);
    const wait = record.retryAfterMs;
    if (wait !== undefined) {
      tally.minWait = Math.min(tally.minWait ?? wait, wait);
      tally.maxWait = Math.max(tally.maxWait ?? wait, wait);
    }
  }

  function countError(record: ErrorRecord, exchange: Exchange): void {
    errors++;
    if (exchange.time !== undefined) timeBuckets.add(exchange.time, record.category);
    const byCategory = entryOf(providers, record.provider, () => new Map());
    increment(byCategory, record.category);
    countCode(record, exchange);
    for (const other of record.others ?? []) countCode(other, exchange);
    if (record.category === 'rate_limited') countRateLimit(record);
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
    exchanges++;
    const time = exchange.time;
    if (time === undefined) return;
    if (first === undefined || time < first) first = time;
    if (last === undefined || time > last) last = time;
    if (hostProvider !== undefined) ratePeaks.get(hostProvider)?.see(time);
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
    if (status === 0) noAnswer++;
    if (!record) {
      retries.see(method, url, time);
      return;
    }
    countError(record, exchange);
    retries.see(
      method,
      url,
      time,
      record.retryable
        ? {
            waitMs: record.retryAfterMs,
            payload: {
              record: { provider: record.provider, code: record.code, category: record.category },
              seen: seenRequest(exchange),
            },
          }
        : undefined,
    );
  }

  function rateLimits(): RateLimitAnswers[] {
    return [...rates]
      .sort((a, b) => b[1].answers - a[1].answers)
      .map(([provider, tally]) => ({
        provider,
        answers: tally.answers,
        codes: byCount(tally.codes).map((code) => ({ code, count: tally.codes.get(code)! })),
        retryAfterMs:
          tally.minWait === undefined ? undefined : { min: tally.minWait, max: tally.maxWait! },
        documented: (ratePeaks.get(provider)?.peaks() ?? []).map(({ rate, peak, peakAt }) => ({
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

  /** What the traffic read so far says; call once, after the last exchange. */
  function report(): TriageReport {
    const undecidedRetries = retries.end();
    const tallies = [...codes.values()].sort((a, b) => b.count - a.count);
    const codeCounts: CodeCount[] = tallies.map((t) => ({
      provider: t.provider,
      code: t.code,
      category: t.category,
      retryable: t.retryable,
      known: t.known,
      title: t.title,
      count: t.count,
      statuses: byCount(t.statuses),
      first: iso(t.first),
      last: iso(t.last),
    }));
    const unknownTallies = tallies.filter((t) => !t.known);
    const stubSources: StubSource[] = unknownTallies.map((t) => ({
      provider: t.provider,
      code: t.code,
      status: byCount(t.statuses)[0]!,
      category: t.category,
      count: t.count,
      detail: t.detail,
    }));
    return {
      totals: {
        exchanges,
        errors,
        noAnswer,
        problems: problemCount,
        first: iso(first),
        last: iso(last),
      },
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
      codes: codeCounts,
      otherCodes,
      unknown: unknownTallies.map((t) => ({
        provider: t.provider,
        code: t.code,
        count: t.count,
        examples: t.examples,
      })),
      notRetried: [...notRetried.values()].sort((a, b) => b.count - a.count),
      retryWindow: retries.window,
      undecidedRetries,
      rateLimits: rateLimits(),
      stubs: packStubs(stubSources, catalogOf),
    };
  }

  return { add, problem, report };
}

/** A triage run: feed it exchanges and problems in file order, then ask for the report. */
export type Triage = ReturnType<typeof createTriage>;
