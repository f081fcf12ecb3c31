import type { CatalogEntry, ProviderCatalog, Section, Text } from '../model/catalog.js';
import type {
  CatalogEntryInput,
  CatalogInput,
  CatalogSectionInput,
} from '../model/catalog-input.js';
import type { Category } from '../model/categories.js';
import { catalogInputSchema, providerCatalogSchema } from './schema.js';

// One shape, one set of defaults: `defineCatalog` (server) and
// `kodex docs --catalog` with a JSON, YAML or module file (docs) both call
// checkCatalog, so a catalog that works in one works in the other.

// docs/taxonomy.md: "Retryable: true for rate_limited and unavailable".
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
 * The model's catalog for an author's: every default filled (`name` from the
 * code, `retryable` from the category, sections from `class`, description
 * from the name, JSON over HTTP status). Not checked: see {@link checkCatalog}.
 */
export function fillCatalogDefaults(input: CatalogInput): ProviderCatalog {
  const sections = sectionsOf(input);
  return {
    ...input,
    description: bothLanguages(input.description, input.name),
    seeds: input.seeds ?? [],
    formats: input.formats ?? ['json'],
    success: input.success ?? SUCCESS,
    limits: input.limits ?? [],
    sections,
    entries: input.entries.map((e) => normalizeEntry(e, sections)),
  };
}

/** An RFC 6901 JSON pointer to a place in a catalog: `/entries/3/title/ru`. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** One thing wrong with a catalog: where (a path and its JSON pointer) and what. */
export interface CatalogProblem {
  readonly path: readonly PropertyKey[];
  /** `/entries/3/status`; empty for the catalog itself. */
  readonly pointer: string;
  readonly message: string;
}

/** What {@link checkCatalog} finds: the catalog with its defaults, or what is wrong. */
export type CatalogCheck =
  | { readonly catalog: ProviderCatalog; readonly problems?: undefined }
  | { readonly catalog?: undefined; readonly problems: readonly CatalogProblem[] };

function problemsOf(issues: readonly { path: PropertyKey[]; message: string }[]) {
  return issues.map((i) => ({ path: i.path, pointer: jsonPointer(i.path), message: i.message }));
}

/**
 * Checks any data as an author's catalog: its shape first (so a mistake is
 * named where the author made it), then, defaults filled, the schema of the
 * built-in catalogs (duplicate keys, unknown sections, template parameters).
 * Never throws.
 * @example checkCatalog(JSON.parse(text)).problems?.[0]?.pointer // '/entries/0/status'
 */
export function checkCatalog(data: unknown): CatalogCheck {
  const shape = catalogInputSchema.safeParse(data);
  if (!shape.success) return { problems: problemsOf(shape.error.issues) };
  // The author's own objects, keys in the author's order (the shape check
  // passed, so they are what zod would give back, reordered).
  const catalog = fillCatalogDefaults(data as CatalogInput);
  const checked = providerCatalogSchema.safeParse(catalog);
  if (!checked.success) return { problems: problemsOf(checked.error.issues) };
  return { catalog };
}
