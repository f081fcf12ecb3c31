import type { CatalogInput } from './catalog-input.js';

// A provider pack: an API's errors described once, as data (docs/packs.md).
// The catalog is the one shape every catalog has (catalog-input.ts); the
// dialect says, with JSON Pointers, where the API's error bodies keep what a
// record needs, so that decoding, detection and encoding need no code.

/**
 * An RFC 6901 JSON Pointer into a body (`/error/code`), or several tried in
 * order (the first that holds a value wins). For XML the pointer walks the
 * element tree: `/response/error/code` reads `<response><error><code>`.
 */
export type BodyPointer = string | readonly string[];

/** Where a pack's error bodies keep the field-level issues. */
export interface FieldsSpec {
  /** Pointer (from the error) to the list of issues, or to an object of field → message. */
  readonly at: string;
  /** Pointer (from each issue) to the field's path. @default '/field' */
  readonly path?: BodyPointer;
  /** Pointer (from each issue) to its code. */
  readonly code?: BodyPointer;
  /** Pointer (from each issue) to its message. @default '/message' */
  readonly message?: BodyPointer;
}

/** How a provider says "success" inside the body (Mobizon's `code: 0`, UniSender's `result`). */
export interface BodySuccessSpec {
  /** Pointer (from the body) to the member that tells. */
  readonly at: string;
  /**
   * The values that mean success. Absent: the member's presence does (a
   * `result` member), as long as the body holds no error (no code, message
   * or field issue).
   */
  readonly values?: readonly (string | number | boolean | null)[];
  /** The value an error body carries there, written by `encode` when it is not the code's own place. */
  readonly failure?: string | number | boolean | null;
}

/** How surely a body of a pack's shape is the pack's (detection's score, 0 to 1). */
export interface DetectionSpec {
  /** Score of a body whose code the catalog knows. @default 0.9 */
  readonly known?: number;
  /** Score of a body whose code the catalog does not know. @default 0.4 */
  readonly unknown?: number;
  /**
   * A pattern an unknown code must match to score at all (UniSender's
   * snake_case codes): other codes of that shape are another API's.
   */
  readonly unknownCode?: string;
  /** An unknown code scores only beside a message (Telphin's `status` alone is too common a member). @default false */
  readonly unknownNeedsDetail?: boolean;
  /**
   * Score of a body without a code whose message matches a `patterns` of an
   * entry of `defaultCode` (UniSender's untyped messages). @default known
   */
  readonly defaultCode?: number;
}

/**
 * How a provider's errors look on the wire, declared: enough to recognise a
 * body as this provider's, read its errors and write a record back.
 * Every pointer is relative to the error object unless it says otherwise.
 */
export interface DialectSpec {
  /** @default 'json' */
  readonly format?: 'json' | 'xml';
  /**
   * Sets of top-level members a body of this provider holds (every member of
   * one set): what detection looks for. @default the first segment of
   * `errors`, or of `code` when `errors` is the body itself
   * @example [['error', 'type']]
   */
  readonly detectKeys?: readonly (readonly string[])[];
  /** Media types (lower-case, no parameters) only this provider answers with. */
  readonly mediaTypes?: readonly string[];
  /**
   * Pointer (from the body) to the error object, or to a list of them (the
   * first is the primary error). @default '' (the body is the error)
   */
  readonly errors?: string;
  /**
   * `errors` names a list (written as one by `encode`; decoding reads
   * either, but for the body itself: a JSON array body is a list of errors
   * only with `list`). @default false
   */
  readonly list?: boolean;
  /** Pointer to the code. Absent, or no value there: `defaultCode`, else the HTTP status, is the code. */
  readonly code?: BodyPointer;
  /**
   * A regular expression (searched, case-sensitive) a code must match to be
   * one: a value that does not is no code, and `encode` does not write a code
   * that does not (the status carries it). Telphin's `status` is a code only
   * when it is not a number.
   * @example '^(?!\\d+$)'
   */
  readonly codePattern?: string;
  /**
   * The code of an error whose body has a message but no code (UniSender's
   * `unspecified`). @default the HTTP status
   */
  readonly defaultCode?: string;
  /** Pointer to the provider's message for this occurrence. */
  readonly detail?: BodyPointer;
  /**
   * Every error body carries a message: `encode` writes the code there when
   * the record has none, and decoding reads a message that only repeats the
   * code as none. @default false
   */
  readonly detailRequired?: boolean;
  /** Pointer to a documentation link. */
  readonly docs?: BodyPointer;
  /** Pointer to an object of template parameters. */
  readonly params?: BodyPointer;
  /** Pointer to a single field name the error is about (Stripe's `param`). */
  readonly field?: BodyPointer;
  /** Field-level issues. */
  readonly fields?: FieldsSpec;
  /** Pointer to a retry delay in seconds the body states. */
  readonly retryAfterSeconds?: BodyPointer;
  /** Pointer to an HTTP status the body states when it differs from the response's. */
  readonly status?: BodyPointer;
  /** Success inside the body; absent: a 1xx-2xx status is a success. */
  readonly success?: BodySuccessSpec;
  /** Detection's scores. */
  readonly detection?: DetectionSpec;
  /**
   * Pointer where an encoded error names its entry's section: for a provider
   * whose sections are its classes of errors (Stripe's `type`: `card_error`,
   * `invalid_request_error`), written beside the code.
   */
  readonly section?: BodyPointer;
  /**
   * Members every encoded error body carries besides the record's, as
   * pointer → value, so that an encoded body looks like the provider's own;
   * a member the record fills (its code, its section) keeps the record's.
   * @example { '/error/type': 'api_error' }
   */
  readonly constants?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * A provider described as data: its catalog (codes, limits, hosts) and how its
 * error bodies look. One JSON or YAML file, or a module exporting it.
 */
export interface ProviderPack extends CatalogInput {
  /**
   * How the provider's error bodies look. Absent: the code is read from a
   * top-level `code` (or `error.code`, `error_code`), the message from
   * `message` (or `error.message`, `detail`), else the status speaks; such a
   * pack is named by its `hosts` or by `provider`, never detected by body.
   */
  readonly dialect?: DialectSpec;
}
