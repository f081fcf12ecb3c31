import { catalogs } from '../catalogs/index.js';
import { buildRecord } from '../decode/build-record.js';
import { type CodeIndex, createCodeIndex } from '../decode/code-index.js';
import { encode } from '../decode/encode.js';
import type { EncodedResponse } from '../dialects/dialect.js';
import { builtInLookup } from '../lookup/index.js';
import type { ListedEntry } from '../lookup/listed-entry.js';
import type { Lang } from '../model/catalog.js';
import type { ErrorRecord } from '../model/record.js';
import { chooseSpecialEntries, FALLBACK_STATUS, type SpecialEntries } from './special-entries.js';
import { SUCCESS_BODIES } from './success-bodies.js';

/** What the emulator answers, each in the provider's own dialect. */
export interface ProviderAnswers {
  /** The catalog id the answers are in. */
  readonly provider: string;
  /** The entries chosen for rate violations, bans, faults and oversized bodies. */
  readonly special: SpecialEntries;
  /** The plain success. */
  success(): EncodedResponse;
  /**
   * The catalog entry asked for by code, key (`244.events`) or name, with
   * `Retry-After` when `retryAfterSeconds` is given; a 400 problem naming the
   * nearest codes when the provider has no such code.
   */
  onDemand(code: string, retryAfterSeconds?: number): EncodedResponse;
  /** The rate-limit error, with `Retry-After` and `X-RateLimit-*` for a slot freeing in `retryAfterMs`. */
  rateLimited(retryAfterMs: number, limit: number): EncodedResponse;
  /** The ban answer. */
  blocked(): EncodedResponse;
  /** The random transient 5xx. */
  transient(): EncodedResponse;
  /** The answer to a body over the size limit. */
  tooLarge(): EncodedResponse;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const MAX_CACHED = 1000;

let index: CodeIndex | undefined;
function codeIndex(): CodeIndex {
  index ??= createCodeIndex(Object.values(catalogs));
  return index;
}

/**
 * The occurrence text: the entry's message template (placeholders left as
 * written, so a tester sees its parameters), else its title; for an entry
 * told apart from its namesakes by message patterns, a text that matches them.
 */
function detailOf(entry: ListedEntry, lang: Lang): string {
  const other: Lang = lang === 'ru' ? 'en' : 'ru';
  const texts = [
    entry.template?.[lang],
    entry.template?.[other],
    entry.title[lang],
    entry.title[other],
  ];
  const candidates = texts.filter((t): t is string => Boolean(t?.trim()));
  if (entry.patterns) {
    const matching = candidates.find((t) => codeIndex().matches(entry, t));
    if (matching) return matching;
  }
  return candidates[0] ?? entry.name;
}

/**
 * The record of a catalog entry, as the provider would send it. `buildRecord`
 * resolves a code shared by several entries to one of them; the asked entry
 * wins, since the emulator knows which one it means.
 */
function entryRecord(entry: ListedEntry, lang: Lang, retryAfterMs?: number): ErrorRecord {
  const built = buildRecord(
    codeIndex(),
    { code: entry.code, detail: detailOf(entry, lang), retryAfterMs },
    { provider: entry.provider, status: entry.status, lang },
  );
  if (built.key === entry.key) return built;
  const record: ErrorRecord = {
    ...built,
    key: entry.key,
    name: entry.name,
    category: entry.category,
    retryable: entry.retryable,
    title: entry.title[lang],
  };
  return entry.docs === undefined ? record : { ...record, docs: entry.docs };
}

/** A record for a status the provider's catalog has no entry for (its code is the status). */
function statusRecord(provider: string, status: number, lang: Lang, retryAfterMs?: number) {
  return buildRecord(
    codeIndex(),
    { code: String(status), retryAfterMs },
    { provider, status, lang },
  );
}

function unknownCode(provider: string, code: string): EncodedResponse {
  const near = builtInLookup().suggest(provider, code, 5);
  const asked = code.slice(0, 64);
  const hint = near.length ? ` Nearest: ${near.map((e) => e.key).join(', ')}.` : '';
  return {
    status: 400,
    headers: { 'content-type': 'application/problem+json' },
    body: JSON.stringify({
      type: 'about:blank',
      title: 'Unknown error code',
      status: 400,
      detail: `The ${provider} catalog has no code "${asked}" to answer with.${hint} See: kodex list --provider ${provider}`,
      unknownCode: asked,
      nearest: near.map((e) => ({
        key: e.key,
        name: e.name,
        status: e.status,
        category: e.category,
      })),
    }),
  };
}

/**
 * Builds the answers of one provider from its catalog and dialect; the fixed
 * ones are encoded once.
 * @example createProviderAnswers('amocrm').rateLimited(400, 7).status // 429
 */
export function createProviderAnswers(provider: string, lang: Lang = 'ru'): ProviderAnswers {
  const catalog = builtInLookup().catalog(provider);
  const id = catalog.id;
  const special = chooseSpecialEntries(builtInLookup().list(id));
  const dialect = { dialect: id };
  const render = (kind: keyof SpecialEntries, retryAfterMs?: number): EncodedResponse => {
    const entry = special[kind];
    const record = entry
      ? entryRecord(entry, lang, retryAfterMs)
      : statusRecord(id, FALLBACK_STATUS[kind], lang, retryAfterMs);
    return encode(record, dialect);
  };
  const successBody = JSON.stringify(
    Object.hasOwn(SUCCESS_BODIES, id) ? SUCCESS_BODIES[id as keyof typeof SUCCESS_BODIES] : {},
  );
  const success: EncodedResponse = {
    status: 200,
    headers: { 'content-type': JSON_TYPE },
    body: successBody,
  };
  const blocked = render('blocked');
  const transient = render('transient');
  const tooLarge = render('tooLarge');
  const rateLimitedCache = new Map<string, EncodedResponse>();

  return {
    provider: id,
    special,
    success: () => success,
    blocked: () => blocked,
    transient: () => transient,
    tooLarge: () => tooLarge,
    rateLimited(retryAfterMs, limit) {
      const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
      const key = `${seconds}/${limit}`;
      let response = rateLimitedCache.get(key);
      if (!response) {
        // The encoder writes Retry-After (whole seconds) from the record's delay.
        const encoded = render('rateLimited', seconds * 1000);
        response = {
          ...encoded,
          headers: {
            ...encoded.headers,
            'x-ratelimit-limit': String(limit),
            'x-ratelimit-remaining': '0',
            // Seconds until a slot frees: the window slides, so that is its next reset.
            'x-ratelimit-reset': String(seconds),
          },
        };
        // A violating client asks for the same few delays over and over.
        if (rateLimitedCache.size >= MAX_CACHED) rateLimitedCache.clear();
        rateLimitedCache.set(key, response);
      }
      return response;
    },
    onDemand(code, retryAfterSeconds) {
      const entry = builtInLookup().explain(id, code);
      if (!entry) return unknownCode(id, code);
      const retryAfterMs = retryAfterSeconds === undefined ? undefined : retryAfterSeconds * 1000;
      return encode(entryRecord(entry, lang, retryAfterMs), dialect);
    },
  };
}
