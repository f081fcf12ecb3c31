import { isObject, type Json } from './find-codes.js';

// The hosts a description's API answers on, for a pack's `hosts`: the
// `servers` of OpenAPI 3.x (a variable takes its default) and the `host` of
// Swagger 2.0. Hosts that are nobody's API — localhost, an address, the
// documentation domains of RFC 2606 — are left out.

/** Most hosts a pack is given; a description listing more names regions, better written as `*.domain`. */
const MAX_HOSTS = 20;
// A catalog's host (catalogs/schema.ts): lower-case DNS labels, two at least.
const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
const NOBODYS = /(^|\.)(localhost|example|test|invalid|local)$|(^|\.)example\.(com|net|org)$/;

/** A server URL with each `{variable}` replaced by its default. */
function expand(url: string, variables: unknown): string {
  return url.replace(/\{([^}]*)\}/g, (whole, name: string) => {
    const variable = isObject(variables) ? variables[name] : undefined;
    const value = isObject(variable) ? variable.default : undefined;
    return typeof value === 'string' ? value : whole;
  });
}

function hostOf(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`).hostname;
  } catch {
    return undefined;
  }
  return host;
}

/** The API's hosts, and what to check about them. */
export function hostsOf(document: Json): { hosts: string[]; review: string[] } {
  const urls: string[] = [];
  if (Array.isArray(document.servers)) {
    for (const server of document.servers) {
      if (isObject(server) && typeof server.url === 'string' && !server.url.startsWith('/'))
        urls.push(expand(server.url, server.variables));
    }
  }
  if (typeof document.host === 'string') urls.push(document.host);
  const hosts = new Set<string>();
  const left: string[] = [];
  for (const url of urls) {
    const host = hostOf(url)?.toLowerCase();
    if (host === undefined || !HOST.test(host) || /^[\d.]+$/.test(host)) {
      left.push(url);
      continue;
    }
    if (NOBODYS.test(host)) left.push(host);
    else hosts.add(host);
  }
  const review = left.length
    ? [`Left out of hosts (a local, example or templated server): ${left.slice(0, 5).join(', ')}.`]
    : [];
  return { hosts: [...hosts].slice(0, MAX_HOSTS), review };
}
