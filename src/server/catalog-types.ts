import type { Lang } from '../model/catalog.js';
import type { CatalogInput } from '../model/catalog-input.js';
import type { FieldIssue } from '../model/record.js';

export type {
  CatalogEntryInput,
  CatalogInput,
  CatalogSectionInput,
} from '../model/catalog-input.js';

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
