import type { CatalogEntry, ProviderCatalog, Section, Text } from './catalog.js';

// A catalog as its author writes it, by hand in TypeScript (`defineCatalog`)
// or as a JSON or YAML file (`kodex docs --catalog`): one shape, one set of
// defaults (catalogs/normalize-catalog.ts fills them for both).

/**
 * One code of an API author's catalog as written: the model's entry with the
 * fields kodex can infer left optional (a built-in catalog entry is one too).
 */
export interface CatalogEntryInput extends Omit<CatalogEntry, 'name' | 'retryable' | 'section'> {
  /** A stable machine name. @default the code */
  readonly name?: string;
  /** @default true for `rate_limited` and `unavailable`, false otherwise */
  readonly retryable?: boolean;
  /** @default the slug of `class`, else the only section, else `errors` */
  readonly section?: string;
}

/** A section of the catalog's reference; `source` is filled with the catalog name when absent. */
export interface CatalogSectionInput extends Omit<Section, 'source'> {
  readonly source?: string;
}

/**
 * An API author's catalog as written: the model's catalog with everything but
 * `id`, `name` and `entries` defaulted; a built-in `ProviderCatalog` is one too.
 */
export interface CatalogInput
  extends Omit<
    ProviderCatalog,
    'description' | 'seeds' | 'formats' | 'success' | 'limits' | 'sections' | 'entries'
  > {
  /** Catalog id, sent as `provider` in every error: lower-case, e.g. `shop`. */
  readonly id: string;
  /** @default the name, in both languages */
  readonly description?: Partial<Text>;
  /** @default [] */
  readonly seeds?: ProviderCatalog['seeds'];
  /** @default ['json'] */
  readonly formats?: ProviderCatalog['formats'];
  /** @default HTTP status: 2xx is success */
  readonly success?: ProviderCatalog['success'];
  /** @default [] */
  readonly limits?: ProviderCatalog['limits'];
  /** @default one per `class` used by the entries, else one `errors` section */
  readonly sections?: readonly CatalogSectionInput[];
  readonly entries: readonly CatalogEntryInput[];
}
