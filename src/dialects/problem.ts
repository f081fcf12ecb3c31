import { isCategory } from '../model/categories.js';
import type { ErrorRecord, FieldIssue } from '../model/record.js';
import { integer, isObject, list, own, ownArray, ownObject, ownText } from '../wire/json-access.js';
import type { ResponseView } from '../wire/response-view.js';
import type { Dialect, WireError } from './dialect.js';
import { compact, jsonResponse, xmlResponse } from './encode-helpers.js';
import { type FieldIssueDraft, fieldIssue, type WireErrorDraft } from './wire.js';

// RFC 9457 problem details (application/problem+json, and the XML form of its
// appendix B). kodex's own renderings add extension members — provider, code,
// category, retryable, errors, others — so that any kodex client decodes a
// kodex server's error exactly, even without that server's catalog.

const PROBLEM_JSON = 'application/problem+json';
const PROBLEM_XML = 'application/problem+xml';

function problemOf(view: ResponseView): Readonly<Record<string, unknown>> | undefined {
  const body = view.json();
  if (isObject(body)) return body;
  if (view.mediaType === PROBLEM_XML || view.text.includes('urn:ietf:rfc:7807')) {
    return ownObject(view.xml(), 'problem');
  }
  return undefined;
}

/** Field issues from `errors` (kodex, JSON:API style) or `invalid-params` (RFC 9457 §3 example). */
function fieldsOf(problem: Readonly<Record<string, unknown>>): FieldIssue[] {
  const fields: FieldIssue[] = [];
  const errorsNode = own(problem, 'errors');
  const invalidParams = ownArray(problem, 'invalid-params');
  // The usual problem has neither: no lists to build.
  if (errorsNode === undefined && invalidParams === undefined) return fields;
  // XML nests the repeated element: <errors><error>…</error></errors>.
  const items = [
    ...list(
      isObject(errorsNode) && !Array.isArray(errorsNode) ? own(errorsNode, 'error') : errorsNode,
    ),
    ...list(invalidParams),
  ];
  for (const item of items.slice(0, 200)) {
    if (!isObject(item)) continue;
    const path =
      ownText(item, 'path') ??
      ownText(item, 'pointer') ??
      ownText(item, 'name') ??
      ownText(item, 'field');
    if (path === undefined) continue;
    const valid = list(own(item, 'validValues'));
    const bad = list(own(item, 'badValues'));
    const issue: FieldIssueDraft = fieldIssue(
      path,
      ownText(item, 'code'),
      ownText(item, 'message') ?? ownText(item, 'detail') ?? ownText(item, 'reason'),
    );
    if (valid.length) issue.validValues = valid;
    if (bad.length) issue.badValues = bad;
    fields.push(issue);
  }
  return fields;
}

/** A `retryable` member as a boolean, when it says one. */
function retryableOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

type Hint = {
  -readonly [K in keyof NonNullable<WireError['hint']>]: NonNullable<WireError['hint']>[K];
};

function toWire(problem: Readonly<Record<string, unknown>>, status: number): WireError {
  const provider = ownText(problem, 'provider');
  const code = ownText(problem, 'code');
  const title = ownText(problem, 'title');
  // Members in the order of the interface, each only when defined.
  const wire: WireErrorDraft =
    provider && code
      ? { provider, code }
      : { code: String(integer(own(problem, 'status')) ?? status) };
  const detail = ownText(problem, 'detail') ?? title;
  if (detail !== undefined) wire.detail = detail;
  const type = ownText(problem, 'type');
  if (type && type !== 'about:blank' && /^https?:\/\//.test(type)) wire.docs = type;
  const fields = fieldsOf(problem);
  if (fields.length) wire.fields = fields;
  const hint: Hint = {};
  const category = ownText(problem, 'category');
  if (isCategory(category)) hint.category = category;
  const retryable = retryableOf(own(problem, 'retryable'));
  if (retryable !== undefined) hint.retryable = retryable;
  if (title !== undefined) hint.title = title;
  wire.hint = hint;
  return wire;
}

function encodeProblem(record: ErrorRecord) {
  return compact({
    type: record.docs ?? 'about:blank',
    title: record.title,
    status: record.status,
    detail: record.detail,
    provider: record.provider,
    code: record.code,
    category: record.category,
    retryable: record.retryable,
    errors: record.fields.length ? record.fields.map((f) => ({ ...f })) : undefined,
  });
}

/** RFC 9457 problem details, JSON or XML, with kodex's extension members. */
export const problemDialect: Dialect = {
  id: 'problem',
  provider: 'http',
  formats: ['json', 'xml'],
  detectKeys: [
    ['status', 'title'],
    ['status', 'type'],
  ],
  detectMediaTypes: [PROBLEM_JSON, PROBLEM_XML],

  detect(view) {
    if (view.mediaType === PROBLEM_JSON || view.mediaType === PROBLEM_XML) return 0.9;
    const body = view.json();
    if (!isObject(body)) return 0;
    const hasStatus = typeof own(body, 'status') === 'number';
    const hasTitle =
      typeof own(body, 'title') === 'string' || typeof own(body, 'type') === 'string';
    if (hasStatus && hasTitle && typeof own(body, 'provider') === 'string') return 0.85;
    return hasStatus && hasTitle ? 0.45 : 0;
  },

  decode(view) {
    const problem = problemOf(view);
    if (!problem) return [];
    const primary = toWire(problem, view.status);
    const othersNode = own(problem, 'others');
    if (othersNode === undefined) return [primary];
    // XML wraps them: <others><other>…</other></others>.
    const others = list(isObject(othersNode) ? own(othersNode, 'other') : othersNode)
      .slice(0, 100)
      .filter(isObject)
      .map((o) => toWire(o, view.status));
    return [primary, ...others];
  },

  encode(record, options = {}) {
    const body = {
      ...encodeProblem(record),
      others: record.others?.length ? record.others.map(encodeProblem) : undefined,
    };
    if (options.format === 'xml') {
      const xml = compact({
        ...body,
        errors: body.errors ? { error: body.errors } : undefined,
        others: body.others ? { other: body.others } : undefined,
      });
      return xmlResponse(
        record,
        record.status,
        { problem: { '@_xmlns': 'urn:ietf:rfc:7807', ...xml } },
        PROBLEM_XML,
      );
    }
    return jsonResponse(record, record.status, compact(body), PROBLEM_JSON);
  },
};
