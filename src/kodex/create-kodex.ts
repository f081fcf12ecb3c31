import { type DecodeOptions, decodeIn } from '../decode/decode.js';
import { type EncodeOptions, encodeIn } from '../decode/encode.js';
import type { EncodedResponse } from '../dialects/dialect.js';
import { lookupIn } from '../lookup/index.js';
import type {
  ExplainedEntry,
  ExplainOptions,
  ListOptions,
  SearchHit,
  SearchOptions,
} from '../lookup/lookup.js';
import type { ProviderCatalog } from '../model/catalog.js';
import type { ListedEntry } from '../model/listed-entry.js';
import type { ProviderPack } from '../model/pack.js';
import type { ErrorRecord } from '../model/record.js';
import { baseProviders, type ProviderSet } from '../packs/provider-set.js';
import type { RawResponse } from '../wire/response-view.js';

/** Options of {@link createKodex}. */
export interface KodexOptions {
  /** Provider packs this instance knows besides the built-ins; a later pack of one id replaces an earlier. */
  readonly packs?: readonly ProviderPack[];
  /** Know the built-in providers too. Plain HTTP is always known. @default true */
  readonly builtIns?: boolean;
}

/**
 * kodex over one set of providers: the module's functions, bound to the
 * built-ins and this instance's packs. The module's own defaults (and what
 * `registerPack` added to them) are left alone.
 */
export interface Kodex {
  decode(response: Response, options?: DecodeOptions): Promise<ErrorRecord | null>;
  decode(response: RawResponse, options?: DecodeOptions): ErrorRecord | null;
  encode(record: ErrorRecord, options?: EncodeOptions): EncodedResponse;
  explain(
    provider: string,
    code: string | number,
    options?: ExplainOptions,
  ): ExplainedEntry | undefined;
  list(provider?: string, options?: ListOptions): ListedEntry[];
  search(text: string, options?: SearchOptions): SearchHit[];
  suggest(provider: string, code: string | number, max?: number): ListedEntry[];
  /** Every catalog this instance knows, built-ins first. */
  readonly catalogs: readonly ProviderCatalog[];
  /** The providers, for `createClient({ kodex })`. */
  readonly providers: ProviderSet;
}

/**
 * A kodex that knows these packs as it knows the built-in providers.
 * Throws `InvalidPackError` naming the pack (`packs[1]`) and each problem's
 * JSON pointer.
 * @example
 * const kodex = createKodex({ packs: [stripePack] });
 * kodex.decode({ status: 402, body }, { provider: 'stripe' })?.category // 'payment_required'
 */
export function createKodex(options: KodexOptions = {}): Kodex {
  const set = (options.packs ?? []).reduce<ProviderSet>(
    (providers, pack, i) => providers.with(pack, `packs[${i}]`),
    baseProviders(options.builtIns ?? true),
  );
  const lookup = lookupIn(set);
  return {
    decode: ((response: Response | RawResponse, decodeOptions?: DecodeOptions) =>
      decodeIn(set, response, decodeOptions)) as Kodex['decode'],
    encode: (record, encodeOptions) => encodeIn(set, record, encodeOptions),
    explain: (provider, code, explainOptions) => lookup.explain(provider, code, explainOptions),
    list: (provider, listOptions) => lookup.list(provider, listOptions),
    search: (text, searchOptions) => lookup.search(text, searchOptions),
    suggest: (provider, code, max) => lookup.suggest(provider, code, max),
    catalogs: set.catalogs,
    providers: set,
  };
}
