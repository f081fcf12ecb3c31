import { isUnknownProviderError } from '../../errors/unknown-provider-error.js';
import { defaultLookup } from '../../lookup/index.js';
import { CATEGORIES, isCategory } from '../../model/categories.js';
import { entryPath, providerPath } from '../paths.js';
import { problemResponse } from '../problem.js';
import type { WebRequest } from '../router.js';
import { jsonResponse, type WebResponse } from '../web-response.js';
import { OPENAPI_DOCUMENT, OPENAPI_PATH } from './api-openapi.js';

/** `GET /api`: what the API offers, and where its description is. */
export function apiIndexRoute(): WebResponse {
  return jsonResponse({
    name: 'kodex',
    description: 'The JSON API of the kodex error reference.',
    openapi: OPENAPI_PATH,
    // The OpenAPI description is the one list of endpoints.
    endpoints: Object.entries(OPENAPI_DOCUMENT.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        description: (operation as { summary: string }).summary,
      })),
    ),
  });
}

/** `GET /api/providers`: every built-in provider, with its code count and pages. */
export function providersRoute(): WebResponse {
  return jsonResponse(
    defaultLookup().catalogs.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      codes: c.entries.length,
      formats: c.formats,
      ...(c.docs ? { docs: c.docs } : {}),
      url: providerPath(c.id),
    })),
  );
}

/**
 * `GET /api/list[?provider=&category=&status=]`: catalog entries as
 * `kodex list --json` prints them, each with its reference link; 400
 * problem+json for a filter that names nothing.
 */
export function listRoute(request: WebRequest): WebResponse {
  const params = request.url.searchParams;
  const provider = params.get('provider') || undefined;
  const category = params.get('category') || undefined;
  const statusText = params.get('status') || undefined;
  if (category !== undefined && !isCategory(category)) {
    return problemResponse(400, `category must be one of ${CATEGORIES.join(', ')}.`);
  }
  if (statusText !== undefined && !/^[1-5]\d\d$/.test(statusText)) {
    return problemResponse(400, 'status must be an HTTP status from 100 to 599.');
  }
  const status = statusText === undefined ? undefined : Number(statusText);
  try {
    const entries = defaultLookup().list(provider, { category, status });
    return jsonResponse(entries.map((e) => ({ ...e, url: entryPath(e.provider, e.key) })));
  } catch (error) {
    if (!isUnknownProviderError(error)) throw error;
    return problemResponse(400, error.message, { suggestions: error.suggestions });
  }
}
