import { redactUrl } from '../wire/redact.js';

// The catalog schema accepts any URL (`javascript:`, `data:`, `file:` pass
// z.url()); a reference page links only to the web, and a page opened from
// disk must not link into the reader's file system.
const LINKABLE = new Set(['http:', 'https:']);

/**
 * The normalized URL when it is an http(s) link a page may point to, else
 * `undefined` (the page then shows the text unlinked).
 * @example safeUrl('javascript:alert(1)') // undefined
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!LINKABLE.has(parsed.protocol) || parsed.username || parsed.password) return undefined;
  // A docs link is published: a credential in its query must not be.
  return redactUrl(parsed.href);
}
