import type { FieldIssue } from '../model/record.js';
import { isObject, type JsonObject, own, ownText, text } from '../wire/json-access.js';
import type { ResponseView } from '../wire/response-view.js';
import type { Dialect, WireError } from './dialect.js';
import { compact, jsonResponse } from './encode-helpers.js';
import { fieldIssue, wireError } from './wire.js';

// Radist.Online's error reference («Ошибки»): {"error_code": 1, "error_name":
// "REQUEST_VALIDATION_ERROR", "message": "request data validation error",
// "detail": {}}. The code is String(error_code), the record's detail is
// `message`. `detail` is an object of validation details whose form the seed
// does not show; kodex reads two recognisable forms into fields:
// - a map: field → message, list of messages, {message|msg, code|type} or
//   null; a nested map gives a dotted path (`contact.phone`);
// - a list (FastAPI/pydantic style): [{loc|field|path|name, msg|message,
//   type|code}], as `detail` itself or under any key of the map
//   (`detail.errors`); `loc` is joined with dots, without a leading
//   body/query/path/header/cookie.
// Encoding writes the map when every field path is distinct, else the list
// under `detail.errors`, so `detail` stays an object and the order is kept.

const MAX_FIELDS = 100;
const MAX_DEPTH = 4;
const LOCATIONS: ReadonlySet<string> = new Set(['body', 'query', 'path', 'header', 'cookie']);

/** The path an item of a list names for itself, when it does. */
function ownPath(item: JsonObject): string | undefined {
  const loc = own(item, 'loc');
  if (Array.isArray(loc)) {
    const parts = loc
      .slice(0, 20)
      .map(text)
      .filter((p): p is string => p !== undefined);
    if (parts.length > 1 && LOCATIONS.has(parts[0]!)) parts.shift();
    if (parts.length) return parts.join('.');
  }
  return text(loc) ?? ownText(item, 'field') ?? ownText(item, 'path') ?? ownText(item, 'name');
}

function issue(path: string, item: JsonObject): FieldIssue {
  return fieldIssue(
    ownPath(item) ?? path,
    ownText(item, 'code') ?? ownText(item, 'type'),
    ownText(item, 'message') ?? ownText(item, 'msg'),
  );
}

/** An object that is one issue rather than a nested map of fields. */
function isIssue(value: JsonObject): boolean {
  return (
    typeof own(value, 'message') === 'string' ||
    typeof own(value, 'msg') === 'string' ||
    own(value, 'code') !== undefined ||
    own(value, 'loc') !== undefined ||
    Object.keys(value).length === 0
  );
}

function readValue(path: string, value: unknown, depth: number, out: FieldIssue[]): void {
  if (out.length >= MAX_FIELDS) return;
  const message = text(value);
  if (value === null) out.push({ path });
  else if (message !== undefined) out.push({ path, message });
  else if (Array.isArray(value)) {
    for (const item of value.slice(0, MAX_FIELDS)) {
      if (out.length >= MAX_FIELDS) return;
      if (item === null) out.push({ path });
      else if (text(item) !== undefined) out.push({ path, message: text(item)! });
      else if (isObject(item)) out.push(issue(path, item));
    }
  } else if (isObject(value)) {
    if (isIssue(value)) out.push(issue(path, value));
    else if (depth < MAX_DEPTH) readMap(value, `${path}.`, depth + 1, out);
  }
}

function readMap(map: JsonObject, prefix: string, depth: number, out: FieldIssue[]): void {
  for (const key of Object.keys(map).slice(0, MAX_FIELDS)) {
    if (out.length >= MAX_FIELDS) return;
    readValue(`${prefix}${key}`, map[key], depth, out);
  }
}

/** Field issues from `detail`: a field map or a list (see the module comment). */
function fieldsOf(detail: unknown): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (Array.isArray(detail)) {
    for (const item of detail.slice(0, MAX_FIELDS)) {
      const path = isObject(item) ? ownPath(item) : undefined;
      if (path !== undefined) out.push(issue(path, item as JsonObject));
    }
  } else if (isObject(detail)) readMap(detail, '', 0, out);
  return out;
}

function encodeValue(f: FieldIssue): unknown {
  if (f.code !== undefined) return compact({ message: f.message, code: f.code });
  return f.message ?? null;
}

function encodeDetail(fields: readonly FieldIssue[]): Record<string, unknown> {
  const paths = new Set(fields.map((f) => f.path));
  if (paths.size < fields.length) {
    return { errors: fields.map((f) => compact({ loc: [f.path], msg: f.message, type: f.code })) };
  }
  const detail: Record<string, unknown> = {};
  for (const f of fields)
    Object.defineProperty(detail, f.path, { value: encodeValue(f), enumerable: true });
  return detail;
}

function decodeJson(view: ResponseView): WireError[] | null {
  const body = view.json();
  const code = ownText(body, 'error_code');
  if (code === undefined || code === '') return view.status < 300 ? null : [];
  const detail = own(body, 'detail');
  const fields = fieldsOf(detail);
  const wire = wireError(
    code,
    ownText(body, 'message') ?? (typeof detail === 'string' ? text(detail) : undefined),
  );
  if (fields.length) wire.fields = fields;
  return [wire];
}

/** Radist.Online: {error_code, error_name, message, detail}. */
export const radistDialect: Dialect = {
  id: 'radist',
  provider: 'radist',
  formats: ['json'],
  detectKeys: [
    ['error_code', 'error_name'],
    ['error_code', 'detail'],
  ],

  detect(view) {
    const body = view.json();
    if (!isObject(body) || ownText(body, 'error_code') === undefined) return 0;
    if (typeof own(body, 'error_name') === 'string') return 0.95;
    // amoCRM's Chats API sends error_code with error_type, not error_name.
    if (own(body, 'error_type') !== undefined) return 0;
    return isObject(own(body, 'detail')) ? 0.5 : 0;
  },

  decode: decodeJson,

  encode(record) {
    const body = compact({
      error_code: /^\d{1,15}$/.test(record.code) ? Number(record.code) : record.code,
      error_name: record.name ?? 'UNKNOWN_ERROR',
      message: record.detail,
      detail: encodeDetail(record.fields),
    });
    return jsonResponse(record, record.status, body);
  },
};
