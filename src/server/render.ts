import { dialectOf } from '../decode/decode.js';
import { encode } from '../decode/encode.js';
import type { EncodedResponse } from '../dialects/dialect.js';
import type { Lang } from '../model/catalog.js';
import type { Category } from '../model/categories.js';
import type { ErrorRecord } from '../model/record.js';
import { normalizeHeaders } from '../wire/headers.js';
import { redactHeaders, redactRecord, redactText, redactUrl } from '../wire/redact.js';
import { sendableDelayMs } from '../wire/retry-after.js';
import { CORRELATION_HEADER, correlationIdOf, randomCorrelationId } from './correlation.js';
import { type Extensions, withExtensions } from './extensions.js';
import { negotiateFormat, negotiateLang } from './negotiate.js';
import { translateError, type ValidationErrorFactory } from './translate-error.js';

/** Request headers as frameworks hold them: Node's lower-case object, or a fetch `Headers`. */
export type RequestHeaders =
  | Readonly<Record<string, string | readonly string[] | number | undefined>>
  | Headers;

/** What the renderer reads of the request that failed. */
export interface ErrorRequest {
  readonly method?: string;
  readonly url?: string;
  readonly headers: RequestHeaders;
}

/** What the `onError` hook gets: the record to log, with the request's credentials redacted. */
export interface ServerErrorEvent {
  readonly record: ErrorRecord;
  readonly correlationId: string;
  /** True for an error that is no kodex, validation or HTTP error: a bug, answered 500. */
  readonly unexpected: boolean;
  /** What the handler threw, as it is: log `record` rather than this, it may hold anything. */
  readonly error: unknown;
  readonly request: {
    readonly method?: string;
    /** With credential query parameters redacted. */
    readonly url?: string;
    /** With `Authorization`, `Cookie`, API keys and the like redacted. */
    readonly headers: Readonly<Record<string, string>>;
  };
}

/** Options every adapter takes. */
export interface RenderOptions {
  /** Dialect of error bodies: `problem` (RFC 9457) or a provider id such as `avtocod`. @default 'problem' */
  readonly dialect?: string;
  /** Language when `Accept-Language` names neither ru nor en. @default 'en' */
  readonly lang?: Lang;
  /**
   * `Retry-After` for a rate_limited or unavailable error that states no
   * delay (or one that is not a finite number above 0). Sent as whole
   * seconds, rounded up, at most a year; a value that is no such delay sends none.
   * @default 1000
   */
  readonly retryAfterMs?: number;
  /** Response header for the correlation id. @default 'x-correlation-id' */
  readonly correlationHeader?: string;
  /** Makes correlation ids when the request brings none. @default crypto.randomUUID */
  readonly correlationId?: () => string;
  /** Answers validation failures with your own code instead of `http` 400. */
  readonly validationError?: ValidationErrorFactory;
  /** Called once per error response, for logging; its failures are swallowed. */
  readonly onError?: (event: ServerErrorEvent) => unknown;
  /** Adds the stack of unexpected errors to the body. @default process.env.NODE_ENV === 'development' */
  readonly development?: boolean;
}

/** An error response, ready to write, with the record it carries. */
export interface RenderedError extends EncodedResponse {
  readonly record: ErrorRecord;
  readonly correlationId: string;
  /** True when what was thrown is no kodex, validation or HTTP error: a bug, answered 500. */
  readonly unexpected: boolean;
}

/** Renders anything a handler threw as an error response for one request. */
export type ErrorRenderer = (error: unknown, request: ErrorRequest) => RenderedError;

const DELAYED: ReadonlySet<Category> = new Set(['rate_limited', 'unavailable']);

function headerOf(headers: RequestHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function')
    return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Readonly<Record<string, unknown>>)[name];
  if (typeof value === 'string') return value;
  return Array.isArray(value) ? value.join(', ') : undefined;
}

function nodeEnv(): string | undefined {
  // Read through globalThis: the renderer also runs where there is no `process` (Hono on workers).
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
    ?.NODE_ENV;
}

