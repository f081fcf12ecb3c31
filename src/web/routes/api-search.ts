import { isUnknownProviderError } from '../../errors/unknown-provider-error.js';
import { defaultLookup } from '../../lookup/index.js';
import { problemResponse } from '../problem.js';
import type { WebRequest } from '../router.js';
import { jsonResponse, type WebResponse } from '../web-response.js';

/** Most hits one search answers. */
export const MAX_SEARCH_LIMIT = 100;

/**
 * `GET /api/search?q=[&provider=&limit=]`: ranked hits across providers, in
 * Russian and English, the same array `kodex search --json` prints.
 */
export function searchRoute(request: WebRequest): WebResponse {
  const params = request.url.searchParams;
  const query = params.get('q');
  if (query === null) return problemResponse(400, 'The query parameter q is required.');
  const limitText = params.get('limit');
  const limit = limitText === null ? 20 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) {
    return problemResponse(400, `limit must be an integer from 1 to ${MAX_SEARCH_LIMIT}.`);
  }
  try {
    const provider = params.get('provider') || undefined;
    return jsonResponse(defaultLookup().search(query, { provider, limit }));
  } catch (error) {
    if (!isUnknownProviderError(error)) throw error;
    return problemResponse(400, error.message, { suggestions: error.suggestions });
  }
}
