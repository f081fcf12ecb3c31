import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_MAX_BODY_BYTES } from '../wire/response-view.js';
import { NO_ASSETS } from './bundle-assets.js';
import { encodeBody } from './compress.js';
import type { PageAssets } from './pages/page-context.js';
import { problemResponse } from './problem.js';
import { isBodyTooLargeError, readBody } from './read-body.js';
import { createRouter, type WebRequest } from './router.js';
import { apiIndexRoute, listRoute, providersRoute } from './routes/api-catalog.js';
import { decodeRoute } from './routes/api-decode.js';
import { explainRoute } from './routes/api-explain.js';
import { OPENAPI_PATH, openapiRoute } from './routes/api-openapi.js';
import { packsRoute } from './routes/api-packs.js';
import { searchRoute } from './routes/api-search.js';
import { addPageRoutes, notFoundPage } from './routes/pages.js';
import { addStaticRoutes } from './routes/static.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { PACKS_PATH } from './served-packs.js';
import type { WebResponse } from './web-response.js';

/** Options of {@link createWebApp}. */
export interface WebAppOptions {
  /** The browser bundle's output directory, served under `/static/`. */
  readonly assetsDir: string;
  /** The bundle's entry files, as the pages link them. @default no bundle */
  readonly assets?: PageAssets;
  /** Request bodies above this are refused with 413. @default 1048576 (`DEFAULT_MAX_BODY_BYTES`) */
  readonly maxBodyBytes?: number;
  /** Told about an unexpected error behind a 500 answer. @default ignore */
  readonly onError?: (error: unknown) => void;
}

function isApi(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/** Whether the request has a body that has not arrived in full (the answer left it unread). */
function bodyUnread(req: IncomingMessage): boolean {
  const { 'content-length': length, 'transfer-encoding': coding } = req.headers;
  const hasBody = coding !== undefined || (length !== undefined && length !== '0');
  return hasBody && !req.complete;
}

function write(
  req: IncomingMessage,
  res: ServerResponse,
  response: WebResponse,
  head: boolean,
): void {
  const raw = typeof response.body === 'string' ? Buffer.from(response.body) : response.body;
  const { body, headers } = encodeBody(
    raw,
    response.headers['content-type'],
    req.headers['accept-encoding'],
    response.compressed,
  );
  // A body the answer left unread (a 404, a 405, a 413, a route that takes
  // none) is not read to its end: with `Connection: close` Node ends and then
  // destroys the socket as soon as the answer is flushed. Kept alive, the
  // connection would wait for the rest of the body (up to the keep-alive
  // timeout, 5 s) to reach a next request; a reconnect costs the client less.
  const close = bodyUnread(req) ? { connection: 'close' } : undefined;
  res.writeHead(response.status, {
    ...SECURITY_HEADERS,
    ...response.headers,
    ...headers,
    ...close,
    'content-length': String(body.byteLength),
  });
  res.end(head ? undefined : body);
}

/**
 * The web reference as a `node:http` request listener: pages, the JSON API
 * and the bundle's files.
 * @example createServer(createWebApp({ assetsDir: 'dist/web/static' })).listen(4000, '127.0.0.1');
 */
export function createWebApp(options: WebAppOptions) {
  const router = createRouter();
  const assets = options.assets ?? NO_ASSETS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  router.add('GET', '/api', apiIndexRoute);
  router.add('GET', OPENAPI_PATH, openapiRoute);
  router.add('GET', '/api/providers', providersRoute);
  router.add('GET', PACKS_PATH, packsRoute);
  router.add('GET', '/api/list', listRoute);
  router.add('GET', '/api/explain/:provider/:code', explainRoute);
  router.add('GET', '/api/search', searchRoute);
  router.add('POST', '/api/decode', decodeRoute);
  addStaticRoutes(router, options.assetsDir);
  addPageRoutes(router, () => assets);

  async function answer(req: IncomingMessage, url: URL, method: string): Promise<WebResponse> {
    const match = router.match(method, url.pathname);
    const request: WebRequest = {
      method,
      url,
      params: match.kind === 'found' ? match.params : {},
      headers: req.headers,
      readBody: () => readBody(req, maxBodyBytes),
    };
    if (match.kind === 'found') return match.handler(request);
    if (match.kind === 'method') {
      const allow = { allow: match.allow.join(', ') };
      return isApi(url.pathname)
        ? problemResponse(405, `Use ${match.allow.join(' or ')} here.`, {}, allow)
        : {
            status: 405,
            headers: { ...allow, 'content-type': 'text/plain; charset=utf-8' },
            body: 'Method not allowed\n',
          };
    }
    return isApi(url.pathname)
      ? problemResponse(404, `No API endpoint at ${url.pathname.slice(0, 200)}.`)
      : notFoundPage(request, assets);
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    let response: WebResponse;
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      response = await answer(req, url, method);
    } catch (error) {
      if (isBodyTooLargeError(error)) {
        // The rest of the body is never read: the connection closes after the answer (write).
        response = problemResponse(413, error.message, { limit: error.limit });
      } else {
        options.onError?.(error);
        response = problemResponse(500, 'The server failed to answer this request.');
      }
    }
    write(req, res, response, method === 'HEAD');
  };
}
