import type { WireError } from '../dialects/dialect.js';
import type { CatalogEntry, Lang } from '../model/catalog.js';
import { CATEGORY_LABELS } from '../model/categories.js';
import type { ListedEntry } from '../model/listed-entry.js';
import type { ErrorRecord, FieldIssue } from '../model/record.js';
import { redactFields, redactParams, redactText, redactUrl } from '../wire/redact.js';
import { classifyStatus } from './classify-status.js';
import type { CodeIndex } from './code-index.js';

/** What the whole response says, shared by all its errors. */
export interface RecordContext {
  readonly provider: string;
  readonly status: number;
  readonly lang: Lang;
  /** From `Retry-After` or rate-limit headers. */
  readonly retryAfterMs?: number;
  readonly warnings?: readonly string[];
}

/** A record still being filled in. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const NO_FIELDS: readonly FieldIssue[] = Object.freeze([]);

/**
 * The record of a known catalog entry, before what one occurrence adds
 * (detail, docs, params, delay): what decoding, the docs' examples and an API
 * author's `catalog.error()` all start from.
 */
export function entryRecord(
  provider: string,
  entry: CatalogEntry,
  key: string,
  status: number,
  lang: Lang,
  fields: readonly FieldIssue[],
): Mutable<ErrorRecord> {
  return {
    provider,
    code: entry.code,
    status,
    category: entry.category,
    retryable: entry.retryable,
    title: entry.title[lang],
    lang,
    fields,
    known: true,
    name: entry.name,
    key,
  };
}

/**
 * Picks the meaning of a code that has several: the one whose message
 * patterns match the detail, else the one documented under this status, else
 * the first without patterns (patterns mark narrower meanings).
 */
export function resolveEntry(
  index: CodeIndex,
  entries: readonly ListedEntry[],
  status: number,
  detail: string | undefined,
): ListedEntry | undefined {
  if (entries.length <= 1) return entries[0];
  if (detail) {
    for (const e of entries) if (e.patterns && index.matches(e, detail)) return e;
  }
  // The pool is the entries without patterns, or all when every one has some;
  // one pass finds its first entry and its first under this status.
  let firstPlain: ListedEntry | undefined;
  let plainAtStatus: ListedEntry | undefined;
  let anyAtStatus: ListedEntry | undefined;
  for (const e of entries) {
    const atStatus = e.status === status;
    if (atStatus) anyAtStatus ??= e;
    if (!e.patterns) {
      firstPlain ??= e;
      if (atStatus) plainAtStatus ??= e;
    }
  }
  return firstPlain ? (plainAtStatus ?? firstPlain) : (anyAtStatus ?? entries[0]);
}

/** The record of a code no catalog knows: what its status (and its detail) say. */
function unknownRecord(
  index: CodeIndex,
  wire: WireError,
  provider: string,
  status: number,
  lang: Lang,
  detail: string | undefined,
): Mutable<ErrorRecord> {
  const guessStatus = wire.status ?? status;
  const guess = classifyStatus(guessStatus, index.statusEntry(guessStatus), detail);
  const category = wire.hint?.category ?? guess.category;
  const sameGuess = category === guess.category;
  return {
    provider,
    // A code no catalog knows is read from the body: an OAuth `error` may be any text.
    code: redactText(wire.code),
    status,
    category,
    retryable: wire.hint?.retryable ?? (sameGuess ? guess.retryable : false),
    title:
      wire.hint?.title ??
      (sameGuess ? guess.title?.[lang] : undefined) ??
      CATEGORY_LABELS[category][lang],
    lang,
    fields: wire.fields ?? NO_FIELDS,
    known: false,
  };
}

/** Turns one wire error into the normalized record, with the catalog's knowledge. */
export function buildRecord(index: CodeIndex, wire: WireError, ctx: RecordContext): ErrorRecord {
  const status = ctx.status;
  const provider = wire.provider ?? ctx.provider;
  const detail = wire.detail === undefined ? undefined : redactText(wire.detail);
  const entries = index.entries(provider, wire.code);
  const entry =
    entries.length === 1 ? entries[0] : resolveEntry(index, entries, wire.status ?? status, detail);

  // One object, grown in place: spreading a copy per optional member was the
  // largest cost of decoding a small body.
  const record: Mutable<ErrorRecord> = entry
    ? entryRecord(provider, entry, entry.key, status, ctx.lang, wire.fields ?? NO_FIELDS)
    : unknownRecord(index, wire, provider, status, ctx.lang, detail);
  // A link read from the body may carry a key in its query.
  const docs = wire.docs !== undefined ? redactUrl(wire.docs) : entry?.docs;
  if (docs !== undefined) record.docs = docs;
  if (detail) record.detail = detail;
  const retryAfterMs = wire.retryAfterMs ?? ctx.retryAfterMs;
  if (retryAfterMs !== undefined) record.retryAfterMs = retryAfterMs;
  if (wire.fields?.length) record.fields = redactFields(wire.fields);
  if (wire.params) record.params = redactParams(wire.params);
  if (ctx.warnings?.length) record.warnings = ctx.warnings;
  return record;
}
