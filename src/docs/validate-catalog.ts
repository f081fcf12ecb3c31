import { checkCatalog } from '../catalogs/normalize-catalog.js';
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
 * Checks data as an author's catalog (the shape `defineCatalog` takes, with
 * the same defaults filled) and gives it back complete, or throws a
 * {@link CatalogLoadError} whose message lists each issue by JSON pointer.
 * `source` names the data in messages (a file name).
 * @example validateCatalog(JSON.parse(text), 'my-api.json')
 */
export function validateCatalog(data: unknown, source = 'catalog'): ProviderCatalog {
  const checked = checkCatalog(data);
  if (checked.catalog) return checked.catalog;
  const issues: CatalogIssue[] = checked.problems.map((problem) => ({
    path: formatIssuePath(problem.path),
    pointer: problem.pointer,
    message: problem.message,
  }));
  const lines = issues
    .slice(0, SHOWN_ISSUES)
    .map((i) => `  ${i.pointer || '(root)'}: ${i.message}`);
  if (issues.length > SHOWN_ISSUES) lines.push(`  … and ${issues.length - SHOWN_ISSUES} more`);
  throw new CatalogLoadError(
    source,
    'invalid',
    `The catalog in ${source} does not pass the catalog schema (${issues.length} issue${issues.length === 1 ? '' : 's'}, by JSON pointer):\n${lines.join('\n')}`,
    issues,
  );
}
