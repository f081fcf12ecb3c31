import { checkCatalog } from '../catalogs/normalize-catalog.js';
import { KodexError } from '../errors/kodex-error.js';
import type { ProviderCatalog } from '../model/catalog.js';
import type { CatalogInput } from './catalog-types.js';

/**
 * The model's `ProviderCatalog` for an author's catalog: defaults filled, then
 * checked by the same schema as the built-in catalogs (the one function
 * `kodex docs --catalog` uses too). Throws a `KodexError` (`invalid_catalog`)
 * naming the first problems by JSON pointer.
 */
export function normalizeCatalog(input: CatalogInput): ProviderCatalog {
  const checked = checkCatalog(input);
  if (checked.catalog) return checked.catalog;
  const problems = checked.problems
    .slice(0, 5)
    .map((p) => `${p.pointer || '(catalog)'}: ${p.message}`);
  throw new KodexError(
    'invalid_catalog',
    `Catalog "${String(input?.id).slice(0, 64)}" is invalid: ${problems.join('; ')}`,
  );
}
