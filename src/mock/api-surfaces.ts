import { defaultLookup } from '../lookup/index.js';
import type { Lang } from '../model/catalog.js';
import type { ProviderId } from '../model/providers.js';
import type { ErrorRecord, FieldIssue } from '../model/record.js';

/** Where a request went: the emulator answers by its path and query. */
export interface RequestTarget {
  readonly path: string;
  readonly query: URLSearchParams;
}

/**
 * How a surface writes an error when the dialect's default form is not its
 * own: another record for the dialect to encode (the code moved to where
 * this surface keeps it), or a wire body of its own.
 */
type ShapedError =
  | { readonly record: ErrorRecord }
  | { readonly body: unknown; readonly contentType?: string };

/**
 * One of a provider's API surfaces — an API era, a language, a wire format —
 * told apart by the request's path or a query parameter. The first surface
 * of a provider that matches answers; none matching, the dialect's defaults do.
 */
export interface ApiSurface {
  /** Short name, shown in the request log. */
  readonly name: string;
  /** The request paths it answers on. */
  readonly path?: RegExp;
  /** A query parameter and the value that selects it (Mobizon `output=xml`). */
  readonly query?: readonly [name: string, value: string];
  /** Language of its messages, whatever the emulator's `lang`. */
  readonly lang?: Lang;
  /** Its wire format. @default 'json' */
  readonly format?: 'json' | 'xml';
  /** Its own form of an error; the dialect's default form when absent or when it answers undefined. */
  readonly shape?: (record: ErrorRecord, lang: Lang) => ShapedError | undefined;
  /** Its plain success body (HTTP 200), when it differs from the provider's. */
  readonly success?: unknown;
}

/** The surface every request that matches no other gets: the dialect's defaults. */
export const DEFAULT_SURFACE: ApiSurface = Object.freeze({ name: 'default' });

// ---- amoCRM ----
// The seed is API v4's «Коды ошибок» page: it shows one v4 body, the
// validation problem (400, `validation-errors`, "Request validation failed"),
// and tables of legacy numeric codes (110–113, 101, 2xx sections) that came
// from API v2 (`/private/api/…`), whose envelope is {"response":{"error",
// "error_code"}}. Decisions, per era:
//  - API v4 (`/api/v4/…`, and any path of no other era): a problem+json of the
//    entry's HTTP status (`status` is what amocrm-js and v4 clients test). A
//    legacy code is kept where v4 keeps it: in the text, «Код ошибки 110. …»
//    (the dialect reads it back from `detail`). A field-level code
//    (NotSupportedChoice) rides in `validation-errors`, as the seed shows it.
//  - API v2 (`/private/api/…`): every numeric code, the HTTP-status ones too
//    («Вместе с этим ответом отдаётся HTTP код №402»), in the v2 envelope.
//  - Chats API (`/v2/origin/custom/…`): {"error_code": HTTP status,
//    "error_type", "error_description"}; the catalog code is the `error_type`
//    (the seed documents no Chats codes, so the catalog's own are used).
//  - OAuth (`/oauth2/…`): the OAuthProblemJson problem with `hint`.
// Successes (280, 2002) are not errors in any era: the dialect's form stays.

const AMO_OAUTH_TYPE = 'https://developers.amocrm.ru/v3/errors/OAuthProblemJson';
// amoCRM's reference: the path of the validation example.
const AMO_FIELD_PATH = 'custom_fields_values.0.field_id';
const NUMERIC = /^[1-9]\d{0,8}$/;

function isSuccess(record: ErrorRecord): boolean {
  return record.status < 300;
}

/** «Код ошибки 110. …» / "Error code 110. …": the legacy code where v4 texts carry it. */
function withLegacyCode(record: ErrorRecord, lang: Lang): string {
  const text = record.detail ?? record.title;
  return `${lang === 'ru' ? 'Код ошибки' : 'Error code'} ${record.code}. ${text}`;
}

function reasonPhrase(status: number): string {
  return defaultLookup().explain('http', String(status))?.title.en ?? `HTTP ${status}`;
}

/** A field-level code (NotSupportedChoice) as v4's validation problem: the code goes in the field. */
function validationRecord(record: ErrorRecord): ErrorRecord {
  const fields: readonly FieldIssue[] = record.fields.length
    ? record.fields
    : [{ path: AMO_FIELD_PATH, code: record.code, message: record.detail ?? record.title }];
  return { ...record, code: String(record.status), detail: 'Request validation failed', fields };
}

