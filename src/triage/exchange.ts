import type { HeadersInput } from '../wire/headers.js';

/**
 * One request and the answer it got, as a traffic file records it: a HAR
 * entry, a JSON line, or a line of a request log. What triage reads.
 */
export interface Exchange {
  /** When the request started, in epoch milliseconds; absent when the file does not say. */
  readonly time?: number;
  /** The request method, upper-case: `GET`. */
  readonly method?: string;
  /** The request URL: its host names the provider when the body does not. */
  readonly url?: string;
  /** The HTTP status; 0 when the request got no answer (a browser's failed or blocked request). */
  readonly status: number;
  readonly headers?: HeadersInput;
  readonly body: string | Uint8Array;
  /** The provider the file names, which wins over the host and the body. */
  readonly provider?: string;
}

/** What a reader gives for one item of a file: an exchange, or what is wrong with the item. */
export type ExchangeOrProblem = Exchange | { readonly problem: string };

/** True when a reader gave a problem rather than an exchange. */
export function isProblem(item: ExchangeOrProblem): item is { readonly problem: string } {
  return 'problem' in item;
}

/**
 * Epoch milliseconds of an ISO 8601 date (`2026-12-06T16:39:21.120Z`), or of
 * a number taken as epoch milliseconds; undefined for anything else.
 */
export function timeOf(value: unknown): number | undefined {
  // ±8.64e15 ms is the range of a JavaScript Date (ECMA-262, "Time Values").
  if (typeof value === 'number') return Math.abs(value) <= 8.64e15 ? value : undefined;
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** A method as upper-case letters, or undefined for anything that is not one. */
export function methodOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z]{1,16}$/.test(value)
    ? value.toUpperCase()
    : undefined;
}
