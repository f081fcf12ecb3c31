import { decode } from '../../decode/decode.js';
import { readDecodeRequest } from '../../decode/decode-request.js';
import { isUnknownProviderError } from '../../errors/unknown-provider-error.js';
import { defaultLookup } from '../../lookup/index.js';
import { CATEGORY_ADVICE } from '../../model/categories.js';
import type { ErrorRecord } from '../../model/record.js';
import { entryPath } from '../paths.js';
import { problemResponse } from '../problem.js';
import type { WebRequest } from '../router.js';
import { jsonResponse, type WebResponse } from '../web-response.js';

function isJsonType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}

/**
 * `POST /api/decode` with `{status, headers?, body, provider?, url?, lang?}`: the
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
  const parsed = readDecodeRequest(input);
  if (typeof parsed === 'string') return problemResponse(400, `${parsed}.`);
  let record: ErrorRecord | null;
  try {
    record = decode(
      { status: parsed.status, headers: parsed.headers, body: parsed.body },
      { provider: parsed.provider, url: parsed.url, lang: parsed.lang ?? 'en' },
    );
  } catch (error) {
    if (!isUnknownProviderError(error)) throw error;
    return problemResponse(400, error.message, { suggestions: error.suggestions });
  }
  if (!record) return jsonResponse({ record: null });
  const entry = record.key ? defaultLookup().explain(record.provider, record.key) : undefined;
  return jsonResponse({
    record,
    entry: entry ? { ...entry, url: entryPath(entry.provider, entry.key) } : null,
    advice: CATEGORY_ADVICE[record.category][parsed.lang ?? 'en'],
  });
}
