import { servedPacks } from '../served-packs.js';
import { jsonResponse, type WebResponse } from '../web-response.js';

/**
 * `GET /api/packs`: the provider packs this server knows besides the
 * built-ins, so that the playground decodes with them in the browser too.
 */
export function packsRoute(): WebResponse {
  return jsonResponse(servedPacks());
}
