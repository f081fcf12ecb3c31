import {
  checkArgument,
  isCount,
  isString,
  optionsReader,
  type RulesOf,
} from '../errors/check-argument.js';
import { UnknownProviderError } from '../errors/unknown-provider-error.js';
import type { ProviderCatalog, Text } from '../model/catalog.js';
import { type Category, isCategory } from '../model/categories.js';
import { type ListedEntry, listEntries } from '../model/listed-entry.js';
import { nearest } from '../model/nearest.js';
import { buildSearchIndex } from './search-index.js';

/** What `explain()` gives: the best entry for the code, and its other meanings. */
export interface ExplainedEntry extends ListedEntry {
  /** Other entries with the same code (other sections or statuses), best first. */
  readonly alternatives: readonly ListedEntry[];
}

/** Narrows `explain()` when a code has several meanings. */
export interface ExplainOptions {
  /** Prefer the meaning documented under this HTTP status. */
  readonly status?: number;
  /** Prefer the meaning of this section or variant (`events`, `tasks`). */
  readonly section?: string;
}

/** One ranked hit of `search()`. */
export interface SearchHit {
  readonly provider: string;
  readonly code: string;
  readonly key: string;
  readonly name: string;
  readonly status: number;
  readonly category: Category;
  readonly retryable: boolean;
  readonly title: Text;
  readonly score: number;
}

/** Filters for `list()`. */
export interface ListOptions {
  readonly category?: Category;
  readonly status?: number;
}

/** Options of `search()`. */
export interface SearchOptions {
  /** @default 20 */
  readonly limit?: number;
  /** Only entries of this provider. */
  readonly provider?: string;
}

/** Read access to a set of catalogs: list, explain, suggest and search. */
export interface Lookup {
  readonly catalogs: readonly ProviderCatalog[];
  catalog(provider: string): ProviderCatalog;
  list(provider?: string, options?: ListOptions): ListedEntry[];
  explain(
    provider: string,
    code: string | number,
    options?: ExplainOptions,
  ): ExplainedEntry | undefined;
  suggest(provider: string, code: string | number, max?: number): ListedEntry[];
  search(text: string, options?: SearchOptions): SearchHit[];
}

/**
 * Builds list/explain/search over any set of catalogs (the built-in ones, or
 * an API author's own). The search index is built on first search.
 * @example
 * const lookup = createLookup([myCatalog]);
 * lookup.explain('shop', 'OUT_OF_STOCK')?.title.en;
 */
export function createLookup(catalogs: readonly ProviderCatalog[]): Lookup {
  const byId = new Map(catalogs.map((c) => [c.id, c]));
  const entriesOf = new Map(catalogs.map((c) => [c.id, listEntries(c)]));
  const all = [...entriesOf.values()].flat();
  const byDocId = new Map(all.map((e) => [`${e.provider}/${e.key}`, e]));
  let index: ReturnType<typeof buildSearchIndex> | undefined;

  function catalog(provider: string): ProviderCatalog {
    checkProvider('catalog()', provider);
    const found = byId.get(provider) ?? byId.get(provider.toLowerCase());
    if (!found) throw new UnknownProviderError(provider, nearest(byId.keys(), provider, 3));
    return found;
  }

  function entries(provider: string): ListedEntry[] {
    return entriesOf.get(catalog(provider).id)!;
  }

  function matching(provider: string, raw: string): ListedEntry[] {
    const list = entries(provider);
    const code = raw.trim();
    const exact = list.filter((e) => e.code === code || e.key === code);
    if (exact.length) return exact;
    // Codes are case-sensitive for the provider, but a reader may type `b011`
    // or look up a code by its name (`NoQuoteDay`).
    const lower = code.toLowerCase();
    const loose = list.filter(
      (e) => e.code.toLowerCase() === lower || e.key.toLowerCase() === lower,
    );
    if (loose.length) return loose;
    return list.filter((e) => e.name.toLowerCase() === lower);
  }

  function explain(
    provider: string,
    code: string | number,
    options?: ExplainOptions,
  ): ExplainedEntry | undefined {
    checkProvider('explain()', provider);
    checkCode('explain()', code);
    const { status, section } = readExplainOptions(options);
    const asked = String(code).trim();
    const found = matching(provider, asked);
    if (!found.length) return undefined;
    // A section or status the caller names decides first; among the rest, the
    // entry whose key is the code itself (Google's generic RESOURCE_EXHAUSTED)
    // comes before its variants (RESOURCE_EXHAUSTED.indexing-quota), whatever
    // their order in the catalog.
    const rank = (e: ListedEntry) =>
      (section && (e.section === section || e.variant === section) ? 4 : 0) +
      (status !== undefined && e.status === status ? 2 : 0) +
      (e.key === asked ? 1 : 0);
    const ordered = [...found].sort((a, b) => rank(b) - rank(a));
    const [best, ...rest] = ordered as [ListedEntry, ...ListedEntry[]];
    const alternatives = [
      ...rest,
      ...entries(provider).filter((e) => e.code === best.code && !found.includes(e)),
    ];
    return { ...best, alternatives };
  }

  function suggest(provider: string, code: string | number, max = 5): ListedEntry[] {
    checkProvider('suggest()', provider);
    checkCode('suggest()', code);
    checkArgument('suggest()', 'max', max, Number.isInteger(max) && max >= 0, 'a whole number');
    const list = entries(provider);
    const keys = nearest(
      list.flatMap((e) => [e.code, e.name]),
      String(code),
      max,
    );
    const picked: ListedEntry[] = [];
    for (const key of keys) {
      const entry = list.find((e) => e.code === key || e.name === key);
      if (entry && !picked.includes(entry)) picked.push(entry);
    }
    return picked;
  }

  function list(provider?: string, options?: ListOptions): ListedEntry[] {
    if (provider !== undefined) checkProvider('list()', provider);
    const { category, status } = readListOptions(options);
    const source = provider === undefined ? all : entries(provider);
    return source.filter(
      (e) =>
        (category === undefined || e.category === category) &&
        (status === undefined || e.status === status),
    );
  }

  function search(text: string, options?: SearchOptions): SearchHit[] {
    checkArgument('search()', 'text', text, isString(text), 'a string');
    const { limit = 20, provider } = readSearchOptions(options);
    const query = text.slice(0, 500).trim();
    if (!query) return [];
    const only = provider === undefined ? undefined : catalog(provider).id;
    index ??= buildSearchIndex(all, new Map(catalogs.map((c) => [c.id, c.name])));
    const filter = only ? (result: { id: string }) => result.id.startsWith(`${only}/`) : undefined;
    let hits = index.search(query, { filter });
    // Nothing found: the reader probably mistyped a short word («квта»,
    // "qouta"), which the default one-edit tolerance of longer words misses.
    if (!hits.length) hits = index.search(query, { filter, fuzzy: lenientFuzzy });
    const phrase = normalizePhrase(query);
    const top = hits[0]?.score ?? 0;
    const boosted = hits.map((hit) => ({
      ...hit,
      score: phraseScore(byDocId.get(hit.id)!, phrase, hit.score, top),
    }));
    return diversify(boosted)
      .slice(0, limit)
      .map((hit) => {
        const e = byDocId.get(hit.id)!;
        return {
          provider: e.provider,
          code: e.code,
          key: e.key,
          name: e.name,
          status: e.status,
          category: e.category,
          retryable: e.retryable,
          title: e.title,
          score: Math.round(hit.score * 100) / 100,
        };
      });
  }

  return { catalogs, catalog, list, explain, suggest, search };
}

