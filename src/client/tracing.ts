import { type Span, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import type { ErrorRecord } from '../model/record.js';
import { redactUrl } from '../wire/redact.js';
import { methodOf, urlOf } from './steps/prepare.js';

/** Runs one client call in a `kodex.fetch` span: the request, then its outcome. */
export function traced(
  tracer: Tracer,
  provider: string,
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  call: (span: Span) => Promise<Response>,
): Promise<Response> {
  return tracer.startActiveSpan('kodex.fetch', async (span) => {
    span.setAttributes({
      'kodex.provider': provider,
      'http.request.method': methodOf(input, init),
      'url.full': redactUrl(urlOf(input)),
    });
    try {
      const response = await call(span);
      span.setStatus({ code: SpanStatusCode.OK });
      return response;
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Sets an answer's status, and its record when it has one, on the call's span. */
export function traceAnswer(span: Span, response: Response, record: ErrorRecord | null): void {
  span.setAttribute('http.response.status_code', response.status);
  if (!record) return;
  span.setAttributes({
    'kodex.provider': record.provider,
    'kodex.code': record.code,
    'kodex.category': record.category,
    'kodex.retryable': record.retryable,
  });
}
