import { buildRecord } from '../decode/build-record.js';
import type { CodeIndex } from '../decode/code-index.js';
import { codeIndexIn, dialectOf } from '../decode/decode.js';
import { encode } from '../decode/encode.js';
import type { EncodedResponse } from '../dialects/dialect.js';
import { defaultLookup } from '../lookup/index.js';
import type { Lang } from '../model/catalog.js';
import type { ListedEntry } from '../model/listed-entry.js';
import { PROVIDER_IDS, type ProviderId } from '../model/providers.js';
import type { ErrorRecord } from '../model/record.js';
import { renderTemplate } from '../model/template.js';
import { isBodilessStatus } from '../wire/response-view.js';
import { type ApiSurface, DEFAULT_SURFACE, PROVIDER_LANG } from './api-surfaces.js';
import { SAMPLE_DATA, type SampleData, sampleParams } from './sample-params.js';
import { chooseSpecialEntries, FALLBACK_STATUS, type SpecialEntries } from './special-entries.js';
import { SUCCESS_BODIES } from './success-bodies.js';
import { xmlBody } from './xml-body.js';

/** What the emulator answers, each in the provider's own dialect. */
export interface ProviderAnswers {
  /** The catalog id the answers are in. */
  readonly provider: string;
  /** The API surface (era, language, format) they are written for. */
  readonly surface: ApiSurface;
  /** The entries chosen for rate violations, bans, faults and oversized bodies. */
  readonly special: SpecialEntries;
  /** The plain success; with `status`, that 2xx or 3xx status (204 and 304 bodiless). */
  success(status?: number): EncodedResponse;
  /**
   * The catalog entry asked for by code, key (`244.events`) or name, with
   * `Retry-After` when `retryAfterSeconds` is given and under `status` when
   * given; a 400 problem naming the nearest codes when the provider has no
   * such code.
   */
  onDemand(code: string, retryAfterSeconds?: number, status?: number): EncodedResponse;
  /**
   * The provider's answer for an HTTP status asked for on demand: its
   * entry whose code is that status, else its first entry documented under
   * it, else that status in its dialect; a success under a 2xx or 3xx status.
   */
  withStatus(status: number, retryAfterSeconds?: number): EncodedResponse;
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
const XML_TYPE = 'application/xml; charset=utf-8';
const MAX_CACHED = 1000;

/** The codes of every provider known: the built-ins and the packs loaded. */
function codeIndex(): CodeIndex {
  return codeIndexIn();
}

/**
 * The occurrence text: the entry's message template with every parameter
 * filled (plausible values, the same on every run), else its title; for an
 * entry told apart from its namesakes by message patterns, a text that
 * matches them.
 */
function detailOf(
  entry: ListedEntry,
  lang: Lang,
  params: Readonly<Record<string, unknown>> | undefined,
): string {
  const other: Lang = lang === 'ru' ? 'en' : 'ru';
  const fill = (template: string | undefined) =>
    template === undefined ? undefined : renderTemplate(template, params);
  const texts = [
    fill(entry.template?.[lang]),
    fill(entry.template?.[other]),
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
function entryRecord(
  entry: ListedEntry,
  lang: Lang,
  retryAfterMs?: number,
  status = entry.status,
): ErrorRecord {
  const data = sampleData(entry);
  const params = { ...sampleParams(entry.params), ...data?.params };
  const filled = Object.keys(params).length ? params : undefined;
  const built = buildRecord(
    codeIndex(),
    {
      code: entry.code,
      detail: detailOf(entry, lang, filled),
      retryAfterMs,
      ...(filled && { params: filled }),
      ...(data?.fields && { fields: data.fields }),
    },
    { provider: entry.provider, status, lang },
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

function sampleData(entry: ListedEntry): SampleData | undefined {
  const byCode = Object.hasOwn(SAMPLE_DATA, entry.provider)
    ? SAMPLE_DATA[entry.provider as ProviderId]
    : undefined;
  return byCode && Object.hasOwn(byCode, entry.code) ? byCode[entry.code] : undefined;
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
  const near = defaultLookup().suggest(provider, code, 5);
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

function bodiless(response: EncodedResponse): EncodedResponse {
  if (!isBodilessStatus(response.status)) return response;
  const { 'content-type': _, ...headers } = response.headers;
  return { status: response.status, headers, body: '' };
}

/** How one API surface writes answers: bodies in its format, records in its shapes. */
interface SurfaceWriter {
  /** A JSON wire body as the surface writes it: JSON, or the same tree in XML. */
  wire(status: number, headers: Record<string, string>, body: unknown): EncodedResponse;
  /** A record in the surface's form of the provider's dialect. */
  encodeRecord(record: ErrorRecord): EncodedResponse;
}

function surfaceWriter(id: string, lang: Lang, surface: ApiSurface): SurfaceWriter {
  const xml = surface.format === 'xml';
  const dialect = { dialect: id };
  const dialectXml = dialectOf(id).formats.includes('xml');
  const wire = (status: number, headers: Record<string, string>, body: unknown) =>
    bodiless(
      xml
        ? { status, headers: { ...headers, 'content-type': XML_TYPE }, body: xmlBody(body) }
        : { status, headers, body: JSON.stringify(body) },
    );
  const encodeRecord = (record: ErrorRecord): EncodedResponse => {
    const shaped = surface.shape?.(record, lang);
    if (shaped && 'body' in shaped) {
      // The dialect's headers (Retry-After) with the surface's own body.
      const base = encode(record, dialect);
      const type = shaped.contentType ?? JSON_TYPE;
      return wire(record.status, { ...base.headers, 'content-type': type }, shaped.body);
    }
    const target = shaped?.record ?? record;
    if (!xml) return bodiless(encode(target, dialect));
    if (dialectXml) return bodiless(encode(target, { ...dialect, format: 'xml' }));
    const json = encode(target, dialect);
    return wire(json.status, { ...json.headers }, JSON.parse(json.body));
  };
  return { wire, encodeRecord };
}

/**
 * Builds the answers of one provider from its catalog and dialect, written
 * for one of its API surfaces (an era, a language, XML); the fixed ones are
 * encoded once.
 * @example createProviderAnswers('amocrm').rateLimited(400, 7).status // 429
 */
export function createProviderAnswers(
  provider: string,
  defaultLang?: Lang,
  surface: ApiSurface = DEFAULT_SURFACE,
): ProviderAnswers {
  const catalog = defaultLookup().catalog(provider);
  const id = catalog.id;
  // A built-in's own language, or, for a pack's provider, English: the
  // language an API kodex has no reference for most likely answers in (and
  // the one a pack's titles are surest to have).
  const own = Object.hasOwn(PROVIDER_LANG, id)
    ? PROVIDER_LANG[id as ProviderId]
    : (PROVIDER_IDS as readonly string[]).includes(id)
      ? undefined
      : 'en';
  const lang = surface.lang ?? defaultLang ?? own ?? 'ru';
  const special = chooseSpecialEntries(defaultLookup().list(id));
  const { wire, encodeRecord } = surfaceWriter(id, lang, surface);

  const render = (kind: keyof SpecialEntries, retryAfterMs?: number): EncodedResponse => {
    const entry = special[kind];
    const fallback = FALLBACK_STATUS[kind];
    // A fault answered by an in-body entry (UniSender retry_later) keeps its 5xx status.
    const status = kind === 'transient' && entry && entry.status < 500 ? fallback : entry?.status;
    const record = entry
      ? entryRecord(entry, lang, retryAfterMs, status)
      : statusRecord(id, fallback, lang, retryAfterMs);
    return encodeRecord(record);
  };
  const successBody =
    surface.success ??
    (Object.hasOwn(SUCCESS_BODIES, id) ? SUCCESS_BODIES[id as keyof typeof SUCCESS_BODIES] : {});
  const successAt = (status: number) => wire(status, { 'content-type': JSON_TYPE }, successBody);
  const success = successAt(200);
  const blocked = render('blocked');
  const transient = render('transient');
  const tooLarge = render('tooLarge');
  const rateLimitedCache = new Map<string, EncodedResponse>();
  const seconds = (s: number | undefined) => (s === undefined ? undefined : s * 1000);

  return {
    provider: id,
    surface,
    special,
    success: (status = 200) => (status === 200 ? success : successAt(status)),
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
    onDemand(code, retryAfterSeconds, status) {
      const entry = defaultLookup().explain(id, code);
      if (!entry) return unknownCode(id, code);
      return encodeRecord(entryRecord(entry, lang, seconds(retryAfterSeconds), status));
    },
    withStatus(status, retryAfterSeconds) {
      if (status < 400) return successAt(status);
      const errors = defaultLookup()
        .list(id)
        .filter((e) => e.status === status && e.kind === 'error');
      const own = errors.find((e) => e.code === String(status)) ?? errors[0];
      return encodeRecord(
        own
          ? entryRecord(own, lang, seconds(retryAfterSeconds), status)
          : statusRecord(id, status, lang, seconds(retryAfterSeconds)),
      );
    },
  };
}
