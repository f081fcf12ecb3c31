import { providerCatalogSchema } from '../catalogs/schema.js';
import { KodexError } from '../errors/kodex-error.js';
import type { CatalogEntry, ProviderCatalog, Section, Text } from '../model/catalog.js';
import type { Category } from '../model/categories.js';
import type { CatalogEntryInput, CatalogInput, CatalogSectionInput } from './catalog-types.js';

// taxonomy.md: "Retryable: true for rate_limited and unavailable".
const RETRYABLE_BY_DEFAULT: ReadonlySet<Category> = new Set(['rate_limited', 'unavailable']);

const SUCCESS: ProviderCatalog['success'] = {
  signal: 'http-status',
  description: {
    ru: 'Успешный ответ — HTTP-код 2xx; ошибка — код 4xx или 5xx с телом ошибки.',
    en: 'A success answers HTTP 2xx; an error answers 4xx or 5xx with an error body.',
  },
};

const ERRORS_SECTION: Text = { ru: 'Ошибки', en: 'Errors' };

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function bothLanguages(text: Partial<Text> | undefined, fallback: string): Text {
  const ru = text?.ru ?? text?.en ?? fallback;
  const en = text?.en ?? text?.ru ?? fallback;
  return { ru, en };
}

/** Sections as given (with a `source`), else one per class the entries use, else one `errors`. */
function sectionsOf(input: CatalogInput): Section[] {
  const given = (input.sections ?? []).map((s: CatalogSectionInput) =>
    s.seed === undefined && s.source === undefined ? { ...s, source: input.name } : s,
  ) as Section[];
  if (given.length) return given;
  const sections: Section[] = [];
  for (const entry of input.entries) {
    const id = sectionIdOf(entry, []);
    if (sections.some((s) => s.id === id)) continue;
    const title = entry.class ? { ru: entry.class, en: entry.class } : ERRORS_SECTION;
    sections.push({ id, title, source: input.name });
  }
  return sections;
}

function sectionIdOf(entry: CatalogEntryInput, sections: readonly Section[]): string {
  if (entry.section) return entry.section;
  if (entry.class && slug(entry.class)) return slug(entry.class);
  return sections.length === 1 ? sections[0]!.id : 'errors';
}

function normalizeEntry(entry: CatalogEntryInput, sections: readonly Section[]): CatalogEntry {
  return Object.freeze({
    ...entry,
    name: entry.name ?? entry.code,
    retryable: entry.retryable ?? RETRYABLE_BY_DEFAULT.has(entry.category),
    section: sectionIdOf(entry, sections),
  });
}

/**
 * The model's `ProviderCatalog` for an author's catalog: defaults filled, then
 * checked by the same schema as the built-in catalogs. Throws a `KodexError`
 * (`invalid_catalog`) naming the first problems.
 */
export function normalizeCatalog(input: CatalogInput): ProviderCatalog {
  const sections = sectionsOf(input);
  const catalog: ProviderCatalog = {
    ...input,
    description: bothLanguages(input.description, input.name),
    seeds: input.seeds ?? [],
    formats: input.formats ?? ['json'],
    success: input.success ?? SUCCESS,
    limits: input.limits ?? [],
    sections,
    entries: input.entries.map((e) => normalizeEntry(e, sections)),
  };
  const checked = providerCatalogSchema.safeParse(catalog);
  if (!checked.success) {
    const problems = checked.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(catalog)'}: ${i.message}`);
    throw new KodexError(
      'invalid_catalog',
      `Catalog "${String(input.id).slice(0, 64)}" is invalid: ${problems.join('; ')}`,
    );
  }
  return catalog;
}
