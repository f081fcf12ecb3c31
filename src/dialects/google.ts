import { google } from '../catalogs/google.js';
import type { CatalogEntry } from '../model/catalog.js';
import type { ErrorRecord, FieldIssue } from '../model/record.js';
import {
  integer,
  isObject,
  type JsonObject,
  own,
  ownArray,
  ownObject,
  ownText,
  plainParams,
} from '../wire/json-access.js';
import type { ResponseView } from '../wire/response-view.js';
import { sendableDelayMs } from '../wire/retry-after.js';
import type { Dialect, WireError } from './dialect.js';
import { compact, jsonResponse } from './encode-helpers.js';
import { fieldIssue, wireError } from './wire.js';

// Google APIs' error reference (global domain) and Google's error model (AIP-193).
// Three body shapes:
// - legacy: {"error": {"errors": [{"domain", "reason", "message", "locationType",
//   "location", "extendedHelp"}], "code": 400, "message"}}: the code is
//   errors[0].reason, every item of errors[] is an error, `location` a field;
// - AIP-193: {"error": {"code": 429, "message", "status": "RESOURCE_EXHAUSTED",
//   "details": [google.rpc.ErrorInfo {reason, domain, metadata}, RetryInfo
//   {retryDelay}, QuotaFailure {violations}, BadRequest {fieldViolations}, Help
//   {links}]}}: the code is ErrorInfo.reason, else errors[0].reason (bodies
//   often carry both), else error.status (the Indexing API sends only that and
//   a message, whose catalog variants are told apart by pattern);
// - OAuth token endpoint (RFC 6749 §5.2): {"error": "invalid_grant",
//   "error_description"}: the code is `error`.

const MAX_ITEMS = 100;

const codesOf = (section: string): ReadonlySet<string> =>
  new Set(google.entries.filter((e) => e.section === section).map((e) => e.code));
const OAUTH_CODES = codesOf('oauth');
const RPC_CODES = codesOf('rpc-status');
const ERROR_INFO_CODES = codesOf('errorinfo');
const CATALOG_CODES: ReadonlySet<string> = new Set(google.entries.map((e) => e.code));
// The meaning of each google.rpc.Code name (error.status): its entry without a variant.
const RPC_ENTRIES: ReadonlyMap<string, CatalogEntry> = new Map(
  (google.entries as readonly CatalogEntry[])
    .filter((e) => e.section === 'rpc-status' && !e.variant)
    .map((e) => [e.code, e]),
);

// The google.rpc.Code Google sends with an HTTP status (AIP-193), for ErrorInfo bodies.
const RPC_OF_STATUS: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

const RPC_TYPE = 'type.googleapis.com/google.rpc.';

/** The `details[]` of an AIP-193 error, by kind; the first of each kind counts. */
interface Details {
  info?: JsonObject;
  retry?: JsonObject;
  badRequest?: JsonObject;
  help?: JsonObject;
  quota?: JsonObject;
  localized?: JsonObject;
}

/** `google.rpc.ErrorInfo` from its `@type`, or from its members when the type is left out. */
function kindOf(item: JsonObject): keyof Details | undefined {
  const type = ownText(item, '@type');
  const name = type?.slice(type.lastIndexOf('.') + 1);
  if (name === 'ErrorInfo' || (!type && typeof own(item, 'reason') === 'string')) return 'info';
  if (name === 'RetryInfo' || (!type && own(item, 'retryDelay') !== undefined)) return 'retry';
  if (name === 'BadRequest' || (!type && ownArray(item, 'fieldViolations'))) return 'badRequest';
  if (name === 'Help' || (!type && ownArray(item, 'links'))) return 'help';
  if (name === 'QuotaFailure') return 'quota';
  if (name === 'LocalizedMessage') return 'localized';
  return undefined;
}

const NO_DETAILS: Details = Object.freeze({});

