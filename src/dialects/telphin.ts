import { telphin } from '../catalogs/telphin.js';
import { isObject, own, ownText } from '../wire/json-access.js';
import type { ResponseView } from '../wire/response-view.js';
import type { Dialect, WireError } from './dialect.js';
import { errorHeaders, jsonResponse } from './encode-helpers.js';

// Telphin's error reference («Возвращаемые коды и статусы»): success is 200, 201 or
// 204; an error is an HTTP 4XX, optionally with {"status": "client_not_found",
// "message": "…"}, where `status` tells apart errors of one HTTP code. 401,
// 404, 405 and 413 may come with no `status`, or with no body at all. The code
// is the `status` string when present, else the HTTP status as a string
// (docs/taxonomy.md). Hourly quotas come in X-RateLimit-* headers, which the core
// reads (rate-limit-headers.ts).

// Status strings of the catalog (the codes that are not HTTP statuses).
const STATUSES: ReadonlySet<string> = new Set(
  telphin.entries.map((e) => e.code).filter((code) => !/^\d+$/.test(code)),
);
const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

/** The `status` string of a body, when it has one. */
function statusOf(body: unknown): string | undefined {
  const status = own(body, 'status');
  return typeof status === 'string' && status.length > 0 && status.length <= 100
    ? status
    : undefined;
}

function messageOf(body: unknown): string | undefined {
  return ownText(body, 'message') ?? ownText(body, 'detail');
}

function decodeJson(view: ResponseView): WireError[] | null {
  if (view.status >= 100 && view.status < 300) return null;
  const body = view.json();
  // An empty body, a proxy's HTML page or JSON of another shape: the status speaks.
  if (!isObject(body)) return [];
  const detail = messageOf(body);
  const code = statusOf(body) ?? String(view.status);
  return [detail === undefined ? { code } : { code, detail }];
}

/** Telphin: an HTTP 4XX, with or without {"status", "message"}. */
export const telphinDialect: Dialect = {
  id: 'telphin',
  provider: 'telphin',
  formats: ['json'],
  detectKeys: [['status']],

  detect(view) {
    const body = view.json();
    const status = statusOf(body);
    if (status === undefined) return 0;
    if (STATUSES.has(status)) return 0.9;
    return SNAKE_CASE.test(status) && typeof own(body, 'message') === 'string' ? 0.35 : 0;
  },

  decode: decodeJson,

  encode(record) {
    if (/^\d+$/.test(record.code)) {
      // Statusless codes: only the HTTP status speaks, with a message when there is one.
      if (record.detail === undefined) {
        return {
          status: record.status,
          headers: errorHeaders(record, 'application/json'),
          body: '',
        };
      }
      return jsonResponse(record, record.status, { message: record.detail });
    }
    const body =
      record.detail === undefined
        ? { status: record.code }
        : { status: record.code, message: record.detail };
    return jsonResponse(record, record.status, body);
  },
};
