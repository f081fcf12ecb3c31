import type { Lang } from '../model/catalog.js';
import type { Category } from '../model/categories.js';
import type { ErrorRecord } from '../model/record.js';
import { redactHeaders, redactUrl } from '../wire/redact.js';
import { KodexError } from './kodex-error.js';

/** A record whose provider and code the type system knows: a typed catalog's. */
export type ApiErrorRecord<P extends string = string, K extends string = string> = ErrorRecord & {
  readonly provider: P;
  readonly code: K;
};

/** Options of the {@link ApiError} constructor. */
export interface ApiErrorInit {
  /**
   * The response the record was decoded from (its body already read). The
   * error keeps a copy with its URL and headers redacted.
   */
  readonly response?: Response;
  /** The error that caused this one (kept on the error, never sent). */
  readonly cause?: unknown;
  /** @default `provider code (HTTP status, category): detail or title` */
  readonly message?: string;
  /** The record in another language: a catalog error re-renders its title and template. */
  readonly translate?: (lang: Lang) => ErrorRecord;
  /** Why the client gave up rather than retried (see {@link ApiError.reason}). */
  readonly reason?: string;
}

/**
 * An API error as a throwable, carrying its normalized record: the client
 * rejects with it on an error response, and an API throws it
 * (`catalog.error(code, params)`) for the server adapters to render. `code`
 * is always `api_error`, so the API's own code (`error.record.code`) is never
 * taken for one of kodex's own failures.
 * @example
 * try { await client.fetch(url) } catch (e) { if (isApiError(e)) console.log(e.record.category) }
 * @example
 * throw shop.error('OUT_OF_STOCK', { sku: 'A-1' }); // an adapter answers 409 problem+json
 */
export class ApiError<P extends string = string, K extends string = string> extends KodexError {
  declare readonly code: 'api_error';
  /** The normalized record, in the language the error was made in. */
  readonly record: ApiErrorRecord<P, K>;
  /** The catalog id (`shop`, `avtocod`). */
  readonly provider: P;
  /** The HTTP status received, or to answer with. */
  readonly status: number;
  readonly category: Category;
  readonly retryable: boolean;
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
  readonly #translate: ((lang: Lang) => ErrorRecord) | undefined;
  #other: ApiErrorRecord<P, K> | undefined;

  constructor(record: ApiErrorRecord<P, K>, options: ApiErrorInit = {}) {
    // Without a cause, no `cause` property at all (rather than one set to undefined).
    super(
      'api_error',
      options.message ??
        `${record.provider} ${record.code} (HTTP ${record.status}, ${record.category}): ${record.detail ?? record.title}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'ApiError';
    this.record = record;
    this.provider = record.provider;
    this.status = record.status;
    this.category = record.category;
    this.retryable = record.retryable;
    this.response = options.response && redactResponse(options.response);
    this.reason = options.reason;
    this.#translate = options.translate;
  }

  /** Template parameters of this occurrence (credentials redacted). */
  get params(): Readonly<Record<string, unknown>> {
    return this.record.params ?? {};
  }

  /** The record in a language; the same record when the error cannot re-render itself. */
  recordIn(lang: Lang): ApiErrorRecord<P, K> {
    if (lang === this.record.lang || !this.#translate) return this.record;
    // The same entry in another language: its provider and code are this record's.
    this.#other ??= this.#translate(lang) as ApiErrorRecord<P, K>;
    return this.#other;
  }

  /** The record, so `JSON.stringify(error)` logs data rather than `{}`. */
  toJSON(): ErrorRecord {
    return this.record;
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

/**
 * True for an {@link ApiError}, also one from another copy of kodex loaded in
 * the process (an adapter and a catalog may each bring their own).
 */
export function isApiError(error: unknown): error is ApiError {
  if (error instanceof ApiError) return true;
  if (!(error instanceof Error) || error.name !== 'ApiError') return false;
  const other = error as Partial<ApiError>;
  return (
    other.code === 'api_error' &&
    typeof other.record === 'object' &&
    other.record !== null &&
    typeof other.recordIn === 'function'
  );
}
