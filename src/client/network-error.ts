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