// Typo tolerance of the second try: one edit in 3-letter terms, two in
// longer ones. Terms are stems, and a typo also changes how a word is
// stemmed: «квта» stays «квта» while «квота» becomes «квот», two edits apart;
// a swapped pair of letters ("qouta") is two edits too.
function lenientFuzzy(term: string): number | false {
  return term.length >= 4 ? 2 : term.length === 3 ? 1 : false;
}

function normalizePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// A query that is an entry's whole title ("Too Many Requests", «Не найдено»)
// names that entry: it goes above every hit that only shares words with the
// query (a Google reason `notFound` matches "not found" in its code, name and
// title at once). A query that is a phrase of a title points to it.
const TITLE_PHRASE_BOOST = 1.5;

function phraseScore(entry: ListedEntry, phrase: string, score: number, top: number): number {
  if (!phrase.includes(' ') && !/\p{L}/u.test(phrase)) return score;
  const titles = [entry.title.en, entry.title.ru].map(normalizePhrase);
  if (titles.includes(phrase)) return score + top * TITLE_PHRASE_BOOST;
  if (phrase.includes(' ') && titles.some((t) => ` ${t} `.includes(` ${phrase} `))) {
    return score * TITLE_PHRASE_BOOST;
  }
  return score;
}

const isNumber = (value: unknown): value is number => typeof value === 'number';

const readExplainOptions = optionsReader('explain()', {
  status: [isNumber, 'an HTTP status'],
  section: [isString, 'a section id'],
} satisfies RulesOf<ExplainOptions>);

const readListOptions = optionsReader('list()', {
  category: [isCategory, 'a category'],
  status: [isNumber, 'an HTTP status'],
} satisfies RulesOf<ListOptions>);

const readSearchOptions = optionsReader('search()', {
  limit: [isCount, 'a number of hits'],
  provider: [isString, 'a provider id'],
} satisfies RulesOf<SearchOptions>);

function checkProvider(call: string, provider: unknown): asserts provider is string {
  checkArgument(call, 'provider', provider, isString(provider), 'a provider id');
}

function checkCode(call: string, code: unknown): void {
  const ok = typeof code === 'string' || typeof code === 'number';
  checkArgument(call, 'code', code, ok, 'a code (a string or a number)');
}

// Each further hit of a provider already listed weighs a little less, so a
// query like "rate limit" shows several providers' codes first rather than ten
// near-identical Google reasons; strong matches still win.
const PROVIDER_REPEAT_FACTOR = 0.85;

function diversify<T extends { id: string; score: number }>(hits: readonly T[]): T[] {
  const seen = new Map<string, number>();
  return hits
    .map((hit) => {
      const provider = hit.id.slice(0, hit.id.indexOf('/'));
      const n = seen.get(provider) ?? 0;
      seen.set(provider, n + 1);
      return { ...hit, score: hit.score * PROVIDER_REPEAT_FACTOR ** n };
    })
    .sort((a, b) => b.score - a.score);
}
