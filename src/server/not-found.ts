import type { ApiError } from '../errors/api-error.js';
import { httpErrors } from './http-catalog.js';

/**
 * The `http` 404 every adapter answers an unrouted request with; its detail
 * names the method and path (the query left out: it may hold credentials).
 */
export function notFoundError(method: string | undefined, url: string | undefined): ApiError {
  const path = (url ?? '/').split('?')[0]!.slice(0, 200);
  return httpErrors.error('404', {}, { detail: `${method ?? 'GET'} ${path}` });
}
