import type {
  EntryKind,
  Lang,
  Limit,
  ParamSpec,
  Section,
  SuccessSignal,
  Text,
  WireFormat,
} from '../model/catalog.js';
import type { Category } from '../model/categories.js';
import type { FieldIssue } from '../model/record.js';

/**
 * One code of an API author's catalog as written: the model's entry with the
 * fields kodex can infer left optional (a built-in catalog entry is one too).
 */
export interface CatalogEntryInput {
  /** Your code, exactly as clients will see it: `OUT_OF_STOCK`, `B011`. */
  readonly code: string;
  /** Tells apart entries that share one code; the key becomes `code.variant`. */
  readonly variant?: string;
  /** A stable machine name. @default the code */
  readonly name?: string;
  /** The HTTP status answered with this code. */
  readonly status: number;
  readonly statusInferred?: boolean;
  readonly category: Category;
  /** @default true for `rate_limited` and `unavailable`, false otherwise (taxonomy.md) */
  readonly retryable?: boolean;
  /** @default 'error' */
  readonly kind?: EntryKind;
  readonly title: Text;
  readonly description?: Partial<Text>;
  /** Message template with `{param}` placeholders; rendered into the record's `detail`. */
  readonly template?: Partial<Text>;
  /** The template's parameters by name; each one becomes a required, typed argument of `error()`. */
  readonly params?: Readonly<Record<string, ParamSpec>>;
  /** Your class of the code (Global, Security, Billing, Data); groups the docs when no section is named. */
  readonly class?: string;
  /** @default the slug of `class`, else the only section, else `errors` */
  readonly section?: string;
  /** Documentation link for this code (problem+json `type`). */
  readonly docs?: string;
  readonly patterns?: readonly string[];
  /** Why the entry has its category, status or retryability; published with the entry. */
  readonly decision?: string;
  /** For your catalog's maintainers (where the code comes from); never published. */
  readonly note?: string;
}

/** A section of the catalog's reference; `source` is filled with the catalog name when absent. */
export interface CatalogSectionInput extends Omit<Section, 'source'> {
  readonly source?: string;
}

/**
 * An API author's catalog as written. Everything but `id`, `name` and
 * `entries` has a default; a built-in `ProviderCatalog` is one too.
 */
export interface CatalogInput {
  /** Catalog id, sent as `provider` in every error: lower-case, e.g. `shop`. */
  readonly id: string;
  readonly name: string;
  /** @default the name, in both languages */
  readonly description?: Partial<Text>;
  readonly docs?: string;
  /** @default [] */
  readonly seeds?: readonly string[];
  /** @default ['json'] */
  readonly formats?: readonly WireFormat[];
  /** @default HTTP status: 2xx is success */
  readonly success?: SuccessSignal;
  /** @default [] */
  readonly limits?: readonly Limit[];
  /** @default one per `class` used by the entries, else one `errors` section */
  readonly sections?: readonly CatalogSectionInput[];
  readonly notes?: readonly string[];
  readonly entries: readonly CatalogEntryInput[];
}

/** Options of one error occurrence (`catalog.error(code, params, options)`). */
export interface ApiErrorOptions {
  /** Language of the record's title and detail, and of the error message. @default 'en' */
  readonly lang?: Lang;
  /** This occurrence's message; replaces the rendered template. */
  readonly detail?: string;
  /** Field-level issues of this occurrence. */
  readonly fields?: readonly FieldIssue[];
  /** When the client may retry; sent as `Retry-After`. */
  readonly retryAfterMs?: number;
  /** The error that caused this one (kept on the thrown error, never sent). */
  readonly cause?: unknown;
}

type EntryOf<C extends CatalogInput> = C['entries'][number];

type KeyOf<E> = E extends { readonly code: infer K extends string; readonly variant: infer V }
  ? V extends string
    ? K | `${K}.${V}`
    : K
  : E extends { readonly code: infer K extends string }
    ? K
    : never;

/** Every code of a catalog, and the `code.variant` key of each entry that has a variant. */
export type ErrorCode<C extends CatalogInput> = KeyOf<EntryOf<C>>;

// A loose entry (its code typed `string`) matches any code; a literal one
// matches its code or its `code.variant` key.
type Matches<E, K> = E extends { readonly code: infer Co extends string }
  ? string extends Co
    ? E
    : E extends { readonly code: K }
      ? E
      : E extends { readonly variant: infer V extends string }
        ? K extends `${Co}.${V}`
          ? E
          : never
        : never
  : never;

/** The entry (or entries, for a code with several meanings) a code or key names. */
export type EntryFor<C extends CatalogInput, K> = Matches<EntryOf<C>, K>;

type ValueOf<S> = S extends { readonly type: 'number' }
  ? number
  : S extends { readonly type: 'string' }
    ? string
    : string | number;

/** The values of a template's parameters: `{ day_quote: number; report_type: string }`. */
export type ParamValues<P> = { readonly [N in keyof P]: ValueOf<P[N]> };

/** No parameters: only an empty object (or nothing) may be passed. */
export type NoParams = { readonly [name: string]: never };

type ParamArgs<P> = string extends keyof P
  ? [params?: ParamValues<P>, options?: ApiErrorOptions]
  : [keyof P] extends [never]
    ? [params?: NoParams, options?: ApiErrorOptions]
    : [params: ParamValues<P>, options?: ApiErrorOptions];

// A literal entry names its params (required); a catalog typed only as
// `CatalogInput` has an optional index of them (any, each string or number).
type ArgsOf<E> = E extends { readonly params: infer P }
  ? ParamArgs<P>
  : E extends { readonly params?: infer P }
    ? ParamArgs<NonNullable<P>>
    : [params?: NoParams, options?: ApiErrorOptions];

/** The arguments after the code: the params (required when the entry declares any), then options. */
export type ErrorArgs<C extends CatalogInput, K> = ArgsOf<EntryFor<C, K>>;
