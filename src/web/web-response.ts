import type { SafeHtml } from '../docs/html-template.js';
import type { Coding } from './compress.js';

/** What a route answers; the server writes it (and only its headers for HEAD). */
export interface WebResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array;
  /** The body already compressed in a coding (files kept compressed); else the server compresses it. */
  readonly compressed?: (coding: Coding) => Uint8Array;
}

/** An HTML page. */
export function htmlResponse(
  page: SafeHtml,
  status = 200,
  headers: Record<string, string> = {},
): WebResponse {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      ...headers,
    },
    body: page.toString(),
  };
}

/** A JSON document. */
export function jsonResponse(value: unknown, status = 200): WebResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' },
    body: JSON.stringify(value),
  };
}

/** A redirect to a path on this site. */
export function redirectResponse(location: string, status = 302): WebResponse {
  return {
    status,
    headers: { location, 'content-type': 'text/plain; charset=utf-8' },
    body: `See ${location}\n`,
  };
}
