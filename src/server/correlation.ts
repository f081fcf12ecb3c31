// An incoming id is echoed into headers, bodies and logs: only short ids of
// safe characters are reused, so a client cannot inject lines or markup.
const SAFE_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** Header that carries the correlation id of an error response. */
export const CORRELATION_HEADER = 'x-correlation-id';

/** A random id for an error occurrence (RFC 9562 UUID v4). */
export function randomCorrelationId(): string {
  return crypto.randomUUID();
}

/**
 * The correlation id of a request: the caller's own `x-correlation-id` or
 * `x-request-id` when it is a safe token, else a new one.
 * @example correlationIdOf(undefined, 'req-42', randomCorrelationId) // 'req-42'
 */
export function correlationIdOf(
  correlationHeader: string | undefined,
  requestIdHeader: string | undefined,
  generate: () => string = randomCorrelationId,
): string {
  if (correlationHeader && SAFE_ID.test(correlationHeader)) return correlationHeader;
  if (requestIdHeader && SAFE_ID.test(requestIdHeader)) return requestIdHeader;
  return generate();
}
