import { encode } from '../decode/encode.js';
import type { EncodedResponse } from '../dialects/dialect.js';
import { KodexError } from '../errors/kodex-error.js';
import type { Lang } from '../model/catalog.js';
import type { Category } from '../model/categories.js';
import type { ErrorRecord } from '../model/record.js';

/** Options of {@link KodexApiError.toResponse}. */
export interface ToResponseOptions {
  /** Dialect id: `problem` (RFC 9457) or a provider id. @default 'problem' */
  readonly dialect?: string;
  /** @default 'json' */
  readonly format?: 'json' | 'xml';
  /** @default the error's own language */
  readonly lang?: Lang;
}

/** Options of the {@link KodexApiError} constructor. */
export interface KodexApiErrorOptions {
  readonly cause?: unknown;
  /** The record in another language (a catalog error re-renders its title and template). */
  readonly translate?: (lang: Lang) => ErrorRecord;
}

/**
 * An error an API throws to answer with a catalog code. It carries the
 * normalized record and renders itself, so framework adapters stay thin.
 * Usually built by `catalog.error(code, params)`; any record (a decoded
 * upstream error, say) can be thrown with `new KodexApiError(record)`.
 * @example
 * throw shop.error('OUT_OF_STOCK', { sku: 'A-1' });
 * // Fastify/Express/Hono/node:http adapters answer 409 application/problem+json
 */
export class KodexApiError<
  P extends string = string,
  K extends string = string,
> extends KodexError {
  /** The catalog id (`shop`, `avtocod`). */
  readonly provider: P;
  /** The catalog code (`OUT_OF_STOCK`, `B011`). */
  declare readonly code: K;
  /** The HTTP status to answer with. */
  readonly status: number;
  readonly category: Category;
  readonly retryable: boolean;
  /** The normalized record, in the language the error was made in. */
  readonly record: ErrorRecord;
  readonly #translate: ((lang: Lang) => ErrorRecord) | undefined;
  #other: ErrorRecord | undefined;

  constructor(record: ErrorRecord, options: KodexApiErrorOptions = {}) {
    // Without a cause, no `cause` property at all (rather than one set to undefined).
    super(
      record.code,
      record.detail ?? record.title,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'KodexApiError';
    this.provider = record.provider as P;
    this.status = record.status;
    this.category = record.category;
    this.retryable = record.retryable;
    this.record = record;
    this.#translate = options.translate;
  }

  /** Template parameters of this occurrence (credentials redacted). */
  get params(): Readonly<Record<string, unknown>> {
    return this.record.params ?? {};
  }

  /** The record in a language; the same record when the error cannot re-render itself. */
  recordIn(lang: Lang): ErrorRecord {
    if (lang === this.record.lang || !this.#translate) return this.record;
    this.#other ??= this.#translate(lang);
    return this.#other;
  }

  /**
   * The error as an HTTP response in a dialect and format.
   * Throws a `KodexError` (`unsupported_format`) for XML in a JSON-only dialect.
   * @example error.toResponse({ dialect: 'problem', format: 'xml', lang: 'ru' })
   */
  toResponse(options: ToResponseOptions = {}): EncodedResponse {
    const record = this.recordIn(options.lang ?? this.record.lang);
    return encode(record, { dialect: options.dialect ?? 'problem', format: options.format });
  }

  /** The record, so `JSON.stringify(error)` logs data rather than `{}`. */
  toJSON(): ErrorRecord {
    return this.record;
  }
}

/** True for a {@link KodexApiError} (from any copy of kodex loaded in the process). */
export function isKodexApiError(error: unknown): error is KodexApiError {
  return (
    error instanceof KodexApiError ||
    (error instanceof Error &&
      error.name === 'KodexApiError' &&
      typeof (error as Partial<KodexApiError>).toResponse === 'function' &&
      typeof (error as Partial<KodexApiError>).record === 'object')
  );
}
