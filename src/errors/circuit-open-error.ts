import { KodexError } from './kodex-error.js';

/**
 * A call the client turned away without sending it: the account's circuit is
 * open and no record says why (when one does, the client rejects with an
 * `ApiError` carrying that record instead).
 * @example
 * try { await client.fetch(url) } catch (e) { if (isCircuitOpenError(e)) await later(e.account) }
 */
export class CircuitOpenError extends KodexError {
  /** The account whose circuit is open. */
  readonly account: string;

  constructor(account: string) {
    super('circuit_open', `Circuit open for ${account}.`);
    this.name = 'CircuitOpenError';
    this.account = account;
  }
}

/** True for a {@link CircuitOpenError}. */
export function isCircuitOpenError(error: unknown): error is CircuitOpenError {
  return error instanceof CircuitOpenError;
}
