import { catalogs } from '../catalogs/index.js';
import type { ListedEntry } from '../model/listed-entry.js';
import {
  createLookup,
  type ExplainedEntry,
  type ExplainOptions,
  type ListOptions,
  type Lookup,
  type SearchHit,
  type SearchOptions,
} from './lookup.js';

// The lookup over the built-in catalogs, and its methods as the functions
// `import 'kodex'` exports (declared as functions, so their signatures stand
// in the API report); the types live beside `createLookup` in lookup.ts.

let builtIn: Lookup | undefined;

/** The lookup over the built-in provider catalogs (built once, on first use). */
export function builtInLookup(): Lookup {
  builtIn ??= createLookup(Object.values(catalogs));
  return builtIn;
}

/**
 * Every entry of a built-in catalog, or of all of them.
 * @example list('mobizon').filter((e) => e.retryable)
 */
export function list(provider?: string, options?: ListOptions): ListedEntry[] {
  return builtInLookup().list(provider, options);
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
  return builtInLookup().explain(provider, code, options);
}

/** The nearest known codes of a provider, for "did you mean". */
export function suggest(provider: string, code: string | number, max?: number): ListedEntry[] {
  return builtInLookup().suggest(provider, code, max);
}

/**
 * Ranked entries across providers, in Russian and English, tolerant of typos
 * and word forms.
 * @example search('квота')[0]?.code
 */
export function search(text: string, options?: SearchOptions): SearchHit[] {
  return builtInLookup().search(text, options);
}
