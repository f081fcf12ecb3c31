import { encode } from '../decode/encode.js';
import { explain } from '../lookup/index.js';
import type { ErrorRecord } from '../model/record.js';
import type { WebResponse } from './web-response.js';

/**
 * An RFC 9457 problem+json response, rendered by kodex's own problem dialect
 * from the HTTP catalog's entry for the status, so that `decode()` reads the
 * server's errors like any other; `extras` become extension members.
 * @example problemResponse(404, 'No code B019 in avtocod.', { suggestions: ['B011'] })
 */
export function problemResponse(
  status: number,
  detail: string,
  extras: Readonly<Record<string, unknown>> = {},
  headers: Readonly<Record<string, string>> = {},
): WebResponse {
  const entry = explain('http', String(status));
  const record: ErrorRecord = {
    provider: 'http',
    code: String(status),
    status,
    category: entry?.category ?? 'unknown',
    retryable: entry?.retryable ?? false,
    title: entry?.title.en ?? 'Error',
    lang: 'en',
    detail,
    fields: [],
    known: entry !== undefined,
  };
  const encoded = encode(record, { dialect: 'problem' });
  const body = { ...(JSON.parse(encoded.body) as Record<string, unknown>), ...extras };
  return {
    status,
    headers: { ...encoded.headers, 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}
