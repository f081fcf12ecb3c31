import type { ProviderCatalog } from '../model/catalog.js';
import { defaultProviders, type ProviderSet } from '../packs/provider-set.js';

/** Finds the provider whose API answers on a URL's host. */
export interface HostIndex {
  providerOf(url: string | URL): string | undefined;
}

/** Indexes the `hosts` of a set of catalogs (exact hosts, and `*.domain` suffixes). */
export function createHostIndex(from: readonly Pick<ProviderCatalog, 'id' | 'hosts'>[]): HostIndex {
  const exact = new Map<string, string>();
  // Longest domain first, so a more specific suffix wins.
  const suffixes: [suffix: string, provider: string][] = [];
  for (const catalog of from) {
    for (const host of catalog.hosts ?? []) {
      if (host.startsWith('*.')) suffixes.push([host.slice(1), catalog.id]);
      else exact.set(host, catalog.id);
    }
  }
  suffixes.sort((a, b) => b[0].length - a[0].length);

  function providerOf(url: string | URL): string | undefined {
    const host = hostOf(url);
    if (!host) return undefined;
    const found = exact.get(host);
    if (found !== undefined) return found;
    for (const [suffix, provider] of suffixes) if (host.endsWith(suffix)) return provider;
    return undefined;
  }
  return { providerOf };
}

// A URL's host, lower-case and without the trailing dot of a fully qualified
// name; undefined for anything that is not an absolute URL (never throws).
function hostOf(url: string | URL): string | undefined {
  let host: string;
  if (typeof url === 'string') {
    // Longer than any real URL: not worth parsing.
    if (url.length > 8192) return undefined;
    if (!URL.canParse(url)) return undefined;
    host = new URL(url).hostname;
  } else if (url instanceof URL) {
    host = url.hostname;
  } else {
    return undefined;
  }
  return host.endsWith('.') ? host.slice(0, -1) : host || undefined;
}

const hostIndexes = new WeakMap<ProviderSet, HostIndex>();

/** The provider (built-in or a loaded pack's) whose API answers on the URL's host, if any. */
export function providerOfUrl(
  url: string | URL,
  set: ProviderSet = defaultProviders(),
): string | undefined {
  let index = hostIndexes.get(set);
  if (index === undefined) {
    index = createHostIndex(set.catalogs);
    hostIndexes.set(set, index);
  }
  return index.providerOf(url);
}
