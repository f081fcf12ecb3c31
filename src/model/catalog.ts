import type { Category } from './categories.js';
import type { Rate } from './rate.js';

// The catalog's shape is written once, here (and its input form in
// catalog-input.ts). catalogs/schema.ts checks data against it at run time and
// fails the type-check when the two disagree; why the types and not `z.infer`
// of the schema are the source is said there.

/** Languages kodex speaks. */
export type Lang = 'ru' | 'en';

/** A text in both languages. */
export interface Text {
  readonly ru: string;
  readonly en: string;
}

/** Picks the text of one language, falling back to the other. */
export function pick(text: Partial<Text> | undefined, lang: Lang): string | undefined {
  if (!text) return undefined;
  return text[lang] ?? text[lang === 'ru' ? 'en' : 'ru'];
}

/** The type of one message-template parameter. */
export type ParamType = 'string' | 'number';

/** One named parameter of a message template, e.g. Avtocod B011's `day_quote`. */
export interface ParamSpec {
  readonly type: ParamType;
  readonly description?: Partial<Text>;
}

/**
 * What an entry means for a caller. Most codes are errors; a few seed codes
 * are not (amoCRM 280 "created", Mobizon 0 success, 98 partial, 100 background).
 * @default 'error'
 */
export type EntryKind = 'error' | 'success' | 'partial' | 'pending';

/** One code of a provider's catalog. Plain data: no logic lives here. */
export interface CatalogEntry {
  /** The provider's own code, exactly as it writes it: `110`, `B011`, `invalid_api_key`. */
  readonly code: string;
  /**
   * Tells apart entries that share one code with different meanings
   * (amoCRM 244 in several sections, Google `required` under 400 and 401).
   * Absent when the code is unique in its catalog.
   */
  readonly variant?: string;
  /** A stable machine name: the provider's own (`NoQuoteDay`) or one kodex gives. */
  readonly name: string;
  /** The HTTP status the provider answers with. */
  readonly status: number;
  /** True when the seed gives no HTTP status and kodex infers it (see `decision`). */
  readonly statusInferred?: boolean;
  readonly category: Category;
  /** Whether the same request, unchanged, may succeed later with no human action. */
  readonly retryable: boolean;
  /** @default 'error' */
  readonly kind?: EntryKind;
  /** Short title; `ru` as the seed writes it, `en` a faithful translation. */
  readonly title: Text;
  /** Longer explanation, when the seed gives one. */
  readonly description?: Partial<Text>;
  /** Message template with `{param}` placeholders, when the seed shows one. */
  readonly template?: Partial<Text>;
  /** Parameters of {@link template}, by name. */
  readonly params?: Readonly<Record<string, ParamSpec>>;
  /** The provider's class of the code (Avtocod: Global, Security, Billing, Data). */
  readonly class?: string;
  /** Id of the seed section this entry comes from (see {@link ProviderCatalog.sections}). */
  readonly section: string;
  /** Documentation link for this code, when the seed gives one. */
  readonly docs?: string;
  /**
   * Regular-expression sources (matched case-insensitively) that recognise the
   * provider's untyped message for this entry, e.g. UniSender's frequent
   * errors sent without a code.
   */
  readonly patterns?: readonly string[];
  /**
   * For the reader of the API: why this entry has the category, status or
   * retryability it has when the provider's answer alone does not say
   * (`quota_exceeded, not payment_required, despite the 402: …`). Published.
   */
  readonly decision?: string;
  /**
   * For the catalog's maintainers only: where the entry comes from and how it
   * was transcribed (the seed row, a typo fixed, a code added beyond the
   * provider's reference). Never published: see {@link MAINTAINER_FIELDS}.
   */
  readonly note?: string;
}

/**
 * Entry fields for maintainers only: no reference page, OpenAPI document, web
 * page, CLI card or JSON output carries them (see {@link publishedEntry}).
 */
export const MAINTAINER_FIELDS = ['note'] as const;

/** An entry without its maintainer-only fields: what every published output starts from. */
export type PublishedEntry<E extends CatalogEntry = CatalogEntry> = Omit<
  E,
  (typeof MAINTAINER_FIELDS)[number]