function amoV4(record: ErrorRecord, lang: Lang): ShapedError | undefined {
  if (isSuccess(record) || record.code === String(record.status)) return undefined;
  if (!NUMERIC.test(record.code)) return { record: validationRecord(record) };
  return {
    record: { ...record, code: String(record.status), detail: withLegacyCode(record, lang) },
  };
}

function amoV2(record: ErrorRecord, lang: Lang): ShapedError | undefined {
  if (isSuccess(record)) return undefined;
  if (!NUMERIC.test(record.code)) return amoV4(record, lang);
  return {
    body: {
      response: { error: record.detail ?? record.title, error_code: Number(record.code) },
    },
  };
}

function amoChats(record: ErrorRecord): ShapedError | undefined {
  if (isSuccess(record)) return undefined;
  return {
    body: {
      error_code: record.status,
      error_type: record.code,
      error_description: record.detail ?? record.title,
    },
  };
}

function amoOAuth(record: ErrorRecord, lang: Lang): ShapedError | undefined {
  if (isSuccess(record)) return undefined;
  const legacy = record.code !== String(record.status) && NUMERIC.test(record.code);
  return {
    body: {
      hint: record.title,
      title: reasonPhrase(record.status),
      type: AMO_OAUTH_TYPE,
      status: record.status,
      detail: legacy ? withLegacyCode(record, lang) : (record.detail ?? record.title),
    },
    contentType: 'application/problem+json',
  };
}

const AMOCRM: readonly ApiSurface[] = [
  { name: 'api-v4', path: /^\/api\/v4(?:\/|$)/, shape: amoV4 },
  {
    name: 'api-v2',
    path: /^\/private\/api(?:\/|$)/,
    shape: amoV2,
    // API v2 wraps its answers in `response` too.
    success: { response: { server_time: 1_700_000_000 } },
  },
  { name: 'chats', path: /^\/v2\/origin\/custom(?:\/|$)/, shape: amoChats },
  { name: 'oauth2', path: /^\/oauth2?(?:\/|$)/, shape: amoOAuth },
  // Any other path: v4, the API amoCRM documents today.
  { name: 'api-v4', shape: amoV4 },
];

/**
 * Each provider's surfaces, first match wins. Data, so the emulator never
 * branches on a provider's name.
 */
const API_SURFACES: Readonly<Partial<Record<ProviderId, readonly ApiSurface[]>>> = {
  amocrm: AMOCRM,
  // UniSender answers in the language of the path: api.unisender.com/ru/api/…
  // or /en/api/… (its SDKs build the URL from a `lang` option).
  unisender: [
    { name: 'en', path: /^\/en\/api(?:\/|$)/, lang: 'en' },
    { name: 'ru', path: /^\/ru\/api(?:\/|$)/, lang: 'ru' },
  ],
  // Mobizon answers in XML when asked for it by `output=xml` (its SDKs' format option).
  mobizon: [{ name: 'xml', query: ['output', 'xml'], format: 'xml' }],
  // Dellin serves every method as `….json` and `….xml`; the extension picks the format.
  dellin: [{ name: 'xml', path: /\.xml$/i, format: 'xml' }],
};

/**
 * The language a built-in provider writes its messages in when neither the
 * path nor the emulator's `lang` says: Google's APIs answer in English; the
 * others documented here in Russian. A pack's provider answers in English
 * (see provider-answers.ts).
 */
export const PROVIDER_LANG: Readonly<Partial<Record<ProviderId, Lang>>> = { google: 'en' };

/** The surface of a provider that answers a request. */
export function surfaceOf(provider: string, target: RequestTarget): ApiSurface {
  const surfaces = Object.hasOwn(API_SURFACES, provider)
    ? API_SURFACES[provider as ProviderId]
    : undefined;
  if (!surfaces) return DEFAULT_SURFACE;
  for (const surface of surfaces) {
    if (surface.path && !surface.path.test(target.path)) continue;
    if (surface.query && target.query.get(surface.query[0])?.toLowerCase() !== surface.query[1])
      continue;
    return surface;
  }
  return DEFAULT_SURFACE;
}
