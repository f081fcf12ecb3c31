import type { FieldIssue } from '../model/record.js';
import type { WireError } from './dialect.js';

// Decoding builds these objects for every response. Members are added only
// when present (no member holds `undefined`), straight onto a small literal:
// cheaper than compact()'s copy of a literal full of `undefined`s, and the
// key order stays that of the interfaces.

/** A wire error being built: add optional members by assignment, only when defined. */
export type WireErrorDraft = { -readonly [K in keyof WireError]: WireError[K] };

/** A field issue being built, like {@link WireErrorDraft}. */
export type FieldIssueDraft = { -readonly [K in keyof FieldIssue]: FieldIssue[K] };

/** A wire error with its code and, when there is one, its detail. */
export function wireError(code: string, detail: string | undefined): WireErrorDraft {
  return detail === undefined ? { code } : { code, detail };
}

/** A field issue with only the members that are defined. */
export function fieldIssue(
  path: string,
  code: string | undefined,
  message: string | undefined,
): FieldIssue {
  if (code === undefined) return message === undefined ? { path } : { path, message };
  return message === undefined ? { path, code } : { path, code, message };
}
