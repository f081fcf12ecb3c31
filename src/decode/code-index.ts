import { type ListedEntry, listEntries } from '../lookup/listed-entry.js';
import type { ProviderCatalog } from '../model/catalog.js';

/** Catalog entries by provider and exact code, for O(1) lookups while decoding. */
export interface CodeIndex {
  readonly catalogs: ReadonlyMap<string, ProviderCatalog>;
  /** Every entry with this exact code (several when the code has several meanings). */
  entries(provider: string, code: string): readonly ListedEntry[];
  /** Entries of a provider that carry message patterns (UniSender untyped errors, Indexing API). */
  patterned(provider: string): readonly ListedEntry[];
  /** The code whose entry has this name (Avtocod `event.type` → code), first in catalog order. */
  codeOfName(provider: string, name: string): string | undefined;
  /** Whether an entry's message patterns match a text. */
  matches(entry: ListedEntry, text: string): boolean;
}

const NONE: readonly ListedEntry[] = [];

/** Indexes a set of catalogs for decoding. */
export function createCodeIndex(catalogs: readonly ProviderCatalog[]): CodeIndex {
  const byCode = new Map<string, Map<string, ListedEntry[]>>();
  const byName = new Map<string, Map<string, string>>();
  const withPatterns = new Map<string, ListedEntry[]>();
  const compiled = new Map<ListedEntry, RegExp[]>();
  for (const catalog of catalogs) {
    const codes = new Map<string, ListedEntry[]>();
    const names = new Map<string, string>();
    const patterned: ListedEntry[] = [];
    for (const entry of listEntries(catalog)) {
      const same = codes.get(entry.code);
      if (same) same.push(entry);
      else codes.set(entry.code, [entry]);
      if (!names.has(entry.name)) names.set(entry.name, entry.code);
      if (entry.patterns) {
        patterned.push(entry);
        compiled.set(
          entry,
          entry.patterns.map((p) => new RegExp(p, 'iu')),
        );
      }
    }
    byCode.set(catalog.id, codes);
    byName.set(catalog.id, names);
    withPatterns.set(catalog.id, patterned);
  }
  return {
    catalogs: new Map(catalogs.map((c) => [c.id, c])),
    entries: (provider, code) => byCode.get(provider)?.get(code) ?? NONE,
    patterned: (provider) => withPatterns.get(provider) ?? NONE,
    codeOfName: (provider, name) => byName.get(provider)?.get(name),
    matches: (entry, text) => compiled.get(entry)?.some((re) => re.test(text)) ?? false,
  };
}