function detailsOf(error: JsonObject): Details {
  const items = ownArray(error, 'details');
  if (items === undefined) return NO_DETAILS;
  const found: Details = {};
  for (let i = 0; i < items.length && i < MAX_ITEMS; i++) {
    const item = items[i];
    if (!isObject(item)) continue;
    const kind = kindOf(item);
    if (kind && !found[kind]) found[kind] = item;
  }
  return found;
}

/** RetryInfo.retryDelay: a Duration as JSON ("30s", "1.5s") or as {seconds, nanos}. */
function retryDelayMs(retry: JsonObject | undefined): number | undefined {
  const delay = own(retry, 'retryDelay');
  if (typeof delay === 'string') {
    const match = /^\s*(\d{1,10}(?:\.\d{1,9})?)s\s*$/.exec(delay);
    return match ? Math.round(Number(match[1]) * 1000) : undefined;
  }
  if (isObject(delay)) {
    const seconds = integer(own(delay, 'seconds')) ?? 0;
    const nanos = integer(own(delay, 'nanos')) ?? 0;
    const ms = Math.round(seconds * 1000 + nanos / 1e6);
    return seconds >= 0 && nanos >= 0 && Number.isFinite(ms) ? ms : undefined;
  }
  return undefined;
}

const NO_FIELDS: readonly FieldIssue[] = Object.freeze([]);

/** BadRequest.fieldViolations → field issues. */
function fieldViolations(badRequest: JsonObject | undefined): readonly FieldIssue[] {
  const violations = ownArray(badRequest, 'fieldViolations');
  if (violations === undefined) return NO_FIELDS;
  const fields: FieldIssue[] = [];
  for (const v of violations.slice(0, MAX_ITEMS)) {
    const path = ownText(v, 'field');
    if (path === undefined) continue;
    fields.push(fieldIssue(path, ownText(v, 'reason'), ownText(v, 'description')));
  }
  return fields;
}

/** A legacy `errors[]` item's `location` as a field issue. */
function locationField(item: unknown): FieldIssue | undefined {
  const path = ownText(item, 'location');
  if (path === undefined) return undefined;
  return fieldIssue(path, ownText(item, 'reason'), ownText(item, 'message'));
}

/** ErrorInfo domain and metadata, as params: the record hides those with secret names (`key`). */
function infoParams(info: JsonObject | undefined): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  const domain = ownText(info, 'domain');
  if (domain) params.domain = domain;
  for (const [key, value] of Object.entries(plainParams(ownObject(info, 'metadata')) ?? {})) {
    if (key !== 'domain') params[key] = value;
  }
  return params;
}

/** One legacy `errors[]` item as an error of its own. */
function legacyError(item: unknown, fallbackCode: string): WireError | undefined {
  if (!isObject(item)) return undefined;
  const field = locationField(item);
  const domain = ownText(item, 'domain');
  const wire = wireError(ownText(item, 'reason') ?? fallbackCode, ownText(item, 'message'));
  if (field) wire.fields = [field];
  const docs = ownText(item, 'extendedHelp');
  if (docs !== undefined) wire.docs = docs;
  if (domain && domain !== 'global') wire.params = { domain };
  return wire;
}

function httpCode(error: JsonObject): number | undefined {
  const code = integer(own(error, 'code'));
  return code !== undefined && code >= 100 && code <= 599 ? code : undefined;
}

