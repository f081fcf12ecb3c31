import { redactText, redactUrl } from '../wire/redact.js';
import type { Exchange } from './exchange.js';
import type { SeenRequest } from './report.js';

/** Characters of a body and of a URL a report quotes. */
const BODY_CHARS = 2000;
const URL_CHARS = 500;

/** Epoch milliseconds as ISO 8601, or undefined. */
export const iso = (time: number | undefined) =>
  time === undefined ? undefined : new Date(time).toISOString();

/** An exchange as a report quotes it: its URL redacted and cut. */
export function seenRequest(exchange: Exchange): SeenRequest {
  return {
    time: iso(exchange.time),
    method: exchange.method,
    url: exchange.url === undefined ? undefined : redactUrl(exchange.url).slice(0, URL_CHARS),
    status: exchange.status,
  };
}

const bodyDecoder = new TextDecoder();

/** The start of a body as text, redacted (redacted before it is cut, so no credential is cut in two). */
export function bodyStart(body: string | Uint8Array): string {
  const text =
    typeof body === 'string'
      ? body.slice(0, 2 * BODY_CHARS)
      : bodyDecoder.decode(body.subarray(0, 8 * BODY_CHARS)).slice(0, 2 * BODY_CHARS);
  return redactText(text).slice(0, BODY_CHARS);
}
