import { amocrm } from '../catalogs/amocrm.js';
import { http } from '../catalogs/http.js';
import type { CatalogEntry } from '../model/catalog.js';
import type { ErrorRecord, FieldIssue } from '../model/record.js';
import {
  integer,
  isObject,
  type JsonObject,
  list,
  own,
  ownArray,
  ownObject,
  ownText,
} from '../wire/json-access.js';
import type { ResponseView } from '../wire/response-view.js';
import type { Dialect, WireError } from './dialect.js';
import { compact, jsonResponse } from './encode-helpers.js';
import { httpDialect } from './http.js';
import { fieldIssue, wireError } from './wire.js';

// amoCRM's error reference (and its plain-text copy): «Справочник ошибок и
// ответов API». amoCRM answers in several shapes, all decoded here:
//  1. API v4 problem JSON: {"title":"Bad Request","type":"https://httpstatus.es/400",
//     "status":400,"detail":"…","hint"?:"…"}; a legacy code may be embedded in the
//     text («Код ошибки 244. …», "Error code 104. …"), else the status is the code.
//  2. The seed's validation example: the same problem with
//     "validation-errors":[{"request_id":"0","errors":[{"code","path","detail"}]}];
//     code = the status, every error of every request_id becomes a field issue.
//  3. Legacy API v2: {"response":{"error":"…","error_code":110 | "101", "ip"?,
//     "domain"?, "server_time"?}}; code = error_code.
//  4. Chats API: {"error_code":…, "error_type":"…", "error_description"?:"…"};
//     code = error_type (not catalogued: the status classifies it). Radist's
//     {"error_code", "error_name", "message"} is not claimed.
//  5. Plain text or HTML with an embedded code, HTML wrapping one of the JSON
//     bodies above (<pre>{…}</pre>, possibly entity-escaped), empty bodies (the
//     core's HTTP fallback makes the status the code: 429, 403 are catalogued).
// Field paths: with one request in `validation-errors` the path is kept as sent
// (`custom_fields_values.0.field_id`, as in the seed); with several requests it
// is prefixed by the request_id (`1.custom_fields_values.0.field_id`), which is
// the path from the root of the batch array the request_id indexes.
// Codes of several sections (203, 244, 282, 330, 402) cannot be told apart on
// the wire: the core picks the first / status-matching entry; `key` says which.

const MAX_ITEMS = 100;
const HTML_HEAD = 64 * 1024;

// Catalog codes that are answers, not errors (280 «элемент создан», 2002 sent with 204).
const SUCCESS_CODES: ReadonlySet<string> = new Set(
  amocrm.entries.filter((e: CatalogEntry) => e.kind === 'success').map((e) => e.code),
);

