import type { KodexClient } from '../create-client.js';

/**
 * Options for `ky.create()` / `ky.extend()` that route ky's requests through a
 * kodex client: ky keeps its API, kodex decodes errors and applies the
 * policies (so ky's own retry is turned off, to not retry twice).
 * @example const api = ky.create({ prefixUrl, ...kyOptions(createClient({ provider: 'google' })) });
 */
export function kyOptions(client: KodexClient): { fetch: typeof fetch; retry: 0 } {
  return { fetch: client.fetch, retry: 0 };
}
