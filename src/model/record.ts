import type { Lang } from './catalog.js';
import type { Category } from './categories.js';

/** One field-level issue: amoCRM `validation-errors`, Dellin `fields`, Google field violations. */
export interface FieldIssue {
  /** Path of the field in the request, e.g. `custom_fields_values.0.field_id`. */
  readonly path: string;
  /** The provider's field-level code, e.g. `NotSupportedChoice`. */
  readonly code?: string;
  readonly message?: string;
  readonly validValues?: readonly unknown[];
  readonly badValues?: readonly unknown[];
}

/** The normalized record every error becomes (docs/design.md, docs/taxonomy.md). Plain data. */
export interface ErrorRecord {
  /** Catalog id: `amocrm`, `google`, … or `http` when only the status speaks. */
  readonly provider: string;
  /** The provider's own code, as a string, exactly as the provider writes it. */
  readonly code: string;
  /** The HTTP status received (or to be sent). */
  readonly status: number;
  readonly category: Category;
  /** Whether the same request, unchanged, may succeed later with no human action. */
  readonly retryable: boolean;
  /** When to retry, from `Retry-After`, rate-limit headers or the body. */
  readonly retryAfterMs?: number;
  /** Short description from the catalog, in {@link lang}. */
  readonly title: string;
  readonly lang: Lang;
  /** The provider's own message for this occurrence. */
  readonly detail?: string;
  readonly fields: readonly FieldIssue[];
  /** Documentation of this code, when known. */
  readonly docs?: string;
  /** Whether the code was found in the catalog. */
  readonly known: boolean;
  /** Catalog name of the code, when known. */
  readonly name?: string;
  /** Catalog entry key (`244.events`), when known. */
  readonly key?: string;
  /** Template parameters the provider sent (Avtocod `event.data`). */
  readonly params?: Readonly<Record<string, unknown>>;
  /** Further errors of the same response; this record is the primary one. */
  readonly others?: readonly ErrorRecord[];
  /**
   * What kodex had to do to the input: body cut at the size cap, bytes not
   * UTF-8, XML DOCTYPE refused, or a body left unparsed and read as text:
   * JSON over the nesting or size budget, markup over 64 KiB.
   */
  readonly warnings?: readonly string[];
}
