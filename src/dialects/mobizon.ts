import type { ErrorRecord, FieldIssue } from '../model/record.js';
import {
  integer,
  isObject,
  type JsonObject,
  own,
  ownArray,
  ownText,
  text,
} from '../wire/json-access.js';
import type { ResponseView } from '../wire/response-view.js';
import type { Dialect, WireError } from './dialect.js';
import { compact, jsonResponse } from './encode-helpers.js';
import { fieldIssue, wireError } from './wire.js';

// Mobizon's error reference: every answer is HTTP 200 with the envelope
// {"code": N, "data": ..., "message": "..."}; N may come as a number or a
// numeric string. What `data` holds depends on the code:
//   0    success                        → no error
//   1    {"field": "message", "mobile": {"value": "message"}}, an array of
//        messages per field too         → fields (nested keys joined by ".")
//   13   "api.mobizon.kz" or {"domain": "api.mobizon.kz"} → params.domain
//   98/99 per-item results of a bulk operation:
//        [{"recipient", "code", "messageId", ...}] (campaign/addRecipients)
//        or {"processed": [...], "notProcessed": [...]} (link/delete)
//                                       → fields for the failed items
//                                         (path: recipient/number/contact/id
//                                         or the index; code: the item's code),
//                                         params {processed, failed} counts
//   100  the background task id: 123, "123" or {"id": "123"} → params.taskId
// Any other code: `data` read as field issues when it is an object.
// Encoding writes the same envelope: fields as the validation map (a list of
// {"field", "code", "message"} when a path repeats), as recipients for 98/99,
// and params.domain / params.taskId as `data` of 13 / 100.

const MAX_ITEMS = 100;
const MAX_DEPTH = 4;
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const REDIRECT = 13;
const PARTIAL = 98;
const NOTHING_DONE = 99;
const BACKGROUND = 100;

// Keys an encoded field-issue object may hold (anything else is a nested field).
const ISSUE_KEYS: ReadonlySet<string> = new Set(['code', 'message']);
// Keys naming the item of a bulk result, in order of preference.
const ITEM_KEYS = ['recipient', 'field', 'number', 'contact', 'id'] as const;

interface Envelope {
  readonly code: number;
  readonly data: unknown;
  readonly message?: string;
}

function envelope(body: unknown): Envelope | undefined {
  if (!isObject(body)) return undefined;
  const code = integer(own(body, 'code'));
  if (code === undefined) return undefined;
  const message = ownText(body, 'message');
  return { code, data: own(body, 'data'), message: message?.trim() ? message : undefined };
}

/** An issue object `{code?, message?}` (only those keys): one field issue, not a nested field. */
function isIssueObject(value: JsonObject): boolean {
  return Object.keys(value).every((k) => ISSUE_KEYS.has(k));
}

function issue(path: string, value: unknown): FieldIssue | undefined {
  if (typeof value === 'string') return { path, message: value };
  if (isObject(value) && isIssueObject(value)) {
    return fieldIssue(path, ownText(value, 'code'), ownText(value, 'message'));
  }
  return undefined;
}

/** Field issues of a validation `data` object; nested objects become dotted paths. */
function fieldMap(
  data: JsonObject,
  skip: ReadonlySet<string>,
  prefix = '',
  depth = 0,
  out: FieldIssue[] = [],
) {
  for (const key of Object.keys(data)) {
    if (out.length >= MAX_ITEMS) break;
    if (UNSAFE_KEYS.has(key) || (depth === 0 && skip.has(key))) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const value = data[key];
    const single = issue(path, value);
    if (single) out.push(single);
    else if (Array.isArray(value)) {
      for (const item of value.slice(0, MAX_ITEMS)) {
        const one = issue(path, item);
        if (one) out.push(one);
      }
    } else if (isObject(value) && depth < MAX_DEPTH) fieldMap(value, skip, path, depth + 1, out);
  }
  return out.slice(0, MAX_ITEMS);
}

/**
 * Field issues of a list of bulk items or field errors; items with code 0
 * succeeded. Bare values are item ids in a bulk result, and say nothing elsewhere.
 */
function itemIssues(
  items: readonly unknown[],
  bareIds: boolean,
): { fields: FieldIssue[]; processed: number } {
  const fields: FieldIssue[] = [];
  let processed = 0;
  items.slice(0, 1000).forEach((item, index) => {
    if (!isObject(item)) {
      const path = bareIds ? text(item) : undefined;
      if (path !== undefined && fields.length < MAX_ITEMS) fields.push({ path });
      return;
    }
    const code = ownText(item, 'code');
    if (code === '0') {
      processed++;
      return;
    }
    if (fields.length >= MAX_ITEMS) return;
    const name = ITEM_KEYS.map((k) => ownText(item, k)).find((v) => v !== undefined && v !== '');
    fields.push(fieldIssue(name ?? String(index), code, ownText(item, 'message')));
  });
  return { fields, processed };
}

interface DataReading {
  fields: FieldIssue[];
  params?: Record<string, unknown>;
}

