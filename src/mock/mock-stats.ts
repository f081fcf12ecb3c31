/** Counters of one account (its key is a short hash of its credential, never the credential). */
export interface AccountStats {
  requests: number;
  accepted: number;
  violations: number;
}

/** What the emulator has seen since it started or was last reset. */
export interface MockStats {
  /** Every request that reached the handler, faults included. */
  requests: number;
  /** Requests processed with a plain success (duplicates included). */
  accepted: number;
  /** Requests refused for going over the rate. */
  rateViolations: number;
  /** Bans imposed. */
  bans: number;
  /** Injected faults: resets and 5xx answers. */
  faults: number;
  /** Whether some account is banned now. */
  banned: boolean;
  /** POSTs accepted again under an idempotency key (`idempotency-key` or `x-request-id`) already accepted. */
  duplicates: number;
  /** Per account: `default`, or the first 8 hex digits of the SHA-256 of its credential. */
  byAccount: Record<string, AccountStats>;
}
