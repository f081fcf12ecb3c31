import type { Dialect } from '../dialects/dialect.js';
import { isKodexError } from '../errors/kodex-error.js';
import { UnknownProviderError } from '../errors/unknown-provider-error.js';
import type { Lang } from '../model/catalog.js';
import { nearest } from '../model/nearest.js';
import type { ErrorRecord } from '../model/record.js';
import { defaultProviders, type ProviderSet } from '../packs/provider-set.js';
import { type JsonRefusal, MAX_JSON_CONTAINERS, MAX_JSON_DEPTH } from '../wire/json-budget.js';
import { retryAfterFromHeaders } from '../wire/rate-limit-headers.js';
import {
  createResponseView,
  DEFAULT_MAX_BODY_BYTES,
  type RawResponse,
  type ResponseView,
  readResponse,
} from '../wire/response-view.js';
import { MAX_MARKUP_CHARS, type XmlRefusal } from '../wire/xml.js';
import { buildRecord, type RecordContext } from './build-record.js';
import { type CodeIndex, createCodeIndex } from './code-index.js';
import { checkDecodeArguments, unreadableRecord } from './decode-arguments.js';
import { detectDialect } from './detect-dialect.js';
import { providerOfUrl } from './provider-of-url.js';

/** Options of `decode()`. */
export interface DecodeOptions {
  /**
   * The provider that answered. When absent, the host of `url` names it, and
   * failing that the body, headers and status do.
   */
  readonly provider?: string;
  /**
   * The request URL. Its host names the provider when it is one of a catalog's
   * `hosts` (a bare `{"message":"Not found"}` or a proxy's HTML page carries no
   * sign of its provider). A fetch `Response` gives its own `url`.
   */
  readonly url?: string | URL;
  /** Language of `title`. @default 'en' */
  readonly lang?: Lang;
  /** Bodies larger than this are cut (and the record says so). @default 1048576 */
  readonly maxBodyBytes?: number;
  /** Clock for HTTP-date `Retry-After` and epoch reset headers. @default Date.now */
  readonly now?: () => number;
}

/** What decoding against one provider set needs, found once per set. */
interface Decoding {
  readonly set: ProviderSet;
  /** Dialects by every id `provider` may name: a provider's own, or the ones to choose among. */
  readonly named: ReadonlyMap<string, Named>;
  readonly fallback: Dialect;
  /** Built on the first decode that reaches a catalog, not when the set is made. */
  index?: CodeIndex;
}

/** A named provider's dialect, or the dialects to choose among for it. */
interface Named {
  readonly own: Dialect;
  readonly siblings?: readonly Dialect[];
}

function createDecoding(set: ProviderSet): Decoding {
  const named = new Map<string, Named>();
  for (const dialect of set.dialects) {
    if (named.has(dialect.id)) continue;
    // Dialects that carry the same provider's codes (plain HTTP and RFC 9457
    // problems both carry `http`).
    const siblings = set.dialects.filter((x) => x.provider === dialect.provider);
    named.set(dialect.id, siblings.length > 1 ? { own: dialect, siblings } : { own: dialect });
  }
  return { set, named, fallback: named.get('http')!.own };
}

// Sets are immutable: what is found for one stays right, and goes with it.
const decodings = new WeakMap<ProviderSet, Decoding>();

function decodingOf(set: ProviderSet): Decoding {
  let decoding = decodings.get(set);
  if (decoding === undefined) {
    decoding = createDecoding(set);
    decodings.set(set, decoding);
  }
  return decoding;
}

function codeIndexOf(decoding: Decoding): CodeIndex {
  decoding.index ??= createCodeIndex(decoding.set.catalogs);
  return decoding.index;
}

/** The code index of a set's catalogs, built once per set (what the emulator builds records with). */
export function codeIndexIn(set: ProviderSet = defaultProviders()): CodeIndex {
  return codeIndexOf(decodingOf(set));
}

/** The dialect of a provider id in a set; throws `UnknownProviderError` for an unknown one. */
export function dialectOf(provider: string, set: ProviderSet = defaultProviders()): Dialect {
  const found = decodingOf(set).named.get(provider);
  if (!found) {
    const ids = set.catalogs.map((c) => c.id);
    throw new UnknownProviderError(provider, nearest(ids, provider, 3));
  }
  return found.own;
}

/**
 * The dialect for a named provider: its own, or, when several dialects carry
 * the provider's codes, the one that recognises the response.
 */
function namedDialect(decoding: Decoding, view: ResponseView, provider: string): Dialect {
  const found = decoding.named.get(provider);
  // Unknown: dialectOf() throws the helpful error.
  if (found === undefined) return dialectOf(provider, decoding.set);
  return found.siblings ? detectDialect(view, found.siblings, found.own) : found.own;
}

const NO_WARNINGS: readonly string[] = Object.freeze([]);

// What the record says of a body kodex would not parse (json-budget.ts, xml.ts).
const JSON_WARNINGS: Readonly<Record<JsonRefusal, string>> = {
  depth: `JSON nested deeper than ${MAX_JSON_DEPTH} levels not parsed`,
  containers: `JSON of more than ${MAX_JSON_CONTAINERS} objects and arrays not parsed`,
};
const XML_WARNINGS: Readonly<Partial<Record<XmlRefusal, string>>> = {
  doctype: 'XML with a DOCTYPE or entities refused, not expanded',
  too_large: `markup over ${MAX_MARKUP_CHARS} characters not parsed`,
};