/** The errors of an {"error": {...}} envelope: the primary first, then errors[1..]. */
function envelopeErrors(error: JsonObject, status: number): WireError[] {
  const details = detailsOf(error);
  const legacy = ownArray(error, 'errors');
  const first = legacy !== undefined && isObject(legacy[0]) ? legacy[0] : undefined;
  const bodyStatus = httpCode(error);
  const infoReason = ownText(details.info, 'reason');
  const legacyReason = ownText(first, 'reason');

  // With ErrorInfo, errors[0] is the same error in the legacy form: its reason is kept as a param.
  let params: Record<string, unknown> | undefined;
  if (infoReason) {
    params = infoParams(details.info);
    if (legacyReason && legacyReason !== infoReason) params.legacyReason = legacyReason;
  } else {
    const firstDomain = ownText(first, 'domain');
    if (firstDomain && firstDomain !== 'global') params = { domain: firstDomain };
  }

  const location = locationField(first);
  const violations = fieldViolations(details.badRequest);
  const fields = location ? [location, ...violations] : violations;
  const rpcStatus = ownText(error, 'status');
  const code = infoReason ?? legacyReason ?? rpcStatus ?? String(bodyStatus ?? status);
  const primary = wireError(
    code,
    ownText(error, 'message') ??
      ownText(first, 'message') ??
      ownText(details.localized, 'message') ??
      ownText(ownArray(details.quota, 'violations')?.[0], 'description'),
  );
  if (fields.length) primary.fields = fields;
  const docs =
    ownText(ownArray(details.help, 'links')?.[0], 'url') ?? ownText(first, 'extendedHelp');
  if (docs !== undefined) primary.docs = docs;
  const retryAfterMs = retryDelayMs(details.retry);
  if (retryAfterMs !== undefined) primary.retryAfterMs = retryAfterMs;
  if (params !== undefined && Object.keys(params).length) primary.params = params;
  if (bodyStatus !== undefined && bodyStatus !== status) primary.status = bodyStatus;
  // A reason no catalog knows still comes with its google.rpc.Code, which says
  // more than the HTTP status (a RESOURCE_EXHAUSTED sent with 403): the
  // category and retryability follow it.
  const rpc =
    CATALOG_CODES.has(code) || rpcStatus === undefined ? undefined : RPC_ENTRIES.get(rpcStatus);
  if (rpc) primary.hint = { category: rpc.category, retryable: rpc.retryable };

  const errors: WireError[] = [primary];
  if (legacy !== undefined) {
    const fallbackCode = String(bodyStatus ?? status);
    for (let i = 1; i < legacy.length && i < MAX_ITEMS; i++) {
      const other = legacyError(legacy[i], fallbackCode);
      if (other) errors.push(other);
    }
  }
  return errors;
}

// --- encoding --------------------------------------------------------------

type Form = 'oauth' | 'rpc' | 'errorinfo' | 'legacy';

/** The wire form that carries a code back: RFC 6749, AIP-193 status, ErrorInfo, or legacy errors[]. */
function formOf(record: ErrorRecord): Form {
  const code = record.code;
  if (OAUTH_CODES.has(code)) {
    // The token endpoint's body has no place for fields or further errors.
    return record.fields.length || record.others?.length ? 'legacy' : 'oauth';
  }
  if (RPC_CODES.has(code)) return 'rpc';
  if (ERROR_INFO_CODES.has(code) || /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(code))
    return 'errorinfo';
  return 'legacy';
}

/** A legacy `errors[]` item; its first field, if any, as `location`. */
function legacyItem(e: ErrorRecord, reason: string, ownDomain: boolean, withField: boolean) {
  const domain = ownDomain ? e.params?.domain : undefined;
  const field = withField ? e.fields[0] : undefined;
  return compact({
    domain: typeof domain === 'string' ? domain : 'global',
    reason,
    message: e.detail,
    locationType: field ? 'parameter' : undefined,
    location: field?.path,
  });
}

function errorInfo(record: ErrorRecord) {
  const { domain, legacyReason: _legacy, ...rest } = record.params ?? {};
  const metadata: Record<string, string> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      metadata[key] = String(value);
    }
  }
  return compact({
    '@type': `${RPC_TYPE}ErrorInfo`,
    reason: record.code,
    domain: typeof domain === 'string' ? domain : 'googleapis.com',
    metadata: Object.keys(metadata).length ? metadata : undefined,
  });
}

