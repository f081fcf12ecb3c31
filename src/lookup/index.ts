import { catalogs } from '../catalogs/index.js';
import { createLookup, type Lookup } from './lookup.js';

export type { ListedEntry } from '../model/listed-entry.js';
export type {
  ExplainedEntry,
  ExplainOptions,
  ListOptions,
  Lookup,
  SearchHit,
  SearchOptions,
} from './lookup.js';
export { createLookup } from './lookup.js';

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
export const list: Lookup['list'] = (provider, options) => builtInLookup().list(provider, options);

/**
 * The entry of a provider's code, with its other meanings; `undefined` when the
 * code is unknown. Throws `UnknownProviderError` for an unknown provider.
 * @example explain('avtocod', 'B011')?.category // 'quota_exceeded'
 */
export const explain: Lookup['explain'] = (provider, code, options) =>
  builtInLookup().explain(provider, code, options);

/** The nearest known codes of a provider, for "did you mean". */
export const suggest: Lookup['suggest'] = (provider, code, max) =>
  builtInLookup().suggest(provider, code, max);

/**
 * Ranked entries across providers, in Russian and English, tolerant of typos
 * and word forms.
 * @example search('квота')[0]?.code
 */
export const search: Lookup['search'] = (text, options) => builtInLookup().search(text, options);
