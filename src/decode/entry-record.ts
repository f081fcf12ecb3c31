import type { CatalogEntry, Lang } from '../model/catalog.js';
import { entryKey, pick } from '../model/catalog.js';
import type { ErrorRecord, FieldIssue } from '../model/record.js';
import { renderTemplate } from '../model/template.js';
import { redactFields, redactParams, redactText, redactUrl } from '../wire/redact.js';

/** A record still being filled in. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * One occurrence of an error: a decoded response, an API author's error, a
 * docs example; what it adds to what the catalog knows of the error.
 */
export interface Occurrence {
  /** The catalog id the record names. */
  readonly provider: string;
  /** The HTTP status received, or to be sent. */
  readonly status: number;
  readonly lang: Lang;
  /**
   * The occurrence's own message, credentials already hidden (see
   * `redactText`): decoding needs the hidden text before it picks the entry.
   */
  readonly detail?: string;
  /**
   * Without a detail, the entry's message template filled with the params
   * (their credentials hidden) stands in for one. A decoder leaves it off: a
   * provider that sent no message sent none.
   * @default false
   */
  readonly fromTemplate?: boolean;
  /** Template parameters, kept as given (an empty set too); credentials are hidden here. */
  readonly params?: Readonly<Record<string, unknown>>;
  /** Field-level issues; credentials in them are hidden here. */
  readonly fields?: readonly FieldIssue[];
  /** A link read from the body (credentials in it are hidden here); else the entry's. */
  readonly docs?: string;
  readonly retryAfterMs?: number;
  readonly warnings?: readonly string[];
}

/** The field issues of an occurrence that names none (shared, frozen). */
export const NO_FIELDS: readonly FieldIssue[] = Object.freeze([]);

/**
 * Adds what one occurrence says to a record: its link, message, delay, field
 * issues, params and warnings, with credentials hidden (docs/design.md).
 */
export function addOccurrence(
  record: Mutable<ErrorRecord>,
  occurrence: Occurrence,
  detail = occurrence.detail,
): Mutable<ErrorRecord> {
  // One object, grown in place: spreading a copy per optional member was the
  // largest cost of decoding a small body.
  if (occurrence.docs !== undefined) record.docs = redactUrl(occurrence.docs);
  if (detail !== undefined) record.detail = detail;
  if (occurrence.retryAfterMs !== undefined) record.retryAfterMs = occurrence.retryAfterMs;
  if (occurrence.fields?.length) record.fields = redactFields(occurrence.fields);
  if (occurrence.params) record.params = redactParams(occurrence.params);
  if (occurrence.warnings?.length) record.warnings = occurrence.warnings;
  return record;
}

/** The entry's message template in a language, filled with the params, credentials hidden. */
function templateDetail(
  entry: CatalogEntry,
  lang: Lang,
  params: Readonly<Record<string, unknown>> | undefined,
): string | undefined {
  const template = pick(entry.template, lang);
  if (!template) return undefined;
  // Filled with the hidden values; the text around them may name a credential too.
  return redactText(renderTemplate(template, params && redactParams(params)));
}

/**
 * The record of one occurrence of a catalog entry: what decoding, an API
 * author's `catalog.error()` and the docs' examples all build, so that the
 * three agree. The key is the entry's own when it has one (a listed entry).
 * @example entryRecord(b011, { provider: 'avtocod', status: 402, lang: 'en', params: { day_quote: 5 }, fromTemplate: true })
 */
export function entryRecord(
  entry: CatalogEntry & { readonly key?: string },
  occurrence: Occurrence,
): Mutable<ErrorRecord> {
  const lang = occurrence.lang;
  const record: Mutable<ErrorRecord> = {
    provider: occurrence.provider,
    code: entry.code,
    status: occurrence.status,
    category: entry.category,
    retryable: entry.retryable,
    title: entry.title[lang],
    lang,
    fields: occurrence.fields ?? NO_FIELDS,
    known: true,
    name: entry.name,
    key: entry.key ?? entryKey(entry),
  };
  if (occurrence.docs === undefined && entry.docs !== undefined) record.docs = entry.docs;
  const detail =
    occurrence.detail === undefined && occurrence.fromTemplate
      ? templateDetail(entry, lang, occurrence.params)
      : occurrence.detail;
  return addOccurrence(record, occurrence, detail);
}
