import { redactText } from '../wire/redact.js';

/** Whether a failed request may have reached the provider. */
export type Delivery = 'not-sent' | 'maybe-processed';

// Connection set-up failures: nothing of the request left this machine.
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The error code of a fetch failure (undici puts it on `cause`). */
export function networkCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Whether a fetch failure means the request certainly was not sent. */
export function deliveryOf(error: unknown): Delivery {
  const code = networkCode(error);
  return code && NOT_SENT.has(code) ? 'not-sent' : 'maybe-processed';
}

const KEPT = ['code', 'errno', 'syscall'] as const;

/**
 * A copy of a fetch failure that is safe to keep, log and record in a span:
 * the message and stack of it and of its causes redacted (undici quotes the
 * URL, password and query included), its `code` kept for {@link networkCode}.
 */
export function redactFailure(error: unknown, depth = 0): Error {
  if (!(error instanceof Error)) return new Error(redactText(String(error)));
  const copy = new Error(redactText(error.message)) as Error & Record<string, unknown>;
  copy.name = error.name;
  copy.stack = error.stack === undefined ? undefined : redactText(error.stack);
  for (const name of KEPT) {
    const value = (error as unknown as Record<string, unknown>)[name];
    if (typeof value === 'string' || typeof value === 'number') copy[name] = value;
  }
  if (error.cause !== undefined && depth < 4) copy.cause = redactFailure(error.cause, depth + 1);
  return copy;
}
