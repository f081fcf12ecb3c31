import type { IncomingHttpHeaders } from 'node:http';
import type { WebResponse } from './web-response.js';

/** A request as routes see it. */
export interface WebRequest {
  readonly method: string;
  readonly url: URL;
  /** Path parameters by name, percent-decoded. */
  readonly params: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  /** The body, read up to the server's size limit (throws `BodyTooLargeError` beyond it). */
  readBody(): Promise<Uint8Array>;
}

/** A route's handler. */
export type Handler = (request: WebRequest) => WebResponse | Promise<WebResponse>;

/** How a path matched: the route's handler, or the methods the path allows. */
export type RouteMatch =
  | { readonly kind: 'found'; readonly handler: Handler; readonly params: Record<string, string> }
  | { readonly kind: 'method'; readonly allow: readonly string[] }
  | { readonly kind: 'none' };

interface Route {
  readonly method: string;
  readonly segments: readonly string[];
  readonly handler: Handler;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function matchSegments(
  pattern: readonly string[],
  path: readonly string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = Object.create(null);
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i]!;
    const got = path[i];
    if (want === '*') {
      params['*'] = path.slice(i).join('/');
      return params;
    }
    if (got === undefined) return undefined;
    if (want.startsWith(':')) {
      const value = decodeSegment(got);
      if (value === undefined || value === '') return undefined;
      params[want.slice(1)] = value;
    } else if (want !== got) return undefined;
  }
  return pattern.length === path.length ? params : undefined;
}

/**
 * A small router: `GET /providers/:provider`, a trailing `*` for the rest of
 * the path (kept percent-encoded). HEAD is answered by GET routes.
 * @example
 * const router = createRouter();
 * router.add('GET', '/api/search', handler);
 * router.match('GET', '/api/search');
 */
export function createRouter() {
  const routes: Route[] = [];
  return {
    add(method: string, path: string, handler: Handler): void {
      routes.push({ method, segments: path.split('/').slice(1), handler });
    },
    match(method: string, pathname: string): RouteMatch {
      const path = pathname.split('/').slice(1);
      const allow = new Set<string>();
      for (const route of routes) {
        const params = matchSegments(route.segments, path);
        if (!params) continue;
        if (route.method === method || (method === 'HEAD' && route.method === 'GET')) {
          return { kind: 'found', handler: route.handler, params };
        }
        allow.add(route.method);
        if (route.method === 'GET') allow.add('HEAD');
      }
      return allow.size ? { kind: 'method', allow: [...allow] } : { kind: 'none' };
    },
  };
}

/** The router {@link createRouter} makes. */
export type Router = ReturnType<typeof createRouter>;
