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
