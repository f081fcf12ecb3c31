import type { WireFormat } from '../model/catalog.js';
import type { Category } from '../model/categories.js';
import type { ErrorRecord, FieldIssue } from '../model/record.js';
import type { ResponseView } from '../wire/response-view.js';

/**
 * One error as a dialect reads it off the wire, before the catalog is
 * consulted: the provider's code and what the body says about this occurrence.
 */
export interface WireError {
  /** The provider's code, as a string, exactly as written (docs/taxonomy.md, "Which value is the code"). */
  readonly code: string;
  /** The provider's own message for this occurrence. */
  readonly detail?: string;
  readonly fields?: readonly FieldIssue[];
  /** Template parameters the body carries (Avtocod `event.data`). */
  readonly params?: Readonly<Record<string, unknown>>;
  /** A documentation link the body carries (Dellin `link`, Google Help). */
  readonly docs?: string;
  /** A retry delay the body states (Google RetryInfo). */
  readonly retryAfterMs?: number;
  /** A status the body itself states when it differs from the HTTP one (Dellin `metadata.status`). */
  readonly status?: number;
  /**
   * The catalog the code belongs to, when the body names it (kodex's own
   * problem+json extension members); otherwise the dialect's provider.
   */
  readonly provider?: string;
  /**
   * What the body itself says of the error, used only when the code is not in
   * any loaded catalog (an API author's problem+json from a catalog this
   * process does not have).
   */
  readonly hint?: {
    readonly category?: Category;
    readonly retryable?: boolean;
    readonly title?: string;
  };
}

/**
 * What a dialect makes of a response: `null` for a success, or the errors it
 * holds (first is primary). An empty list means "not this shape" and lets the
 * status speak.
 */
type DecodedErrors = readonly WireError[] | null;

/** A response as an encoder produces it. */
export interface EncodedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Options of {@link Dialect.encode}. */
interface EncodeFormat {
  /** @default 'json' */
  readonly format?: 'json' | 'xml';
  /** Clock for the time stamps some bodies carry (Avtocod `stamp`, Dellin `generated_at`). @default Date.now */
  readonly now?: () => number;
}

/**
 * A wire format: it recognises its bodies, decodes them into wire errors, and
 * encodes a record back so that decoding gives the record again.
 * One dialect per file, every one of this shape (see dialects.conformance.test.ts).
 */
export interface Dialect {
  /** Dialect id: a provider id, or `problem` for RFC 9457. */
  readonly id: string;
  /** Catalog whose codes this dialect's bodies carry; `http` for generic formats. */
  readonly provider: string;
  readonly formats: readonly WireFormat[];
  /**
   * Sets of top-level keys: {@link detect} scores a JSON body above 0 only
   * when the body holds, as own members, every key of at least one set (an
   * array holds none), or when its media type is one of
   * {@link detectMediaTypes}. Detection reads a body's keys once and asks only
   * the dialects it could concern; a dialect without sets is always asked.
   * @example [['error_code', 'error_name'], ['error_code', 'detail']]
   */
  readonly detectKeys?: readonly (readonly string[])[];
  /** Media types (lower-case, no parameters) that {@link detect} may claim whatever the keys. */
  readonly detectMediaTypes?: readonly string[];
  /** How surely the response is in this dialect: 0 (not at all) to 1 (certainly). Cheap: no full scans. */
  detect(view: ResponseView): number;
  decode(view: ResponseView): DecodedErrors;
  encode(record: ErrorRecord, options?: EncodeFormat): EncodedResponse;
}
