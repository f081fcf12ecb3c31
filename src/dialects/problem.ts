import type { ResponseView } from '../decode/response-view.js';
import { isCategory } from '../model/categories.js';
import type { ErrorRecord, FieldIssue } from '../model/record.js';
import type { Dialect, WireError } from './dialect.js';
import { compact, jsonResponse, xmlResponse } from './encode-helpers.js';
import { integer, isObject, list, own, ownArray, ownObject, ownText } from './json-access.js';

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
  // XML nests the repeated element: <errors><error>…</error></errors>.
  const items = [
    ...list(
      isObject(errorsNode) && !Array.isArray(errorsNode) ? own(errorsNode, 'error') : errorsNode,
    ),
    ...list(ownArray(problem, 'invalid-params')),
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
    fields.push(
      compact({
        path,
        code: ownText(item, 'code'),
        message: ownText(item, 'message') ?? ownText(item, 'detail') ?? ownText(item, 'reason'),
        validValues: valid.length ? valid : undefined,
        badValues: bad.length ? bad : undefined,
      }),
    );
  }
  return fields;
}

function toWire(problem: Readonly<Record<string, unknown>>, status: number): WireError {
  const provider = ownText(problem, 'provider');
  const code = ownText(problem, 'code');
  const category = ownText(problem, 'category');
  const retryable = own(problem, 'retryable');
  const fields = fieldsOf(problem);
  const type = ownText(problem, 'type');
  return compact({
    provider: provider && code ? provider : undefined,
    code: provider && code ? code : String(integer(own(problem, 'status')) ?? status),
    detail: ownText(problem, 'detail') ?? ownText(problem, 'title'),
    docs: type && type !== 'about:blank' && /^https?:\/\//.test(type) ? type : undefined,
    fields: fields.length ? fields : undefined,
    hint: compact({
      category: isCategory(category) ? category : undefined,
      retryable:
        typeof retryable === 'boolean'
          ? retryable
          : retryable === 'true'
            ? true
            : retryable === 'false'
              ? false
              : undefined,
      title: ownText(problem, 'title'),
    }),
  });
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
