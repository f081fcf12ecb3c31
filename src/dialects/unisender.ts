import { unisender } from '../catalogs/unisender.js';
import type { CatalogEntry } from '../model/catalog.js';
import { hasContent, isObject, own, ownText } from '../wire/json-access.js';
import { compilePatterns } from '../wire/patterns.js';
import type { ResponseView } from '../wire/response-view.js';
import type { Dialect, WireError } from './dialect.js';
import { jsonResponse } from './encode-helpers.js';

// UniSender's error reference: every answer is HTTP 200.
//   error:   {"error": "AK100310-02", "code": "invalid_api_key"}
//            `error` is the message (or an error id), `code` the error type.
//   untyped: {"error": "These list ids=\"1,2\" has no confirmation letters"}
//            no `code` (or "code": "unspecified"): the code is `unspecified`
//            and the catalog picks the variant whose pattern matches `error`.
//   success: {"result": {...}} (maybe with "warnings": [...]); no `error`.
// A body with both `result` and `error` is an error: `error` is only ever
// sent when the call failed.

const UNSPECIFIED = 'unspecified';

const KNOWN_CODES: ReadonlySet<string> = new Set(
  unisender.entries.map((e: CatalogEntry) => e.code),
);

// The untyped messages of the seed, to recognise a code-less body as UniSender's.
const matchesUntyped = compilePatterns(
  unisender.entries.flatMap((e: CatalogEntry) => e.patterns ?? []),
);

// What UniSender's own codes look like, for codes the catalog does not know yet.
const CODE_LIKE = /^[a-z][a-z0-9_]{2,63}$/;

/** An own member as text, when it has more than white space. */
function contentOf(body: unknown, key: string): string | undefined {
  const value = ownText(body, key);
  return value !== undefined && hasContent(value) ? value : undefined;
}

function isUntypedMessage(message: string): boolean {
  return matchesUntyped(message.slice(0, 2000));
}

function toWire(body: unknown): WireError | undefined {
  const message = contentOf(body, 'error');
  const code = contentOf(body, 'code');
  if (message === undefined && code === undefined) return undefined;
  const wireCode = code ?? UNSPECIFIED;
  // An encoder with no message writes the code in its place: not a detail.
  return message === undefined || message === wireCode
    ? { code: wireCode }
    : { code: wireCode, detail: message };
}

/** UniSender: `{"error", "code"}` in an HTTP 200; `{"result"}` on success. */
export const unisenderDialect: Dialect = {
  id: 'unisender',
  provider: 'unisender',
  formats: ['json'],
  detectKeys: [['error'], ['result']],

  detect(view) {
    const body = view.json();
    if (!isObject(body)) return 0;
    const error = own(body, 'error');
    if (typeof error !== 'string') {
      // A bare {"result": ...} is a success of many APIs; claiming it would
      // change nothing (plain HTTP calls a 200 a success too) and could hide
      // another provider's error, so it stays below the detection threshold.
      return error === undefined && Object.hasOwn(body, 'result') ? 0.25 : 0;
    }
    const code = own(body, 'code');
    if (typeof code === 'string') {
      if (KNOWN_CODES.has(code)) return 0.95;
      return CODE_LIKE.test(code) ? 0.5 : 0.1;
    }
    if (code !== undefined) return 0.1;
    // {"error": "..."} alone is also OAuth's and many APIs' shape: only the
    // seed's untyped messages make it UniSender's.
    return isUntypedMessage(error) ? 0.7 : 0.2;
  },

  decode(view: ResponseView) {
    const body = view.json();
    if (!isObject(body)) return [];
    const wire = toWire(body);
    if (wire) return [wire];
    if (Object.hasOwn(body, 'result') && view.status < 300) return null;
    return [];
  },

  encode(record) {
    // The seed lists `unspecified` among the standard codes sent in `code`,
    // so it is written too: the body stays recognisable as UniSender's.
    // The format holds one error: `others` have no place.
    return jsonResponse(record, record.status, {
      error: record.detail ?? record.code,
      code: record.code,
    });
  },
};
