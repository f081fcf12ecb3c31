import type { ListedEntry } from '../model/listed-entry.js';
import { defaultProviders, type ProviderSet } from '../packs/provider-set.js';
import {
  createLookup,
  type ExplainedEntry,
  type ExplainOptions,
  type ListOptions,
  type Lookup,
  type SearchHit,
  type SearchOptions,
} from './lookup.js';

// The lookup over the module's providers (the built-ins and registered
// packs), and its methods as the functions `import 'kodex'` exports (declared
// as functions, so their signatures stand in the API report); the types live
// beside `createLookup` in lookup.ts.

const lookups = new WeakMap<ProviderSet, Lookup>();

/** The lookup over a set of providers, built once per set, on first use. */
export function lookupIn(set: ProviderSet): Lookup {
  let lookup = lookups.get(set);
  if (lookup === undefined) {
    lookup = createLookup(set.catalogs);
    lookups.set(set, lookup);
  }
  return lookup;
}

/** The lookup over the module's providers: the built-ins and every registered pack. */
export function defaultLookup(): Lookup {
  return lookupIn(defaultProviders());
}

/**
 * Every entry of a provider's catalog, or of all of them.
 * @example list('mobizon').filter((e) => e.retryable)
 */
export function list(provider?: string, options?: ListOptions): ListedEntry[] {
  return defaultLookup().list(provider, options);
}

/**
 * The entry of a provider's code, with its other meanings; `undefined` when the
 * code is unknown. Throws `UnknownProviderError` for an unknown provider.
 * @example explain('avtocod', 'B011')?.category // 'quota_exceeded'
 */
export function explain(
  provider: string,
  code: string | number,
  options?: ExplainOptions,
): ExplainedEntry | undefined {
  return defaultLookup().explain(provider, code, options);
}

/** The nearest known codes of a provider, for "did you mean". */
export function suggest(provider: string, code: string | number, max?: number): ListedEntry[] {
  return defaultLookup().suggest(provider, code, max);
}

/**
 * Ranked entries across providers, in Russian and English, tolerant of typos
 * and word forms.
 * @example search('квота')[0]?.code
 */
export function search(text: string, options?: SearchOptions): SearchHit[] {
  return defaultLookup().search(text, options);
}
