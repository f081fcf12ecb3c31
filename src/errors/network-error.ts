import { redactUrl } from '../wire/redact.js';
import { KodexError } from './kodex-error.js';

/**
 * A request that got no response: the connection was refused, broke, or the
 * host was not found, and the client would not (or could no more) send it
 * again. `cause` is the fetch failure, its messages redacted by the caller
 * (undici quotes the URL, credentials included).
 * @example
 * try { await client.fetch(url) } catch (e) { if (isNetworkError(e)) console.log(e.cause) }
 */
export class NetworkError extends KodexError {
  constructor(url: string, failure: Error) {
    super('network_error', `Request to ${redactUrl(url)} failed: ${failure.message}`, {
      cause: failure,
    });
    this.name = 'NetworkError';
  }
}

/** True for a {@link NetworkError}, a {@link TimeoutError} included. */
export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError;
}
