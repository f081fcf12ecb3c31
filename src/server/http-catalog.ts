import { http } from '../catalogs/http.js';
import { classifyStatus } from '../decode/classify-status.js';
import type { Lang } from '../model/catalog.js';
import { CATEGORY_LABELS } from '../model/categories.js';
import type { ErrorRecord, FieldIssue } from '../model/record.js';
import { defineCatalog } from './define-catalog.js';

/**
 * The plain-HTTP catalog, typed: errors named by status for APIs (and
 * adapters) that have no code of their own.
 * @example throw httpErrors.error('404', {}, { detail: 'No order 42' });
 */
export const httpErrors = defineCatalog(http);

/** Options of {@link statusRecord}. */
export interface StatusRecordOptions {
  readonly lang: Lang;
  readonly detail?: string;
  readonly fields?: readonly FieldIssue[];
}

/**
 * The record of a plain HTTP error status (provider `http`): the catalog's
 * entry when the status has one, else classed as decoding classes a status
 * no entry names (see `classifyStatus`): by its family and what the detail says.
 */
export function statusRecord(status: number, options: StatusRecordOptions): ErrorRecord {
  const code = String(status);
  if (httpErrors.has(code)) return httpErrors.record(code, {}, options);
  // No entry of this code, so none of this status: the http catalog's codes are its statuses.
  const { category, retryable } = classifyStatus(status, undefined, options.detail);
  const record: ErrorRecord = {
    provider: 'http',
    code,
    status,
    category,
    retryable,
    title: CATEGORY_LABELS[category][options.lang],
    lang: options.lang,
    fields: options.fields ?? [],
    known: false,
  };
  return options.detail === undefined ? record : { ...record, detail: options.detail };
}
