import { ApiError } from '../../errors/api-error.js';
import { CircuitOpenError } from '../../errors/circuit-open-error.js';
import type { Admission, CircuitBreaker } from '../breaker/circuit-breaker.js';
import type { Clock } from '../clock.js';
import { macrotask } from '../macrotask.js';

/** What the admit step needs besides the breaker. */
export interface AdmitContext {
  readonly account: string;
  readonly clock: Clock;
  /** `retry.maxRetryAfterMs`: a held `Retry-After` is past it. */
  readonly maxRetryAfterMs: number;
}

/**
 * Step 1 of an attempt: the account's circuit lets the call go (saying
 * whether it is the probe), or turns it away with the error to throw.
 */
export async function admit(
  breaker: CircuitBreaker | undefined,
  context: AdmitContext,
): Promise<{ readonly probe: boolean }> {
  if (!breaker) return { probe: false };
  const admission = await breaker.admit(context.account);
  if (admission.go) return { probe: admission.probe };
  // Failing fast must still yield: a caller looping on rejections would
  // otherwise never let its own timers run.
  await macrotask();
  throw turnedAway(admission, context);
}

/** The error of a call the circuit turns away: the record that opened it, when known. */
export function turnedAway(
  admission: Extract<Admission, { go: false }>,
  { account, clock, maxRetryAfterMs }: AdmitContext,
): CircuitOpenError | ApiError {
  const { record, heldUntil } = admission;
  if (!record) return new CircuitOpenError(account);
  if (heldUntil === undefined) {
    const reason = `circuit open for ${account}`;
    return new ApiError(record, {
      message: `${reason}: ${record.provider} ${record.code}`,
      reason,
    });
  }
  const waitMs = Math.max(0, Math.ceil(heldUntil - clock.now()));
  const reason = `retry after ${waitMs} ms is past the ${maxRetryAfterMs} ms cap`;
  return new ApiError(record, { message: `${record.provider} ${record.code}: ${reason}`, reason });
}
