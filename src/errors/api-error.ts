import type { ErrorRecord } from '../model/record.js';
import { redactHeaders, redactUrl } from '../wire/redact.js';
import { KodexError } from './kodex-error.js';

/**
 * An API error response as a throwable: the client rejects with it, carrying
 * the normalized record (and the response whose body it was read from).
 * @example
 * try { await client.fetch(url) } catch (e) { if (isApiError(e)) console.log(e.record.category) }
 */
export class ApiError extends KodexError {
  readonly record: ErrorRecord;
  readonly status: number;
  /**
   * The response the record was decoded from (its body already read), when
   * there was one: a copy whose URL and headers have their credentials
   * redacted, since errors get logged whole.
   */
  readonly response?: Response;
  /**
   * Why the client rejected rather than retried, when it was the client that
   * gave up: `rate limited: retry after 600000 ms is past the 60000 ms cap`.
   */
  readonly reason?: string;

  constructor(
    record: ErrorRecord,
    options: { response?: Response; cause?: unknown; message?: string; reason?: string } = {},
  ) {
    super(
      `api_error`,
      options.message ??
        `${record.provider} ${record.code} (HTTP ${record.status}, ${record.category}): ${record.detail ?? record.title}`,
      { cause: options.cause },
    );
    this.name = 'ApiError';
    this.record = record;
    this.status = record.status;
    this.response = options.response && redactResponse(options.response);
    this.reason = options.reason;
  }
}

/** A copy of a response with credentials in its URL and headers redacted, its body (when unread) moved over. */
function redactResponse(response: Response): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(redactHeaders(Object.fromEntries(response.headers))))
    headers.set(name, value);
  const init = { status: response.status, statusText: response.statusText, headers };
  let copy: Response;
  try {
    copy = new Response(response.bodyUsed ? null : response.body, init);
  } catch {
    // A status that takes no body (204, 304), or none the constructor accepts.
    copy = response.status >= 200 && response.status <= 599 ? new Response(null, init) : response;
  }
  // `url` and `redirected` are read-only on a constructed response: own values shadow them.
  Object.defineProperties(copy, {
    url: { value: redactUrl(response.url), enumerable: false },
    redirected: { value: response.redirected, enumerable: false },
  });
  return copy;
}

/** True for an {@link ApiError}. */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
