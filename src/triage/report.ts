import type { CatalogInput } from '../model/catalog-input.js';
import type { Category } from '../model/categories.js';
import type { Timeline } from './time-buckets.js';

// The report of `kodex triage --format json`, which the text, Markdown and
// HTML reports render. Plain data; every text in it that came from the
// traffic (URLs, bodies, messages) is redacted (wire/redact) and cut.

/** Items of the file that could not be read, by what was wrong. */
export interface ProblemCount {
  readonly message: string;
  readonly count: number;
  /** The first few places (HAR entry index from 0, or line number from 1). */
  readonly at: readonly number[];
}

/** One request seen, as a report quotes it. */
export interface SeenRequest {
  /** ISO 8601, when the file gave a time. */
  readonly time?: string;
  readonly method?: string;
  /** Redacted. */
  readonly url?: string;
  readonly status: number;
}

/** Errors of one provider. */
export interface ProviderCount {
  readonly provider: string;
  readonly errors: number;
  readonly byCategory: Readonly<Partial<Record<Category, number>>>;
}

/** One code seen: every error of every response counts (a response may carry several). */
export interface CodeCount {
  readonly provider: string;
  readonly code: string;
  readonly category: Category;
  readonly retryable: boolean;
  /** Whether a catalog has the code. */
  readonly known: boolean;
  readonly title: string;
  readonly count: number;
  /** HTTP statuses it came with, most frequent first. */
  readonly statuses: readonly number[];
  readonly first?: string;
  readonly last?: string;
}

/** A code no catalog has, with the first few answers that carried it. */
export interface UnknownCode {
  readonly provider: string;
  readonly code: string;
  readonly count: number;
  readonly examples: readonly (SeenRequest & {
    /** The provider's message, redacted. */
    readonly detail?: string;
    /** The start of the body, redacted. */
    readonly body: string;
  })[];
}

/** Retryable errors after which the same method and URL was not sent again within the window. */
export interface NotRetried {
  readonly provider: string;
  readonly code: string;
  readonly category: Category;
  readonly method: string;
  readonly count: number;
  readonly examples: readonly SeenRequest[];
}

/** A rate the provider documents, with the most requests the traffic sent it in one window. */
export interface DocumentedRateSeen {
  readonly limit: number;
  readonly intervalMs: number;
  readonly scope?: string;
  readonly method?: string;
  readonly description: string;
  /** The most requests to the provider's hosts in one window of `intervalMs` (fixed windows). */
  readonly peak?: number;
  readonly peakAt?: string;
}

/** Rate-limit answers of one provider, and the limits it documents. */
export interface RateLimitAnswers {
  readonly provider: string;
  readonly answers: number;
  readonly codes: readonly { readonly code: string; readonly count: number }[];
  /** The shortest and longest wait the answers asked for. */
  readonly retryAfterMs?: { readonly min: number; readonly max: number };
  readonly documented: readonly DocumentedRateSeen[];
}

/** What one triage run found. */
export interface TriageReport {
  readonly totals: {
    /** Items read: HAR entries or lines. */
    readonly exchanges: number;
    /** Answers that decode to an error. */
    readonly errors: number;
    /** Requests that got no HTTP answer (status 0: failed or blocked). */
    readonly noAnswer: number;
    /** Items that could not be read (see {@link TriageReport.problems}). */
    readonly problems: number;
    readonly first?: string;
    readonly last?: string;
  };
  readonly problems: readonly ProblemCount[];
  readonly timeline: Timeline;
  readonly providers: readonly ProviderCount[];
  readonly codes: readonly CodeCount[];
  /** Codes beyond the report's bound of distinct codes, counted together. */
  readonly otherCodes: number;
  readonly unknown: readonly UnknownCode[];
  readonly notRetried: readonly NotRetried[];
  /** The window a retry must come in: after the error (plus the wait it asked for), or in exchanges when times are missing. */
  readonly retryWindow: { readonly ms: number; readonly exchanges: number };
  /** Retryable errors too close to the end of the traffic for their window to have passed. */
  readonly undecidedRetries: number;
  readonly rateLimits: readonly RateLimitAnswers[];
  /** Catalog entries, in the catalog input shape, for the codes no catalog has: one catalog per provider. */
  readonly stubs: readonly CatalogInput[];
}
