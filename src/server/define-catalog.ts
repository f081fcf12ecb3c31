import { entryRecord } from '../decode/entry-record.js';
import { ApiError } from '../errors/api-error.js';
import { KodexError } from '../errors/kodex-error.js';
import type { Lang, ProviderCatalog } from '../model/catalog.js';
import { type ListedEntry, listEntries } from '../model/listed-entry.js';
import type { ErrorRecord } from '../model/record.js';
import { redactText } from '../wire/redact.js';
import type {
  ApiErrorOptions,
  CatalogInput,
  EntryFor,
  ErrorArgs,
  ErrorCode,
} from './catalog-types.js';
import { normalizeCatalog } from './normalize-catalog.js';

/**
 * A catalog made by {@link defineCatalog}: the model's `ProviderCatalog` (plain
 * data, so `createLookup`, the schema and `kodex docs` take it as it is) with
 * typed methods that raise its codes.
 */
export interface TypedCatalog<C extends CatalogInput = CatalogInput> extends ProviderCatalog {
  readonly id: C['id'];
  /**
   * A throwable error for a code, with the template rendered from typed
   * params: a wrong code, a missing or mistyped param does not compile.
   * `error.record.code` is typed: the entry's code (`244` for the key `244.tasks`).
   * @example throw shop.error('OUT_OF_STOCK', { sku: 'A-1' });
   */
  error<K extends ErrorCode<C>>(
    code: K,
    ...args: ErrorArgs<C, K>
  ): ApiError<C['id'], EntryFor<C, K>['code']>;
  /** The normalized record of a code, without an error object (for mocks and tests). */
  record<K extends ErrorCode<C>>(code: K, ...args: ErrorArgs<C, K>): ErrorRecord;
  /** Whether a code or `code.variant` key is in the catalog (for codes known only at run time). */
  has(code: string): code is ErrorCode<C>;
  /** The entry a code or key names; for a code with several meanings, the first. */
  entry<K extends ErrorCode<C>>(code: K): EntryFor<C, K> & ListedEntry;
  /** Type-only: the catalog as written, for {@link CodeOf} and {@link ParamsOf}; absent at run time. */
  readonly '~input'?: C;
}

/**
 * The codes (and `code.variant` keys) of a typed catalog.
 * @example type ShopCode = CodeOf<typeof shop>; // 'OUT_OF_STOCK' | 'PAYMENT_DECLINED'
 */
export type CodeOf<T extends { readonly '~input'?: CatalogInput }> = ErrorCode<
  NonNullable<T['~input']>
>;

/**
 * The params `error()` takes for a code of a typed catalog.
 * @example type P = ParamsOf<typeof shop, 'OUT_OF_STOCK'>; // { readonly sku: string }
 */
export type ParamsOf<
  T extends { readonly '~input'?: CatalogInput },
  K extends CodeOf<T>,
> = ErrorArgs<NonNullable<T['~input']>, K>[0];

type Params = Readonly<Record<string, unknown>>;

/**
 * Checks the values against the entry's declared params; keeps only declared
 * ones (none when the entry declares none).
 */
function checkParams(
  catalog: string,
  entry: ListedEntry,
  given: Params | undefined,
): Params | undefined {
  const declared = entry.params ?? {};
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(declared)) {
    const value = given && Object.hasOwn(given, name) ? given[name] : undefined;
    const type = declared[name]!.type;
    const ok =
      type === 'number'
        ? typeof value === 'number' && Number.isFinite(value)
        : typeof value === 'string';
    if (!ok) {
      // The types rule this out; plain JavaScript callers get told at once.
      throw new KodexError(
        'invalid_params',
        `${catalog} ${entry.key}: param "${name}" must be a ${type}, got ${value === undefined ? 'nothing' : typeof value}.`,
      );
    }
    out[name] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

function buildRecord(
  provider: string,
  entry: ListedEntry,
  params: Params | undefined,
  options: ApiErrorOptions,
  lang: Lang,
): ErrorRecord {
  // A credential never reaches a record, a response or a log (docs/design.md):
  // entryRecord hides those in the params and the message made from them.
  return entryRecord(entry, {
    provider,
    status: entry.status,
    lang,
    detail: options.detail === undefined ? undefined : redactText(options.detail),
    fromTemplate: true,
    params,
    fields: options.fields,
    retryAfterMs: options.retryAfterMs,
  });
}

/**
 * Defines an API's own error catalog: codes, statuses, categories, ru/en
 * titles and message templates with typed params. Defaults are filled
 * (`name` from the code, `retryable` from the category, sections from
 * `class`), the result is checked by the schema of the built-in catalogs
 * (a `KodexError` `invalid_catalog` names what is wrong), and the returned
 * catalog raises its codes with compile-time checked params. Built-in
 * catalogs work too: `defineCatalog(catalogs.avtocod).error('B011', {...})`,
 * with `catalogs` from `kodex`.
 * @example
 * export const shop = defineCatalog({
 *   id: 'shop',
 *   name: 'Shop API',
 *   entries: [{
 *     code: 'OUT_OF_STOCK', status: 409, category: 'conflict',
 *     title: { ru: 'Нет в наличии', en: 'Out of stock' },
 *     template: { ru: 'Товара {sku} нет в наличии', en: 'Item {sku} is out of stock' },
 *     params: { sku: { type: 'string' } },
 *   }],
 * });
 * throw shop.error('OUT_OF_STOCK', { sku: 'A-1' });
 */
export function defineCatalog<const C extends CatalogInput>(input: C): TypedCatalog<C> {
  const catalog = normalizeCatalog(input);
  const entries = listEntries(catalog);
  const byKey = new Map<string, ListedEntry>();
  for (const entry of entries) {
    byKey.set(entry.key, entry);
    if (!byKey.has(entry.code)) byKey.set(entry.code, entry);
  }

  function entryOf(code: string): ListedEntry {
    const entry = byKey.get(code);
    if (!entry) {
      throw new KodexError(
        'unknown_code',
        `${catalog.id} has no code "${String(code).slice(0, 64)}".`,
      );
    }
    return entry;
  }

  function record(code: string, params?: Params, options: ApiErrorOptions = {}): ErrorRecord {
    const entry = entryOf(code);
    return buildRecord(
      catalog.id,
      entry,
      checkParams(catalog.id, entry, params),
      options,
      options.lang ?? 'en',
    );
  }

  function error(code: string, params?: Params, options: ApiErrorOptions = {}): ApiError {
    const entry = entryOf(code);
    const checked = checkParams(catalog.id, entry, params);
    const lang = options.lang ?? 'en';
    const made = buildRecord(catalog.id, entry, checked, options, lang);
    // The message is what the API says to its caller (the rendered detail),
    // in the error's language, as `HTTPException` and http-errors do.
    return new ApiError(made, {
      message: made.detail ?? made.title,
      cause: options.cause,
      translate: (other) => buildRecord(catalog.id, entry, checked, options, other),
    });
  }

  // The methods are not enumerable: the catalog stays plain data for the
  // schema (strict), JSON.stringify and `kodex docs --catalog`.
  const typed = Object.defineProperties(
    { ...catalog, entries: Object.freeze(catalog.entries.slice()) },
    {
      error: { value: error },
      record: { value: record },
      has: { value: (code: string) => byKey.has(code) },
      entry: { value: entryOf },
    },
  );
  return Object.freeze(typed) as unknown as TypedCatalog<C>;
}