function formatDelay(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))}s`;
}

function envelope(record: ErrorRecord, form: Exclude<Form, 'oauth'>) {
  const details: unknown[] = [];
  if (form === 'errorinfo') details.push(errorInfo(record));
  // The delay the Retry-After header states too: none for NaN or ≤ 0, at most a year.
  const delay = sendableDelayMs(record.retryAfterMs);
  if (delay !== undefined) {
    details.push({ '@type': `${RPC_TYPE}RetryInfo`, retryDelay: formatDelay(delay) });
  }
  if (record.fields.length) {
    details.push({
      '@type': `${RPC_TYPE}BadRequest`,
      fieldViolations: record.fields.map((f) =>
        compact({ field: f.path, description: f.message, reason: f.code }),
      ),
    });
  }
  if (record.docs) {
    details.push({
      '@type': `${RPC_TYPE}Help`,
      links: [{ description: record.title, url: record.docs }],
    });
  }
  // errors[0] is the primary: always in legacy form; in an ErrorInfo or rpc
  // body only to hold further errors or a legacy reason sent beside ErrorInfo.
  // The primary's fields travel in BadRequest, so its item has no location.
  const others = record.others ?? [];
  const legacyReason =
    typeof record.params?.legacyReason === 'string' ? record.params.legacyReason : undefined;
  const primaryReason = form === 'errorinfo' ? (legacyReason ?? record.code) : record.code;
  const errors =
    form === 'legacy' || others.length || legacyReason
      ? [
          legacyItem(record, primaryReason, form === 'legacy', false),
          ...others.map((o) => legacyItem(o, o.code, true, true)),
        ]
      : undefined;
  return {
    error: compact({
      code: record.status,
      message: record.detail,
      errors,
      status:
        form === 'rpc'
          ? record.code
          : form === 'errorinfo'
            ? RPC_OF_STATUS[record.status]
            : undefined,
      details: details.length ? details : undefined,
    }),
  };
}

/** Google APIs: the legacy `errors[]`, AIP-193 `status`/`details[]`, and the OAuth token endpoint. */
export const googleDialect: Dialect = {
  id: 'google',
  provider: 'google',
  formats: ['json'],
  detectKeys: [['error']],

  detect(view) {
    const body = view.json();
    const error = own(body, 'error');
    if (isObject(error)) {
      const errors = ownArray(error, 'errors');
      const details = ownArray(error, 'details');
      if (errors)
        return isObject(errors[0]) && typeof own(errors[0], 'reason') === 'string' ? 0.95 : 0.7;
      if (details)
        return ownText(details[0], '@type')?.startsWith('type.googleapis.com/') ? 0.95 : 0.7;
      const status = ownText(error, 'status');
      if (status && RPC_CODES.has(status)) return 0.93;
      return typeof own(error, 'code') === 'number' && typeof own(error, 'message') === 'string'
        ? 0.5
        : 0;
    }
    // {"error": "invalid_grant"} only for RFC 6749 codes: many APIs answer {"error": "..."},
    // and UniSender adds a `code` member ({"error": "AK100310-02", "code": "invalid_api_key"}).
    // The `code` test first: a UniSender message is long, and a set lookup hashes it.
    if (typeof error === 'string' && own(body, 'code') === undefined && OAUTH_CODES.has(error)) {
      return typeof own(body, 'error_description') === 'string' ? 0.7 : 0.6;
    }
    return 0;
  },

  decode(view: ResponseView) {
    const body = view.json();
    const error = own(body, 'error');
    if (isObject(error)) return envelopeErrors(error, view.status);
    const oauthCode = typeof error === 'string' ? ownText(body, 'error') : undefined;
    if (oauthCode) {
      const wire = wireError(oauthCode, ownText(body, 'error_description'));
      const docs = ownText(body, 'error_uri');
      if (docs !== undefined) wire.docs = docs;
      return [wire];
    }
    return view.status >= 200 && view.status < 300 ? null : [];
  },

  encode(record) {
    const form = formOf(record);
    if (form === 'oauth') {
      return jsonResponse(
        record,
        record.status,
        compact({ error: record.code, error_description: record.detail, error_uri: record.docs }),
      );
    }
    return jsonResponse(record, record.status, envelope(record, form));
  },
};
