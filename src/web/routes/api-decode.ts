import { decode } from '../../decode/decode.js';
import { isObject, own } from '../../dialects/json-access.js';
import { isUnknownProviderError } from '../../errors/unknown-provider-error.js';
import { builtInLookup } from '../../lookup/index.js';
import type { Lang } from '../../model/catalog.js';
import { CATEGORY_ADVICE } from '../../model/categories.js';
import type { ErrorRecord } from '../../model/record.js';
import { entryPath } from '../paths.js';
import { problemResponse } from '../problem.js';
import type { WebRequest } from '../router.js';
import { jsonResponse, type WebResponse } from '../web-response.js';

interface DecodeRequest {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body: string;
  readonly provider?: string;
  readonly lang: Lang;
}

function isJsonType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}

/** Validates the decoded JSON; a string says what is wrong. */
function readRequest(input: unknown): DecodeRequest | string {
  if (!isObject(input)) return 'The body must be a JSON object.';
  const status = own(input, 'status');
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
    return 'status must be an HTTP status from 100 to 599.';
  }
  const headers = own(input, 'headers');
  if (headers !== undefined && headers !== null && !isObject(headers)) {
    return 'headers must be an object of header names to values.';
  }
  const body = own(input, 'body');
  const provider = own(input, 'provider');
  if (provider !== undefined && provider !== null && typeof provider !== 'string') {
    return 'provider must be a string.';
  }
  const lang = own(input, 'lang');
  if (lang !== undefined && lang !== 'ru' && lang !== 'en') return 'lang must be ru or en.';
  return {
    status,
    headers: (headers ?? undefined) as Record<string, string> | undefined,
    // A body given as a JSON value is decoded as the text it stands for.
    body:
      typeof body === 'string'
        ? body
        : body === undefined || body === null
          ? ''
          : JSON.stringify(body),
    provider: provider || undefined,
    lang: lang ?? 'en',
  };
}

/**
 * `POST /api/decode` with `{status, headers?, body, provider?, lang?}`: the
 * normalized record (`null` for a success), its catalog entry and what to
 * do. Errors are problem+json: 415 for a non-JSON type, 400 for bad JSON, a
 * bad field or an unknown provider, 413 above the body limit (by the server).
 */
export async function decodeRoute(request: WebRequest): Promise<WebResponse> {
  if (!isJsonType(request.headers['content-type'])) {
    return problemResponse(415, 'Send the request as application/json.');
  }
  const bytes = await request.readBody();
  let input: unknown;
  try {
    input = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return problemResponse(400, 'The body is not valid JSON (UTF-8).');
  }
  const parsed = readRequest(input);
  if (typeof parsed === 'string') return problemResponse(400, parsed);
  let record: ErrorRecord | null;
  try {
    record = decode(
      { status: parsed.status, headers: parsed.headers, body: parsed.body },
      { provider: parsed.provider, lang: parsed.lang },
    );
  } catch (error) {
    if (!isUnknownProviderError(error)) throw error;
    return problemResponse(400, error.message, { suggestions: error.suggestions });
  }
  if (!record) return jsonResponse({ record: null });
  const entry = record.key ? builtInLookup().explain(record.provider, record.key) : undefined;
  return jsonResponse({
    record,
    entry: entry ? { ...entry, url: entryPath(entry.provider, entry.key) } : null,
    advice: CATEGORY_ADVICE[record.category][parsed.lang],
  });
}
