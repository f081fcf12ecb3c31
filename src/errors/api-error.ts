import type { ErrorRecord } from '../model/record.js';
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
  /** The response the record was decoded from (its body already read), when there was one. */
  readonly response?: Response;

  constructor(
    record: ErrorRecord,
    options: { response?: Response; cause?: unknown; message?: string } = {},
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
    this.response = options.response;
  }
}

/** True for an {@link ApiError}. */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
