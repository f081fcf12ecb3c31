import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import MiniSearch from 'minisearch';
import { CATEGORY_LABELS } from '../model/categories.js';
import type { ListedEntry } from '../model/listed-entry.js';

/** One searchable document per catalog entry; `id` is `provider/key`. */
interface SearchDocument {
  id: string;
  code: string;
  name: string;
  titleRu: string;
  titleEn: string;
  descriptionRu: string;
  descriptionEn: string;
  template: string;
  category: string;
  provider: string;
}

const FIELDS = [
  'code',
  'name',
  'titleRu',
  'titleEn',
  'descriptionRu',
  'descriptionEn',
  'template',
  'category',
  'provider',
] as const;

// Words too common in error texts to tell entries apart.
const STOP_WORDS = new Set([
  'и',
  'в',
  'во',
  'на',
  'с',
  'со',
  'по',
  'к',
  'для',
  'из',
  'от',
  'о',
  'об',
  'а',
  'или',
  'же',
  'при',
  'у',
  'the',
  'a',
  'an',
  'of',
  'to',
  'for',
  'in',
  'on',
  'is',
  'are',
  'be',
  'by',
  'or',
  'and',
  'this',
  'it',
  'with',
]);

const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * Splits a text into words; identifiers also yield their parts, so
 * `rateLimitExceeded` and `api_call_limit` are found by "rate limit".
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.split(/[^\p{L}\p{N}_]+/u)) {
    if (!word) continue;
    tokens.push(word);
    const parts = word
      .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
      .split(/[\s_]+/)
      .filter(Boolean);
    if (parts.length > 1) tokens.push(...parts);
  }
  return tokens;
}

/** Lower-cases and stems a word in its own language (Russian or English); drops stop words. */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (STOP_WORDS.has(lower)) return null;
  if (/^\p{N}+$/u.test(lower) || lower.length < 3) return lower;
  return CYRILLIC.test(lower) ? stemRussian(lower) : stemEnglish(lower);
}

function toDocument(entry: ListedEntry, providerName: string): SearchDocument {
  const label = CATEGORY_LABELS[entry.category];
  return {
    id: `${entry.provider}/${entry.key}`,
    code: entry.code,
    name: entry.name,
    titleRu: entry.title.ru,
    titleEn: entry.title.en,
    descriptionRu: entry.description?.ru ?? '',
    descriptionEn: entry.description?.en ?? '',
    template: [entry.template?.ru, entry.template?.en].filter(Boolean).join(' '),
    category: `${label.ru} ${label.en}`,
    provider: `${entry.provider} ${providerName}`,
  };
}

/** Builds the full-text index over the given entries. */
export function buildSearchIndex(
  entries: readonly ListedEntry[],
  providerNames: ReadonlyMap<string, string>,
): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { code: 6, name: 3, titleRu: 3, titleEn: 3, category: 1.5 },
      prefix: (term) => term.length >= 3,
      // Typos: one edit in words of 4+ letters, two in long words.
      fuzzy: (term) => (term.length >= 8 ? 0.25 : term.length >= 4 ? 0.2 : false),
      combineWith: 'OR',
    },
  });
  index.addAll(entries.map((entry) => toDocument(entry, providerNames.get(entry.provider) ?? '')));
  return index;
}