// «Код ошибки 244», «кодом ошибки 244», "Error code 104", "error code: 110".
const EMBEDDED_CODE =
  /(?:код(?:ом)?\s{1,3}ошибки|error\s{1,3}code)\s{0,3}[:#№]?\s{0,3}(\d{1,6})\b/iu;
const RUSSIAN_CODE = /код(?:ом)?\s{1,3}ошибки\s{0,3}[:#№]?\s{0,3}\d{1,6}\b/iu;
// amoCRM's own `type` links: httpstatus.es, or its developer site's error types
// (`https://developers.amocrm.ru/v3/errors/OAuthProblemJson`). Its documentation
// pages are not claimed: kodex's problem+json links them as `type`.
const AMO_TYPE =
  /^https?:\/\/(?:httpstatus\.es\/|(?:[\w-]+\.)*(?:amocrm\.(?:ru|com)|kommo\.com)\/v\d+\/errors\/)/i;
// The OAuth server's problem type: its `hint` names the reason ("Authorization
// code has expired") where `detail` is a generic text.
const OAUTH_TYPE = /\/errors\/OAuthProblemJson$/i;
// Start of a JSON object inside HTML: `{"` or entity-escaped `{&quot;`.
const JSON_START = /\{\s{0,20}(?:"|&quot;|&#34;)/;

/** The legacy code embedded in a text, when there is one (first 2000 characters). */
function embeddedCode(text: string | undefined): string | undefined {
  return text === undefined ? undefined : EMBEDDED_CODE.exec(text.slice(0, 2000))?.[1];
}

function unescapeHtml(s: string): string {
  return s
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const htmlJson = new WeakMap<ResponseView, JsonObject | undefined>();

/** A JSON object that an HTML page wraps (`<pre>{…}</pre>`, `<body>{…}</body>`), read once per view. */
function jsonInHtml(view: ResponseView): JsonObject | undefined {
  if (htmlJson.has(view)) return htmlJson.get(view);
  let found: JsonObject | undefined;
  const head = view.text.slice(0, HTML_HEAD);
  const start = head.search(JSON_START);
  if (start >= 0) {
    // The JSON runs to the next tag: inside HTML a literal '<' is escaped.
    const end = head.indexOf('<', start);
    const inner = unescapeHtml(head.slice(start, end < 0 ? head.length : end)).trim();
    try {
      const value: unknown = JSON.parse(inner);
      if (isObject(value)) found = value;
    } catch {
      // Not JSON after all; the text speaks.
    }
  }
  htmlJson.set(view, found);
  return found;
}

function isHtml(view: ResponseView): boolean {
  return view.mediaType === 'text/html' || /^\s{0,100}</.test(view.text.slice(0, 200));
}

/** Chats API, not Radist (which sends `error_name` beside `error_code`). */
function isChats(body: JsonObject): boolean {
  return (
    typeof own(body, 'error_type') === 'string' &&
    own(body, 'error_code') !== undefined &&
    own(body, 'error_name') === undefined
  );
}

function isProblemLike(body: JsonObject): boolean {
  return (
    own(body, 'title') !== undefined ||
    own(body, 'type') !== undefined ||
    own(body, 'status') !== undefined ||
    own(body, 'detail') !== undefined ||
    own(body, 'hint') !== undefined
  );
}

/** How surely a JSON object is one of amoCRM's error bodies. */
function scoreObject(body: JsonObject): number {
  if (ownArray(body, 'validation-errors')) return 0.97;
  // kodex's own problem+json (provider and code members) is the problem dialect's.
  if (typeof own(body, 'provider') === 'string' && own(body, 'code') !== undefined) return 0;
  const response = ownObject(body, 'response');
  if (
    response &&
    (own(response, 'error_code') !== undefined || own(response, 'error') !== undefined)
  )
    return 0.95;
  const type = ownText(body, 'type');
  if (type && AMO_TYPE.test(type)) return 0.95;
  const problem = typeof own(body, 'status') === 'number' || typeof own(body, 'title') === 'string';
  // league/oauth2-server sends `hint` too, but beside `error`, not in a problem.
  if (problem && typeof own(body, 'hint') === 'string' && own(body, 'error') === undefined)
    return 0.92;
  const detail = ownText(body, 'detail');
  if (problem && detail && RUSSIAN_CODE.test(detail.slice(0, 200))) return 0.92;
  if (isChats(body)) return 0.7;
  return 0;
}

const NO_FIELDS: readonly FieldIssue[] = Object.freeze([]);

/** Every error of every request of `validation-errors`, as field issues. */
function validationFields(validation: readonly unknown[] | undefined): readonly FieldIssue[] {
  if (validation === undefined) return NO_FIELDS;
  const groups = validation.slice(0, MAX_ITEMS).filter(isObject);
  const several = groups.length > 1;
  const fields: FieldIssue[] = [];
  for (const group of groups) {
    const requestId = ownText(group, 'request_id');
    for (const error of list(own(group, 'errors')).slice(0, MAX_ITEMS)) {
      if (!isObject(error)) continue;
      const path = ownText(error, 'path') ?? ownText(error, 'field');
      const code = ownText(error, 'code');
      if (path === undefined && code === undefined) continue;
      const prefix = several && requestId !== undefined ? requestId : undefined;
      const full = prefix === undefined ? (path ?? '') : path ? `${prefix}.${path}` : prefix;
      fields.push(fieldIssue(full, code, ownText(error, 'detail') ?? ownText(error, 'message')));
      if (fields.length >= MAX_ITEMS) return fields;
    }
  }
  return fields;
}

function wire(
  code: string,
  detail: string | undefined,
  fields: readonly FieldIssue[],
  status?: number,
  params?: Readonly<Record<string, unknown>>,
): WireError {
  const out = wireError(code, detail);
  if (fields.length) out.fields = fields;
  if (status !== undefined) out.status = status;
  if (params !== undefined) out.params = params;
  return out;
}

/** The errors of a JSON body; `undefined` when it is none of amoCRM's shapes. */
function decodeObject(body: JsonObject, status: number): WireError[] | null | undefined {
  const validation = ownArray(body, 'validation-errors');
  const fields = validationFields(validation);
  const ok = status >= 100 && status < 300;

  // 3. Legacy API v2 envelope.
  const response = ownObject(body, 'response');
  if (
    response &&
    (own(response, 'error_code') !== undefined || own(response, 'error') !== undefined)
  ) {
    const error = ownText(response, 'error');
    const domain = ownText(response, 'domain');
    const code = ownText(response, 'error_code') ?? embeddedCode(error) ?? String(status);
    return [wire(code, error, fields, undefined, domain ? { domain } : undefined)];
  }

  // 4. Chats API.
  if (isChats(body)) {
    const code = ownText(body, 'error_type');
    if (code)
      return [wire(code, ownText(body, 'error_description') ?? ownText(body, 'detail'), fields)];
  }

  // 1, 2. API v4 problem, with or without validation-errors.
  if (fields.length || validation || isProblemLike(body)) {
    const statusMember = integer(own(body, 'status'));
    const rawDetail = ownText(body, 'detail');
    const title = ownText(body, 'title');
    const hint = ownText(body, 'hint');
    const legacy = embeddedCode(rawDetail) ?? embeddedCode(hint) ?? embeddedCode(title);
    // A 2xx entity with a `title` or `type` member is data, not an error.
    if (
      ok &&
      !fields.length &&
      legacy === undefined &&
      (statusMember === undefined || statusMember < 400)
    )
      return null;
    const stated =
      statusMember !== undefined && statusMember >= 400 && statusMember !== status
        ? statusMember
        : undefined;
    // An OAuth problem's hint is its most specific signal (an expired or revoked
    // grant under a generic «параметры невалидны»): the detail carries it too,
    // so that the catalog's patterns can tell that 400 from a malformed request.
    const text = rawDetail ?? title;
    const oauthHint = hint && hint !== text && OAUTH_TYPE.test(ownText(body, 'type') ?? '');
    return [
      wire(
        legacy ?? String(statusMember ?? status),
        oauthHint ? (text ? `${text}: ${hint}` : hint) : text,
        fields,
        stated,
        hint ? { hint } : undefined,
      ),
    ];
  }
  return ok ? null : undefined;
}

/** A code embedded in plain text or an HTML page, with the page's detail. */
function decodeText(view: ResponseView): WireError[] | undefined {
  const html = isHtml(view);
  const head = view.text.slice(0, html ? HTML_HEAD : 2000);
  // A Cloudflare page's "Error code 1020" is Cloudflare's, not amoCRM's.
  if (html && /cloudflare/i.test(head)) return undefined;
  const code = EMBEDDED_CODE.exec(html ? unescapeHtml(head) : head)?.[1];
  if (code === undefined) return undefined;
  const page = httpDialect.decode(view)?.[0]?.detail;
  const detail = html
    ? page
    : (view.text.trim().split(/\r?\n/, 1)[0]?.trim().slice(0, 500) ?? page);
  return [wire(code, detail || undefined, NO_FIELDS)];
}

function decodeView(view: ResponseView): WireError[] | null {
  const json = view.json();
  // The body as a JSON object: parsed JSON, or JSON wrapped in an HTML page.
  const body = isObject(json)
    ? json
    : json === undefined && isHtml(view)
      ? jsonInHtml(view)
      : undefined;
  let errors = body ? decodeObject(body, view.status) : undefined;
  if (errors === undefined && json === undefined && view.text.trim()) errors = decodeText(view);
  // Not amoCRM's shape (an empty body, a proxy's page): the status speaks.
  if (errors === undefined) return [];
  if (errors === null || SUCCESS_CODES.has(errors[0]?.code ?? '')) return null;
  return errors;
}

// ---- encoding ----

function reasonPhrase(record: ErrorRecord): string {
  const code = String(record.status);
  return http.entries.find((e) => e.code === code)?.title.en ?? record.title;
}

function validationErrors(record: ErrorRecord) {
  if (!record.fields.length) return undefined;
  const errors = record.fields
    .slice(0, MAX_ITEMS)
    .map((f) => compact({ code: f.code, path: f.path, detail: f.message }));
  return [{ request_id: '0', errors }];
}

/**
 * amoCRM: v4 problem JSON (with `validation-errors`), the legacy v2
 * `response` envelope, the Chats API error, and codes embedded in text or HTML.
 */
export const amocrmDialect: Dialect = {
  id: 'amocrm',
  provider: 'amocrm',
  formats: ['json', 'html'],
  // Every shape scoreObject() claims: validation-errors, the v2 envelope, an
  // amoCRM `type` link, a problem (status or title) with a hint or a detail,
  // the Chats API error.
  detectKeys: [
    ['validation-errors'],
    ['response'],
    ['type'],
    ['status', 'hint'],
    ['title', 'hint'],
    ['status', 'detail'],
    ['title', 'detail'],
    ['error_type', 'error_code'],
  ],

  detect(view) {
    const json = view.json();
    if (json !== undefined) return isObject(json) ? scoreObject(json) : 0;
    const text = view.text;
    if (!text) return 0;
    if (isHtml(view)) {
      const head = text.slice(0, 8192);
      if (/validation-errors|httpstatus\.es|error_(?:code|type)/.test(head)) {
        const inner = jsonInHtml(view);
        if (inner) return Math.min(0.85, scoreObject(inner));
      }
      if (/cloudflare/i.test(head)) return 0;
      return RUSSIAN_CODE.test(head) ? 0.6 : 0;
    }
    // Plain text: only the Russian phrase is amoCRM's; "error code N" is anybody's.
    return RUSSIAN_CODE.test(text.slice(0, 2000)) ? 0.6 : 0;
  },

  decode(view) {
    return decodeView(view);
  },

  // HTTP-status codes → the v4 problem; other numeric codes → the legacy v2
  // envelope (its `error_code` is the code); other codes (Chats `error_type`,
  // NotSupportedChoice) → the Chats form, whose `error_type` is the code.
  // Field issues ride in `validation-errors`, which the decoder reads beside
  // every shape.
  encode(record) {
    const validation = validationErrors(record);
    const { code, status } = record;
    if (code === String(status)) {
      const body = compact({
        title: reasonPhrase(record),
        type: `https://httpstatus.es/${status}`,
        status,
        detail: record.detail,
        'validation-errors': validation,
      });
      return jsonResponse(record, status, body, 'application/problem+json');
    }
    if (/^[1-9]\d{0,8}$/.test(code)) {
      const body = compact({
        response: { error: record.detail ?? record.title, error_code: Number(code) },
        'validation-errors': validation,
      });
      return jsonResponse(record, status, body);
    }
    const body = compact({
      error_code: status,
      error_type: code,
      error_description: record.detail,
      'validation-errors': validation,
    });
    return jsonResponse(record, status, body);
  },
};
