import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The account of requests that carry no credential. */
const DEFAULT_ACCOUNT = 'default';

// Query parameters that carry the API key (UniSender `api_key`, Mobizon
// `apiKey`, OAuth `access_token`), compared case-insensitively.
const KEY_PARAMS: ReadonlySet<string> = new Set(['api_key', 'apikey', 'access_token']);

/**
 * The account a request is counted against, as a short hash of its
 * credential (the first 8 hex digits of its SHA-256), never the credential
 * itself: the `authorization` header, else an `api_key` / `apikey` /
 * `access_token` query parameter, else {@link DEFAULT_ACCOUNT}.
 */
export function accountOf(headers: IncomingHttpHeaders, query: URLSearchParams): string {
  let secret = headers.authorization;
  if (!secret) {
    for (const [name, value] of query) {
      if (value && KEY_PARAMS.has(name.toLowerCase())) {
        secret = value;
        break;
      }
    }
  }
  if (!secret) return DEFAULT_ACCOUNT;
  return createHash('sha256').update(secret).digest('hex').slice(0, 8);
}
