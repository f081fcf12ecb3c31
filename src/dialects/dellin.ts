import type { FieldIssue } from '../model/record.js';
import {
  integer,
  isObject,
  type JsonObject,
  list,
  own,
  ownObject,
  ownText,
  text,
} from '../wire/json-access.js';
import type { ResponseView } from '../wire/response-view.js';
import type { Dialect, WireError } from './dialect.js';
import { allErrors, compact, jsonResponse, xmlResponse } from './encode-helpers.js';
import { type FieldIssueDraft, wireError } from './wire.js';

// Dellin's error reference: {"metadata": {"status", "detail", "generated_at"},
// "errors": [{"code", "title", "detail", "link", "fields", "validValues",
// "badValues"}]}, the same tree in XML under <response>, where a repeated
// element stands for an array.

interface DellinTree {
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly errors: readonly unknown[];
}

function jsonTree(view: ResponseView): DellinTree | undefined {
  const body = view.json();
  const metadata = ownObject(body, 'metadata');
  const errors = own(body, 'errors');
  if (!metadata || (errors !== undefined && !Array.isArray(errors))) return undefined;
  return { metadata, errors: (errors as unknown[] | undefined) ?? [] };
}

function xmlTree(view: ResponseView): DellinTree | undefined {
  if (!view.text.trimStart().startsWith('<')) return undefined;
  const response = ownObject(view.xml(), 'response');
  const metadata = ownObject(response, 'metadata');
  if (!metadata) return undefined;
  return { metadata, errors: list(own(response, 'errors')) };
}

function tree(view: ResponseView): DellinTree | undefined {
  return jsonTree(view) ?? xmlTree(view);
}

const NO_FIELDS: readonly FieldIssue[] = Object.freeze([]);

/** The named fields of an error, each with the error's valid and bad values. */
function fieldsOf(error: JsonObject): readonly FieldIssue[] {
  const paths = list(own(error, 'fields'));
  // Most errors name no field: no value lists to copy.
  if (!paths.length) return NO_FIELDS;
  const validValues = list(own(error, 'validValues')).slice(0, 100);
  const badValues = list(own(error, 'badValues')).slice(0, 100);
  const fields: FieldIssue[] = [];
  for (const item of paths.slice(0, 100)) {
    const path = text(item);
    if (path === undefined) continue;
    const field: FieldIssueDraft = { path };
    if (validValues.length) field.validValues = validValues;
    if (badValues.length) field.badValues = badValues;
    fields.push(field);
  }
  return fields;
}

function toWire(error: unknown, metadataStatus: number | undefined): WireError | undefined {
  if (!isObject(error)) return undefined;
  const code = ownText(error, 'code');
  if (!code) return undefined;
  const fields = fieldsOf(error);
  const wire = wireError(code, ownText(error, 'detail') ?? ownText(error, 'title'));
  const docs = ownText(error, 'link');
  if (docs !== undefined) wire.docs = docs;
  if (fields.length) wire.fields = fields;
  if (metadataStatus !== undefined) wire.status = metadataStatus;
  return wire;
}

// XML text values are strings; numbers in validValues come back as numbers
// only from JSON. Encoding writes what the record holds.
function encodeError(e: {
  code: string;
  title: string;
  detail?: string;
  docs?: string;
  fields: readonly FieldIssue[];
}) {
  const first = e.fields[0];
  return compact({
    code: /^\d{1,15}$/.test(e.code) ? Number(e.code) : e.code,
    title: e.title,
    detail: e.detail,
    link: e.docs,
    fields: e.fields.length ? e.fields.map((f) => f.path) : undefined,
    validValues: first?.validValues,
    badValues: first?.badValues,
  });
}

/** Dellin: `metadata` + `errors[]`, in JSON or XML. */
export const dellinDialect: Dialect = {
  id: 'dellin',
  provider: 'dellin',
  formats: ['json', 'xml'],
  detectKeys: [['metadata']],

  detect(view) {
    const body = view.json();
    if (body !== undefined) {
      if (!ownObject(body, 'metadata')) return 0;
      return Array.isArray(own(body, 'errors')) ? 0.95 : 0.4;
    }
    if (view.mediaType.includes('xml') || view.text.trimStart().startsWith('<')) {
      return xmlTree(view) ? 0.95 : 0;
    }
    return 0;
  },

  decode(view) {
    const found = tree(view);
    if (!found) return [];
    const metadataStatus = integer(own(found.metadata, 'status'));
    const errors = found.errors
      .slice(0, 100)
      .map((e) => toWire(e, metadataStatus !== view.status ? metadataStatus : undefined))
      .filter((e): e is WireError => e !== undefined);
    if (errors.length === 0 && (metadataStatus ?? view.status) < 300) return null;
    return errors;
  },

  encode(record, options = {}) {
    const metadata = {
      status: record.status,
      detail: record.detail ?? record.title,
      generated_at: new Date(options.now?.() ?? Date.now())
        .toISOString()
        .slice(0, 19)
        .replace('T', ' '),
    };
    const errors = allErrors(record).map(encodeError);
    if (options.format === 'xml') {
      return xmlResponse(record, record.status, { response: { metadata, errors } });
    }
    return jsonResponse(record, record.status, { metadata, errors });
  },
};
