import { isUnknownProviderError } from '../../errors/unknown-provider-error.js';
import { defaultLookup } from '../../lookup/index.js';
import { CATEGORY_ADVICE } from '../../model/categories.js';
import { entryPath } from '../paths.js';
import { problemResponse } from '../problem.js';
import type { WebRequest } from '../router.js';
import { jsonResponse, type WebResponse } from '../web-response.js';

/**
 * `GET /api/explain/:provider/:code[?status=&section=]`: the entry with its
 * other meanings, advice and reference link; 404 problem+json with the
 * nearest codes (or providers) when unknown.
 */
export function explainRoute(request: WebRequest): WebResponse {
  const { provider, code } = request.params as { provider: string; code: string };
  const statusText = request.url.searchParams.get('status');
  const status = statusText && /^\d{3}$/.test(statusText) ? Number(statusText) : undefined;
  const section = request.url.searchParams.get('section') ?? undefined;
  const lookup = defaultLookup();
  try {
    const entry = lookup.explain(provider, code, { status, section });
    if (!entry) {
      const suggestions = lookup.suggest(provider, code).map((e) => e.key);
      const hint = suggestions.length ? ` Nearest codes: ${suggestions.join(', ')}.` : '';
      return problemResponse(
        404,
        `No code "${code.slice(0, 64)}" in the ${lookup.catalog(provider).id} catalog.${hint}`,
        { suggestions },
      );
    }
    return jsonResponse({
      ...entry,
      url: entryPath(entry.provider, entry.key),
      advice: CATEGORY_ADVICE[entry.category],
    });
  } catch (error) {
    if (!isUnknownProviderError(error)) throw error;
    return problemResponse(404, error.message, { suggestions: error.suggestions });
  }
}
