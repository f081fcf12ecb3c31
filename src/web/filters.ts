import { type Category, isCategory } from '../model/categories.js';
import type { ListedEntry } from '../model/listed-entry.js';

/** The reference's filters, from the query string; invalid values mean "no filter". */
export interface EntryFilters {
  readonly category?: Category;
  readonly status?: number;
}

/** Reads `?category=` and `?status=` from a query string. */
export function parseFilters(params: URLSearchParams): EntryFilters {
  const category = params.get('category') ?? undefined;
  const statusText = params.get('status') ?? '';
  const status = /^[1-5]\d\d$/.test(statusText) ? Number(statusText) : undefined;
  return {
    ...(isCategory(category) ? { category } : {}),
    ...(status === undefined ? {} : { status }),
  };
}

/** Whether an entry passes the filters. */
export function matchesFilters(entry: ListedEntry, filters: EntryFilters): boolean {
  return (
    (filters.category === undefined || entry.category === filters.category) &&
    (filters.status === undefined || entry.status === filters.status)
  );
}