function warningsOf(view: ResponseView, maxBodyBytes: number): readonly string[] {
  // A body that parsed as JSON is no XML to refuse: the usual answer, in two reads.
  if (!view.truncated && !view.invalidUtf8 && view.json() !== undefined) return NO_WARNINGS;
  const json = view.jsonRefusal();
  const xml = view.xmlRefusal();
  const refused = json === undefined ? xml && XML_WARNINGS[xml] : JSON_WARNINGS[json];
  if (!view.truncated && !view.invalidUtf8 && refused === undefined) return NO_WARNINGS;
  const warnings: string[] = [];
  if (view.truncated) warnings.push(`body cut at the ${maxBodyBytes}-byte cap`);
  if (view.invalidUtf8) warnings.push('body is not valid UTF-8');
  if (refused !== undefined) warnings.push(refused);
  return warnings;
}

/**
 * The provider the options name before the body is read: an explicit one wins
 * over the host of `url`; undefined leaves it to detection.
 */
function namedProvider(options: DecodeOptions, set: ProviderSet): string | undefined {
  return options.provider || (options.url ? providerOfUrl(options.url, set) : undefined);
}

/** Decodes a response view (see {@link decode}). */
function decodeView(
  decoding: Decoding,
  view: ResponseView,
  options: DecodeOptions = {},
): ErrorRecord | null {
  const provider = namedProvider(options, decoding.set);
  const dialect = provider
    ? namedDialect(decoding, view, provider)
    : detectDialect(view, decoding.set.dialects, decoding.fallback);
  let errors = dialect.decode(view);
  if (errors === null) return null;
  const status = view.status;
  if (errors.length === 0) {
    // Not the dialect's shape (an empty body, a proxy's HTML page): the status speaks.
    const byStatus = decoding.fallback.decode(view);
    if (byStatus === null) return null;
    errors = byStatus.length ? byStatus : [{ code: String(status) }];
  }
  // An explicit provider keeps its name even when only the status spoke
  // (taxonomy: amoCRM's code is "otherwise the HTTP status").
  const ctx: RecordContext = {
    provider: dialect.provider,
    status,
    lang: options.lang ?? 'en',
    retryAfterMs: retryAfterFromHeaders(view.headers, status, options.now ?? Date.now),
    warnings: warningsOf(view, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES),
  };
  const index = codeIndexOf(decoding);
  const first = buildRecord(index, errors[0]!, ctx);
  if (errors.length === 1) return first;
  const others: ErrorRecord[] = [];
  for (let i = 1; i < errors.length; i++) others.push(buildRecord(index, errors[i]!, ctx));
  // `first` is this decode's own new object: adding the member in place keeps
  // the key order a spread copy would give, without copying every member.
  (first as { others?: readonly ErrorRecord[] }).others = others;
  return first;
}

/**
 * Decodes a response into the normalized record, or `null` for a success.
 * A fetch `Response` gives a promise (its body is read up to the cap); a
 * `{status, headers, body}` object decodes synchronously. Never throws on any
 * body or headers (a response it cannot read at all is an `unknown` record
 * with a warning); throws `UnknownProviderError` for an unknown `provider`
 * option and `InvalidArgumentError` for no response or a mistyped option.
 * @example
 * decode({ status: 402, body: '{"state":"fail","event":{"code":"B011"}}' })?.category // 'quota_exceeded'
 * const record = await decode(await fetch(url), { provider: 'amocrm', lang: 'ru' });
 */
export function decode(response: Response, options?: DecodeOptions): Promise<ErrorRecord | null>;
export function decode(response: RawResponse, options?: DecodeOptions): ErrorRecord | null;
export function decode(
  response: Response | RawResponse,
  options?: DecodeOptions,
): ErrorRecord | null | Promise<ErrorRecord | null> {
  return decodeIn(defaultProviders(), response, options);
}

/** {@link decode} against a set of providers (a `kodex` instance's). */
export function decodeIn(
  set: ProviderSet,
  response: Response | RawResponse,
  options?: DecodeOptions,
): ErrorRecord | null | Promise<ErrorRecord | null> {
  const decoding = decodingOf(set);
  const checked = checkDecodeArguments(response, options);
  const max = checked.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  try {
    if (isFetchResponse(response)) {
      const withUrl =
        checked.url === undefined && typeof response.url === 'string' && response.url
          ? { ...checked, url: response.url }
          : checked;
      return readResponse(response, max).then(
        (view) => decodeView(decoding, view, withUrl),
        (error: unknown) => unreadable(set, response, checked, error),
      );
    }
    return decodeView(decoding, createResponseView(response, max), checked);
  } catch (error) {
    return unreadable(set, response, checked, error);
  }
}

/**
 * A response whose getters threw is hostile input like any body: an `unknown`
 * record, not the exception. kodex's own typed errors still go through.
 */
function unreadable(
  set: ProviderSet,
  response: object,
  options: DecodeOptions,
  error: unknown,
): ErrorRecord {
  if (isKodexError(error)) throw error;
  const named = namedProvider(options, set);
  const provider = named ? dialectOf(named, set).provider : 'http';
  return unreadableRecord(response, provider, options.lang);
}

// Duck-typed rather than `instanceof Response`: cheaper on the hot path, and
// true for any fetch implementation's Response (undici, node-fetch, a browser's).
function isFetchResponse(value: Response | RawResponse): value is Response {
  return typeof (value as Response).arrayBuffer === 'function' && 'bodyUsed' in value;
}
