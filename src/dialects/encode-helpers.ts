import { XMLBuilder } from 'fast-xml-parser';
import type { ErrorRecord } from '../model/record.js';
import { retryAfterValue } from '../wire/retry-after.js';
import { toXmlChars } from '../wire/xml-text.js';
import type { EncodedResponse } from './dialect.js';

/** Headers every encoded error carries: its media type, and `Retry-After` when a delay is known. */
export function errorHeaders(record: ErrorRecord, contentType: string): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': contentType };
  const retryAfter = retryAfterValue(record.retryAfterMs);
  if (retryAfter !== undefined) headers['retry-after'] = retryAfter;
  return headers;
}

/** A JSON response for a record. */
export function jsonResponse(
  record: ErrorRecord,
  status: number,
  body: unknown,
  contentType = 'application/json; charset=utf-8',
): EncodedResponse {
  return { status, headers: errorHeaders(record, contentType), body: JSON.stringify(body) };
}

// Attributes are written from `@_name` keys (the problem's xmlns).
const xmlBuilder = new XMLBuilder({
  format: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
});

// A name the builder may write for an element (or, after `@_`, an attribute):
// an XML 1.0 Name without a colon, which would need a namespace declaration.
const XML_NAME = /^(?:@_)?[A-Za-z_][\w.-]*$/;

function isWritable(key: string, value: unknown): boolean {
  if (!XML_NAME.test(key)) return false;
  // An attribute holds text only (the builder writes `true` as a bare name).
  return !key.startsWith('@_') || typeof value === 'string' || typeof value === 'number';
}

/**
 * The tree with what the builder cannot write as markup turned into text: an
 * array in an array (it would write `<0>`), and an object with a key that is
 * no XML name or an attribute that is no text (data, such as a `validValues`
 * item decoded from JSON) become their JSON text. The element names the
 * dialect chose stay as they are.
 */
function writable(value: unknown, inArray = false): unknown {
  if (Array.isArray(value)) {
    return inArray ? JSON.stringify(value) : value.map((item) => writable(item, true));
  }
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  if (!keys.every((key) => isWritable(key, object[key]))) return JSON.stringify(value);
  // fromEntries defines own members, so a `__proto__` key stays data.
  return Object.fromEntries(keys.map((key) => [key, writable(object[key])]));
}

/** An XML response for a record; `tree` is built with repeated elements for arrays. */
export function xmlResponse(
  record: ErrorRecord,
  status: number,
  tree: Record<string, unknown>,
  contentType = 'application/xml; charset=utf-8',
): EncodedResponse {
  // The markup is ASCII: replacing what XML cannot hold in the whole document
  // replaces it in every text and attribute value the tree carries.
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n${toXmlChars(xmlBuilder.build(writable(tree)))}`;
  return { status, headers: errorHeaders(record, contentType), body };
}

/** The record and its others, primary first. */
export function allErrors(record: ErrorRecord): readonly ErrorRecord[] {
  return [record, ...(record.others ?? [])];
}

/**
 * A copy without `undefined` members, so bodies and records stay minimal.
 * Copies rather than deletes: `delete` would push the object into slow
 * dictionary mode on the decoding hot path.
 */
export function compact<T extends Record<string, unknown>>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}
