import { anchorId } from '../docs/anchor.js';

/** The reference page of a provider. */
export function providerPath(provider: string): string {
  return `/providers/${encodeURIComponent(provider)}`;
}

/**
 * The permanent link of an entry: its provider's page at the entry's anchor,
 * by the docs generator's anchor rule (`244.events` → `#code-244-events`), so
 * links into the generated pages and into this site are interchangeable.
 */
export function entryPath(provider: string, key: string): string {
  return `${providerPath(provider)}#${anchorId(key)}`;
}

/** The page of a category. */
export function categoryPath(category: string): string {
  return `/categories/${encodeURIComponent(category)}`;
}

/**
 * The page of one entry (`/providers/avtocod/codes/B011`): a permanent link
 * the server can see all of, so its language switch keeps the code, which a
 * `#fragment` never reaches the server to do.
 */
export function codePath(provider: string, key: string): string {
  return `${providerPath(provider)}/codes/${encodeURIComponent(key)}`;
}
