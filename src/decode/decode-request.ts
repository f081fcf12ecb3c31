import type { Lang } from '../model/catalog.js';
import { isObject, own } from '../wire/json-access.js';

/**
 * A response to decode, sent as JSON: one line of `kodex decode --jsonl`, or
 * the body of the web reference's `POST /api/decode`.
 */
export interface DecodeRequest {
  readonly status: number;
  readonly headers?: Record<string, string>;
  /** The body as text; a JSON value given here stands for its text. */
  readonly body: string;
  readonly provider?: string;
  /** The request URL: its host names the provider when the body does not. */
  readonly url?: string;
  readonly lang?: Lang;
}

/**
 * Checks parsed JSON as `{status, headers?, body, provider?, url?, lang?}`; a string
 * says what is wrong with it.
 */
export function readDecodeRequest(input: unknown): DecodeRequest | string {
  if (!isObject(input)) return 'a request must be a JSON object';
  const status = own(input, 'status');
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
    return 'status must be an HTTP status from 100 to 599';
  }
  const headers = own(input, 'headers');
  if (headers !== undefined && headers !== null && !isObject(headers)) {
    return 'headers must be an object of header names to values';
  }
  const provider = own(input, 'provider');
  if (provider !== undefined && provider !== null && typeof provider !== 'string') {
    return 'provider must be a string';
  }
  const url = own(input, 'url');
  if (url !== undefined && url !== null && typeof url !== 'string') {
    return 'url must be a string';
  }
  const lang = own(input, 'lang');
  if (lang !== undefined && lang !== 'ru' && lang !== 'en') return 'lang must be ru or en';
  const body = own(input, 'body');
  return {
    status,
    headers: (headers ?? undefined) as Record<string, string> | undefined,
    body:
      typeof body === 'string'
        ? body
        : body === undefined || body === null
          ? ''
          : JSON.stringify(body),
    provider: provider || undefined,
    url: url || undefined,
    lang,
  };
}
