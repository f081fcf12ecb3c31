import { type Delivery, deliveryOf, redactFailure } from '../fetch-failure.js';
import type { Prepared } from './prepare.js';

/** What one send gave: a response, or a failure that kept it from coming. */
export type Sent =
  | { readonly response: Response }
  | {
      /** A redacted copy of the fetch failure. */
      readonly failure: Error;
      readonly delivery: Delivery;
      /** The attempt's own time ran out (not the caller's signal). */
      readonly timedOut: boolean;
    };

/** Where and how one attempt goes. */
export interface Attempt {
  /** The URL of this attempt (a redirect changes it). */
  readonly url: string;
  /** The request's headers with the current credentials. */
  readonly headers: Headers;
  /** Time this attempt may take. */
  readonly timeoutMs: number;
}

/**
 * Step 3 of an attempt: sends the request once, under its own timeout and the
 * caller's signal. A network failure is returned, to be judged; the caller's
 * abort is thrown, as fetch does.
 */
export async function send(
  fetchOnce: typeof fetch,
  request: Prepared,
  attempt: Attempt,
): Promise<Sent> {
  const timeout = AbortSignal.timeout(Math.max(1, attempt.timeoutMs));
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  try {
    const response = await fetchOnce(attempt.url, {
      ...request.init,
      method: request.method,
      headers: attempt.headers,
      body: request.body,
      signal,
    });
    return { response };
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    // What is kept or handed on is a redacted copy: undici quotes the URL.
    return {
      failure: redactFailure(error),
      delivery: deliveryOf(error),
      timedOut: timeout.aborted,
    };
  }
}
