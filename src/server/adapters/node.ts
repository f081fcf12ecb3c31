import {
  createRenderer,
  logUnexpected,
  type RenderedError,
  type RenderOptions,
} from '../render.js';

/** The parts of Node's `IncomingMessage` the helper reads. */
export interface NodeRequestLike {
  readonly method?: string;
  readonly url?: string;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
}

/** The parts of Node's `ServerResponse` the helper writes. */
export interface NodeResponseLike {
  readonly headersSent: boolean;
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body: string): unknown;
  destroy(error?: Error): unknown;
}

/**
 * Answers a `node:http` request with an error; returns what was sent, or
 * `undefined` when the response had already begun.
 */
export type KodexErrorHandler = (
  error: unknown,
  request: NodeRequestLike,
  response: NodeResponseLike,
) => RenderedError | undefined;

/**
 * Writes a rendered error. When the headers are already out nothing can be
 * fixed: the connection is cut so the client sees a failure, not a cut body
 * that looks complete.
 */
export function writeRendered(response: NodeResponseLike, rendered: RenderedError): boolean {
  if (response.headersSent) {
    response.destroy();
    return false;
  }
  // With the length known, Node sends the body whole rather than chunked.
  response.writeHead(rendered.status, {
    ...rendered.headers,
    'content-length': String(Buffer.byteLength(rendered.body)),
  });
  response.end(rendered.body);
  return true;
}

/**
 * An error handler for `node:http` servers: answers kodex errors in their
 * dialect (problem+json by default), anything else as a 500 with a
 * correlation id and no internals. Make it once and call it where a request
 * fails; it returns what was sent.
 * @example
 * const sendError = kodexErrorHandler({ dialect: 'problem' });
 * http.createServer((req, res) => route(req, res).catch((error) => sendError(error, req, res)));
 */
export function kodexErrorHandler(options: RenderOptions = {}): KodexErrorHandler {
  const render = createRenderer(options);
  return (error, request, response) => {
    const rendered = render(error, request);
    if (!options.onError) logUnexpected(rendered, error);
    return writeRendered(response, rendered) ? rendered : undefined;
  };
}

export type { RenderedError, RenderOptions, ServerErrorEvent } from '../render.js';