function bulkData(data: unknown): DataReading {
  if (Array.isArray(data)) {
    const { fields, processed } = itemIssues(data, true);
    return { fields, params: { processed, failed: fields.length } };
  }
  const done = ownArray(data, 'processed');
  const notDone = ownArray(data, 'notProcessed');
  if (done || notDone) {
    const { fields } = itemIssues(notDone ?? [], true);
    return { fields, params: { processed: done?.length ?? 0, failed: notDone?.length ?? 0 } };
  }
  return plainData(data);
}

function plainData(data: unknown, skip: ReadonlySet<string> = new Set()): DataReading {
  if (Array.isArray(data)) return { fields: itemIssues(data, false).fields };
  return { fields: isObject(data) ? fieldMap(data, skip) : [] };
}

// A host, with a port when the API runs on one (an emulator on loopback).
const DOMAIN = /^[a-z0-9][a-z0-9.-]{0,252}(?::\d{1,5})?$/i;

function redirectData(data: unknown): DataReading {
  const raw = isObject(data) ? ownText(data, 'domain') : text(data);
  const domain = raw
    ?.trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '');
  const { fields } = plainData(data, new Set(['domain']));
  return { fields, params: domain && DOMAIN.test(domain) ? { domain } : undefined };
}

function backgroundData(data: unknown): DataReading {
  const taskId = isObject(data) ? (ownText(data, 'id') ?? ownText(data, 'taskId')) : text(data);
  const { fields } = plainData(data, new Set(['id', 'taskId']));
  return { fields, params: taskId?.trim() ? { taskId: taskId.trim() } : undefined };
}

function readData(code: number, data: unknown): DataReading {
  switch (code) {
    case REDIRECT:
      return redirectData(data);
    case BACKGROUND:
      return backgroundData(data);
    case PARTIAL:
    case NOTHING_DONE:
      return bulkData(data);
    default:
      return plainData(data);
  }
}

function toWire(env: Envelope): WireError {
  const { fields, params } = readData(env.code, env.data);
  const wire = wireError(String(env.code), env.message);
  if (fields.length) wire.fields = fields;
  if (params !== undefined) wire.params = params;
  return wire;
}

// --- encoding ---

function numeric(value: string): string | number {
  return /^\d{1,15}$/.test(value) ? Number(value) : value;
}

function issueValue(field: FieldIssue): string | Record<string, unknown> {
  if (field.code === undefined && field.message !== undefined) return field.message;
  return compact({ code: field.code, message: field.message });
}

/**
 * Fields as Mobizon's validation map `{"path": "message"}`, or as a list of
 * items (`recipient` for bulk results, `field` otherwise) when asked or when
 * a path repeats (an object cannot hold it twice).
 */
function encodeFields(
  fields: readonly FieldIssue[],
  itemKey: 'field' | 'recipient',
  asList: boolean,
): unknown {
  if (asList || new Set(fields.map((f) => f.path)).size < fields.length) {
    return fields.map((f) =>
      compact({
        [itemKey]: f.path,
        code: f.code === undefined ? undefined : numeric(f.code),
        message: f.message,
      }),
    );
  }
  const data: Record<string, unknown> = Object.create(null);
  for (const f of fields) data[f.path] = issueValue(f);
  return data;
}

function encodeData(record: ErrorRecord, code: number): unknown {
  const fields = record.fields;
  if (code === PARTIAL || code === NOTHING_DONE) return encodeFields(fields, 'recipient', true);
  if (code !== REDIRECT && code !== BACKGROUND)
    return fields.length ? encodeFields(fields, 'field', false) : null;
  // 13 and 100 carry a domain or a task id in `data`.
  const value = text(record.params?.[code === REDIRECT ? 'domain' : 'taskId']);
  if (!fields.length) return value ?? null;
  // Field issues beside it are a kodex rendering (Mobizon sends one or the
  // other): a list, so that no field can pass for `domain` or `id`; with a
  // value too, an object holding both.
  if (value === undefined) return encodeFields(fields, 'field', true);
  const map = encodeFields(fields, 'field', false);
  return Array.isArray(map)
    ? map
    : { ...(map as object), [code === REDIRECT ? 'domain' : 'id']: value };
}

/** Mobizon: `{"code", "data", "message"}` in an HTTP 200. */
export const mobizonDialect: Dialect = {
  id: 'mobizon',
  provider: 'mobizon',
  formats: ['json'],
  detectKeys: [['code', 'message']],

  detect(view) {
    const body = view.json();
    if (!isObject(body) || integer(own(body, 'code')) === undefined) return 0;
    if (typeof own(body, 'message') !== 'string') return 0;
    return Object.hasOwn(body, 'data') ? 0.9 : 0.5;
  },

  decode(view: ResponseView) {
    const env = envelope(view.json());
    if (!env) return [];
    // A success envelope under an error status is not a success: let the status speak.
    if (env.code === 0) return view.status < 300 ? null : [];
    return [toWire(env)];
  },

  encode(record) {
    const code = integer(record.code);
    // A code that is not a number has no place in Mobizon's envelope; 999 is its general error.
    const wireCode = code ?? 999;
    const body = {
      code: wireCode,
      data: encodeData(record, wireCode),
      message: record.detail ?? (code === undefined ? record.code : ''),
    };
    return jsonResponse(record, record.status, body);
  },
};
