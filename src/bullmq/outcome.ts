import type { ErrorRecord } from '../model/record.js';

/**
 * A job put off: it goes back to its queue, delayed, using no attempt and
 * holding no worker (a rate slot further off than the worker holds for, a
 * Retry-After, an open circuit, fresh credentials to pick up).
 */
export class Deferral extends Error {
  override readonly name = 'KodexDeferral';

  constructor(
    readonly delayMs: number,
    readonly reason: string,
    readonly record?: ErrorRecord,
  ) {
    super(`put off ${Math.round(delayMs)} ms: ${reason}`);
  }
}

/** What becomes of a job whose call failed: another BullMQ attempt after a delay, or failure at once. */
export type Failing =
  | { readonly retry: true; readonly delayMs: number }
  | { readonly retry: false };

const failings = new WeakMap<Error, Failing>();

/** Marks an error thrown by a job's call with what becomes of the job. */
export function failing<E extends Error>(error: E, how: Failing): E {
  failings.set(error, how);
  return error;
}

/** What a job's call said becomes of the job, when the error is one of its calls'. */
export function failingOf(error: unknown): Failing | undefined {
  return error instanceof Error ? failings.get(error) : undefined;
}
