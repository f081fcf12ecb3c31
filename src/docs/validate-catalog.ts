import { providerCatalogSchema } from '../catalogs/schema.js';
import type { ProviderCatalog } from '../model/catalog.js';
import { type CatalogIssue, CatalogLoadError } from './catalog-load-error.js';

// How many issues a message lists; all of them stay in `issues`.
const SHOWN_ISSUES = 20;

/** A zod issue path as a reader writes it: `entries[3].title.ru`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const name = String(part).slice(0, 64);
      out += /^[A-Za-z_$][\w$]*$/.test(name)
        ? `${out ? '.' : ''}${name}`
        : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

/**
 * Checks data against the catalog schema and gives it back typed, or throws a
 * {@link CatalogLoadError} whose message lists each issue with its path.
 * `source` names the data in messages (a file name).
 * @example validateCatalog(JSON.parse(text), 'my-api.json')
 */
export function validateCatalog(data: unknown, source = 'catalog'): ProviderCatalog {
  const result = providerCatalogSchema.safeParse(data);
  if (result.success) return result.data as ProviderCatalog;
  const issues: CatalogIssue[] = result.error.issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    message: issue.message,
  }));
  const lines = issues.slice(0, SHOWN_ISSUES).map((i) => `  ${i.path}: ${i.message}`);
  if (issues.length > SHOWN_ISSUES) lines.push(`  … and ${issues.length - SHOWN_ISSUES} more`);
  throw new CatalogLoadError(
    source,
    'invalid',
    `The catalog in ${source} does not pass the catalog schema (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
    issues,
  );
}