>;

/**
 * The entry as published: a copy without {@link MAINTAINER_FIELDS}.
 * @example publishedEntry(entry).note // undefined
 */
export function publishedEntry<E extends CatalogEntry>(entry: E): PublishedEntry<E> {
  const { note: _note, ...published } = entry;
  return published;
}

/** A section of a provider's reference, as the seed groups its codes. */
export interface Section {
  readonly id: string;
  readonly title: Text;
  /** Seed file this section comes from, e.g. `000` or `003`; absent for sections kodex adds. Maintainers only: not published. */
  readonly seed?: string;
  /** Where a section that is not in the provider's reference comes from (`RFC 6749`, `google.rpc.Code`); published. */
  readonly source?: string;
  readonly docs?: string;
}

/** What every documented limit says besides its figure: where it applies, in words, and whence. */
interface LimitDocumentation {
  /** What the limit is counted against. @default 'account' */
  readonly scope?: 'account' | 'ip' | 'key' | 'method' | 'user' | 'project';
  /** The API method the limit applies to, when it is per method (UniSender `sendEmail`). */
  readonly method?: string;
  readonly description: Text;
  /** Where the figure comes from: `seed 003`, or `issue 4` where the seed is silent. Maintainers only: not published. */
  readonly source: string;
}

/** A rate the provider documents: a {@link Rate} (what the client holds and the mock enforces), documented. */
export interface DocumentedRate extends Rate, LimitDocumentation {
  readonly kind: 'rate';
}

/** Any other documented limit: a quota, a size or a count. */
export interface DocumentedAmount extends LimitDocumentation {
  readonly kind: 'quota' | 'body-size' | 'file-size' | 'count';
  /** Requests per interval (quota), bytes (sizes) or items (count). */
  readonly limit: number;
  /** Length of the interval in milliseconds, for a quota. */
  readonly intervalMs?: number;
}

/** A limit the provider documents (rate, quota, sizes). */
export type Limit = DocumentedRate | DocumentedAmount;

/** How a provider tells success from failure. */
export interface SuccessSignal {
  /** `http-status`: 2xx is success. `body-code`: a code inside the body decides, often in a 200. */
  readonly signal: 'http-status' | 'body-code';
  readonly description: Text;
}

/** Wire formats a provider answers in. */
export type WireFormat = 'json' | 'xml' | 'text' | 'html';

/** A provider's whole catalog: identity, documented behaviour, and every code. */
export interface ProviderCatalog {
  readonly id: string;
  readonly name: string;
  readonly description: Text;
  /** The provider's error reference page. */
  readonly docs?: string;
  /**
   * The hosts the provider's API answers on: an exact host (`api.dellin.ru`),
   * or `*.` and a domain for every host under it (`*.amocrm.ru`). A response
   * from one of them is decoded as this provider's (see `decode`'s `url`).
   */
  readonly hosts?: readonly string[];
  /** Seed files the catalog is transcribed from. Maintainers only: not published. */
  readonly seeds: readonly string[];
  readonly formats: readonly WireFormat[];
  readonly success: SuccessSignal;
  readonly limits: readonly Limit[];
  readonly sections: readonly Section[];
  /**
   * Catalog-wide transcription notes on what the seed leaves open
   * (translations, inferred statuses). Maintainers only: not published.
   */
  readonly notes?: readonly string[];
  readonly entries: readonly CatalogEntry[];
}

/**
 * Declares a provider catalog. The identity function keeps literal types
 * (codes, parameter names) so typed APIs can be built on a catalog.
 * @example
 * export const mobizon = defineProviderCatalog({ id: 'mobizon', ... });
 */
export function defineProviderCatalog<const T extends ProviderCatalog>(catalog: T): T {
  return catalog;
}

/** The key that names an entry uniquely in its catalog: `244` or `244.events`. */
export function entryKey(entry: Pick<CatalogEntry, 'code' | 'variant'>): string {
  return entry.variant ? `${entry.code}.${entry.variant}` : entry.code;
}
