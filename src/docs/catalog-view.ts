import type { CatalogEntry, ProviderCatalog, Section } from '../model/catalog.js';
import { entryKey } from '../model/catalog.js';
import { anchorId, sectionAnchorId } from './anchor.js';

/** One entry as a reference page shows it: with its key and anchor. */
export interface EntryView {
  readonly entry: CatalogEntry;
  /** `code` or `code.variant`, unique in the catalog. */
  readonly key: string;
  /** The entry's permanent element id (see {@link anchorId}). */
  readonly anchor: string;
}

/** One group of a reference page: a section and its entries, in catalog order. */
export interface SectionView {
  readonly section: Section;
  readonly anchor: string;
  readonly entries: readonly EntryView[];
}

/**
 * The entries of a catalog grouped by section, in the catalog's section order;
 * sections without entries are left out.
 * @example groupBySection(catalogs.avtocod).map((g) => g.section.id) // ['global', 'security', 'billing', 'data']
 */
export function groupBySection(catalog: ProviderCatalog): SectionView[] {
  const bySection = new Map<string, EntryView[]>(catalog.sections.map((s) => [s.id, []]));
  for (const entry of catalog.entries) {
    const key = entryKey(entry);
    // The schema refuses an entry of an undeclared section; a catalog built in
    // code without the schema still shows every entry, under its section id.
    let group = bySection.get(entry.section);
    if (!group) {
      group = [];
      bySection.set(entry.section, group);
    }
    group.push({ entry, key, anchor: anchorId(key) });
  }
  const views: SectionView[] = [];
  for (const [id, entries] of bySection) {
    if (entries.length === 0) continue;
    const section = catalog.sections.find((s) => s.id === id) ?? {
      id,
      title: { ru: id, en: id },
      source: 'catalog',
    };
    views.push({ section, anchor: sectionAnchorId(id), entries });
  }
  return views;
}
