import type { ProviderCatalog } from '../model/catalog.js';
import type { CatalogEntryInput, CatalogInput } from '../model/catalog-input.js';
import type { Category } from '../model/categories.js';
import { entryOf } from './map-counts.js';

/** A code no catalog has, as the traffic showed it. */
export interface StubSource {
  readonly provider: string;
  readonly code: string;
  /** The status it came with most often. */
  readonly status: number;
  /** What kodex made of it: the category of its HTTP status. */
  readonly category: Category;
  readonly count: number;
  /** The provider's first message with it, redacted. */
  readonly detail?: string;
}

// What the catalog schema allows of a code and a title (catalogs/schema.ts).
const MAX_CODE = 200;
const MAX_TITLE = 120;

function titleOf(source: StubSource): string {
  const detail = source.detail?.replace(/\s+/g, ' ').trim();
  if (!detail) return `Error ${source.code}`;
  return detail.length > MAX_TITLE ? `${detail.slice(0, MAX_TITLE - 1)}…` : detail;
}

/**
 * Catalog stubs, in the shape an author writes a catalog (`kodex docs
 * --catalog`, a provider pack): one per provider, with an entry for each code
 * no catalog has. Title and category are guesses from the traffic, said so
 * in each entry's note; for a built-in provider the stub holds only the
 * entries to add.
 */
export function packStubs(
  sources: readonly StubSource[],
  catalogOf: ReadonlyMap<string, Pick<ProviderCatalog, 'name'>>,
): CatalogInput[] {
  const byProvider = new Map<string, CatalogEntryInput[]>();
  for (const source of sources) {
    if (source.code.length === 0 || source.code.length > MAX_CODE) continue;
    const entries = entryOf(byProvider, source.provider, () => []);
    const title = titleOf(source);
    entries.push({
      code: source.code,
      status: source.status,
      category: source.category,
      title: { ru: title, en: title },
      note: `Seen ${source.count} time(s) in traffic by kodex triage. The title is the provider's message (translate it for ru), the category the one of HTTP ${source.status}: review both.`,
    });
  }
  return [...byProvider].map(([id, entries]) => ({
    id,
    name: catalogOf.get(id)?.name ?? id,
    entries,
  }));
}
