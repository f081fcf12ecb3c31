import type { WireError } from '../dialects/dialect.js';
import type { Lang } from '../model/catalog.js';
import { CATEGORY_LABELS } from '../model/categories.js';
import type { ListedEntry } from '../model/listed-entry.js';
import type { ErrorRecord } from '../model/record.js';
import { redactText } from '../wire/redact.js';
import { classifyStatus } from './classify-status.js';
import type { CodeIndex } from './code-index.js';
import {
  addOccurrence,
  entryRecord,
  type Mutable,
  NO_FIELDS,
  type Occurrence,
} from './entry-record.js';

/** What the whole response says, shared by all its errors. */
export interface RecordContext {
  readonly provider: string;
  readonly status: number;
  readonly lang: Lang;
  /** From `Retry-After` or rate-limit headers. */
  readonly retryAfterMs?: number;
  readonly warnings?: readonly string[];
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
function unknownRecord(index: CodeIndex, wire: WireError, at: Occurrence): Mutable<ErrorRecord> {
  const status = wire.status ?? at.status;
  const guess = classifyStatus(status, index.statusEntry(status), at.detail);
  const category = wire.hint?.category ?? guess.category;
  const sameGuess = category === guess.category;
  return {
    provider: at.provider,
    // A code no catalog knows is read from the body: an OAuth `error` may be any text.
    code: redactText(wire.code),
    status: at.status,
    category,
    retryable: wire.hint?.retryable ?? (sameGuess ? guess.retryable : false),
    title:
      wire.hint?.title ??
      (sameGuess ? guess.title?.[at.lang] : undefined) ??
      CATEGORY_LABELS[category][at.lang],
    lang: at.lang,
    fields: wire.fields ?? NO_FIELDS,
    known: false,
  };
}

/** Turns one wire error into the normalized record, with the catalog's knowledge. */
export function buildRecord(index: CodeIndex, wire: WireError, ctx: RecordContext): ErrorRecord {
  const status = ctx.status;
  const provider = wire.provider ?? ctx.provider;
  // Hidden before the entry is picked by it; an empty message is none.
  const detail = wire.detail ? redactText(wire.detail) : undefined;
  const entries = index.entries(provider, wire.code);
  const entry =
    entries.length === 1 ? entries[0] : resolveEntry(index, entries, wire.status ?? status, detail);
  const occurrence: Occurrence = {
    provider,
    status,
    lang: ctx.lang,
    detail,
    params: wire.params,
    fields: wire.fields,
    docs: wire.docs,
    retryAfterMs: wire.retryAfterMs ?? ctx.retryAfterMs,
    warnings: ctx.warnings,
  };
  return entry
    ? entryRecord(entry, occurrence)
    : addOccurrence(unknownRecord(index, wire, occurrence), occurrence);
}