function notify(options: RenderOptions, event: () => ServerErrorEvent): void {
  if (!options.onError) return;
  try {
    const result = options.onError(event()) as { then?: unknown } | undefined;
    // An async hook's rejection must not become an unhandled rejection.
    if (result && typeof result.then === 'function') {
      (result as Promise<unknown>).then(undefined, () => {});
    }
  } catch {
    // A failing logger must not turn one error response into none.
  }
}

/**
 * Writes an unexpected error (a bug, answered 500) to the console with the
 * correlation id its client was given, so the two can be matched: what the
 * Express, Hono and node:http adapters do when no `onError` hook logs it,
 * as Express's and Hono's own handlers write errors to the console. Quiet
 * under NODE_ENV=test, as Express's handler is.
 */
export function logUnexpected(rendered: RenderedError, error: unknown): void {
  if (!rendered.unexpected || nodeEnv() === 'test') return;
  console.error(`Unexpected error (correlation id ${rendered.correlationId}):`, error);
}

/**
 * Makes the renderer every adapter uses: it translates what was thrown into a
 * record, negotiates the language (`Accept-Language`) and format (`Accept`:
 * XML when preferred and the dialect has it, else JSON, never 406), encodes
 * the record in the dialect, adds `Retry-After`, the correlation id (header
 * and body) and, in development only, the stack of unexpected errors.
 * Throws `UnknownProviderError` at once for an unknown dialect.
 * @example
 * const render = createRenderer({ dialect: 'problem' });
 * const { status, headers, body } = render(error, { headers: req.headers });
 */
export function createRenderer(options: RenderOptions = {}): ErrorRenderer {
  const dialect = dialectOf(options.dialect ?? 'problem');
  const xmlAvailable = dialect.formats.includes('xml');
  const fallbackLang = options.lang ?? 'en';
  const retryAfterMs = sendableDelayMs(options.retryAfterMs ?? 1000);
  const correlationHeader = (options.correlationHeader ?? CORRELATION_HEADER).toLowerCase();
  const generate = options.correlationId ?? randomCorrelationId;
  const development = options.development ?? nodeEnv() === 'development';
  const vary = xmlAvailable ? 'Accept, Accept-Language' : 'Accept-Language';

  return (error, request) => {
    const headers = request.headers;
    const lang = negotiateLang(headerOf(headers, 'accept-language'), fallbackLang);
    const translated = translateError(error, lang, options.validationError);
    // On the way out, whoever made the record: an http-errors message, a
    // catalog detail, a validationError factory's record may quote a credential.
    let record = redactRecord(translated.record);
    // A stated delay of NaN, 0 or less is no delay: the default takes its place.
    if (
      DELAYED.has(record.category) &&
      sendableDelayMs(record.retryAfterMs) === undefined &&
      retryAfterMs !== undefined
    ) {
      record = { ...record, retryAfterMs };
    }
    const correlationId = correlationIdOf(
      headerOf(headers, correlationHeader),
      headerOf(headers, 'x-request-id'),
      generate,
    );
    const format = negotiateFormat(headerOf(headers, 'accept'), xmlAvailable);
    let encoded: EncodedResponse;
    try {
      // What encode() does, with the dialect looked up once per renderer
      // rather than once per error (the format is already one it has).
      encoded = dialect.encode(record, { format });
    } catch {
      // A dialect that cannot carry this record still must not cost the client its answer.
      encoded = encode(record, { dialect: 'problem', format });
    }
    const extensions: Extensions =
      development && translated.unexpected
        ? { correlationId, stack: redactText(stackOf(error)) }
        : { correlationId };
    const response = withExtensions(encoded, extensions);
    notify(options, () => ({
      record,
      correlationId,
      unexpected: translated.unexpected,
      error,
      request: {
        method: request.method,
        url: request.url === undefined ? undefined : redactUrl(request.url),
        headers: redactHeaders(normalizeHeaders(headers)),
      },
    }));
    return {
      status: response.status,
      headers: { ...response.headers, [correlationHeader]: correlationId, vary },
      body: response.body,
      record,
      correlationId,
      unexpected: translated.unexpected,
    };
  };
}

function stackOf(error: unknown): string {
  return error instanceof Error && error.stack ? error.stack : String(error);
}
