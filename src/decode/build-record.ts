import type { WireError } from '../dialects/dialect.js';
import type { CatalogEntry, Lang, Text } from '../model/catalog.js';
import { CATEGORY_LABELS, type Category } from '../model/categories.js';
import type { ListedEntry } from '../model/listed-entry.js';
import type { ErrorRecord, FieldIssue } from '../model/record.js';
import { gateOf, type TextTest, testOf } from '../wire/patterns.js';
import { redactFields, redactParams, redactText, redactUrl } from '../wire/redact.js';
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

// When a code is not in the catalog and the status says little (a 200 or a
// generic 400), the provider's text may still say what happened.
const HINT_PATTERNS: readonly [RegExp, Category][] = [
  [/rate.?limit|too many requests|слишком много запросов|частот[аы] запросов/iu, 'rate_limited'],
  [/quota|квот/iu, 'quota_exceeded'],
  [/temporar|try again later|повторите (?:запрос )?позже|временн/iu, 'unavailable'],
  [
    /unauthori[sz]ed|unauthenticated|invalid (?:api )?key|token (?:is )?(?:expired|invalid)|не авторизован/iu,
    'unauthenticated',
  ],
  [/forbidden|access denied|permission|доступ запрещ|нет прав/iu, 'permission_denied'],
  [/not found|не найден/iu, 'not_found'],
];

// Tested through patterns.ts (faster on ASCII texts, same answers), after one
// scan that any hint would match, so that a text of no hint costs one regex
// rather than six.
const TEXT_HINTS: readonly [TextTest, Category][] = HINT_PATTERNS.map(([re, category]) => [
  testOf(re.source, re.flags),
  category,
]);
const ANY_HINT = gateOf(
  HINT_PATTERNS.map(([re]) => re.source),
  'iu',
);

const GENERIC: ReadonlySet<Category> = new Set(['invalid_request', 'unknown']);

function classifyUnknown(
  index: CodeIndex,
  status: number,
  detail: string | undefined,
): { category: Category; retryable: boolean; title?: Text } {
  const byStatus = index.statusEntry(status);
  let category: Category = byStatus && byStatus.kind === 'error' ? byStatus.category : 'unknown';
  if (!byStatus && status >= 500) category = 'internal';
  else if (!byStatus && status >= 400) category = 'invalid_request';
  if (detail && GENERIC.has(category)) {
    const head = detail.slice(0, 2000);
    const hint = ANY_HINT?.(head) === false ? undefined : TEXT_HINTS.find(([test]) => test(head));
    if (hint) category = hint[1];
  }
  const retryable =
    category === 'rate_limited' ||
    category === 'unavailable' ||
    (category === 'internal' && status >= 500 && (byStatus?.retryable ?? true));
  return {
    category,
    retryable,
    title: byStatus && byStatus.category === category ? byStatus.title : undefined,
  };
}

function unknownRecord(
  index: CodeIndex,
  wire: WireError,
  provider: string,
  status: number,
  lang: Lang,
  detail: string | undefined,
): Mutable<ErrorRecord> {
  const guess = classifyUnknown(index, wire.status ?? status, detail);
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
