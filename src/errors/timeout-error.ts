import { NetworkError } from './network-error.js';

/**
 * A request whose attempt ran out of time (`timeouts.attemptMs`, or what was
 * left of `timeouts.totalMs`) before a response came. A kind of
 * {@link NetworkError}, with the same `code`, `network_error`: to a script
 * that reads codes, a silent provider is one that did not answer.
 * @example
 * try { await client.fetch(url) } catch (e) { if (isTimeoutError(e)) metrics.timeouts++ }
 */
export class TimeoutError extends NetworkError {
  constructor(url: string, failure: Error) {
    super(url, failure);
    this.name = 'TimeoutError';
  }
}

/** True for a {@link TimeoutError}. */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return error instanceof TimeoutError;
}
