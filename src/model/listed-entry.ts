import type { EntryKind, ProviderCatalog, PublishedEntry } from './catalog.js';
import { entryKey, publishedEntry } from './catalog.js';

/**
 * A catalog entry as `list()` and `kodex list --json` give it: the entry's
 * published fields (no maintainer `note`) plus the provider, its unique key
 * and its kind made explicit.
 */
export interface ListedEntry extends PublishedEntry {
  readonly provider: string;
  /** Unique in the provider: the code, or `code.variant` when the code has several meanings. */
  readonly key: string;
  readonly kind: EntryKind;
}

/** The entries of a catalog, as listed entries, in catalog order. */
export function listEntries(catalog: ProviderCatalog): ListedEntry[] {
  return catalog.entries.map((entry) => ({
    provider: catalog.id,
    key: entryKey(entry),
    ...publishedEntry(entry),
    kind: entry.kind ?? 'error',
  }));
}
