import { createRenderer, type RenderedError, type RenderOptions } from '../render.js';

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

/** Sends an error for one request; `undefined` when the response had already begun. */
export type ErrorSender = (
  request: NodeRequestLike,
  response: NodeResponseLike,
  error: unknown,
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
 * Makes a sender of error responses for `node:http` servers (render once per
 * options; see {@link sendError}).
 * @example
 * const send = createErrorSender({ dialect: 'problem' });
 * http.createServer((req, res) => handle(req, res).catch((e) => send(req, res, e)));
 */
export function createErrorSender(options: RenderOptions = {}): ErrorSender {
  const render = createRenderer(options);
  return (request, response, error) => {
    const rendered = render(error, request);
    return writeRendered(response, rendered) ? rendered : undefined;
  };
}

const senders = new WeakMap<RenderOptions, ErrorSender>();
const defaultSender = createErrorSender();

/**
 * Answers a `node:http` request with an error: kodex errors in their
 * dialect (problem+json by default), anything else as a 500 with a
 * correlation id and no internals. Returns what was sent.
 * @example
 * http.createServer(async (req, res) => {
 *   try { await route(req, res); } catch (error) { sendError(req, res, error); }
 * });
 */
export function sendError(
  request: NodeRequestLike,
  response: NodeResponseLike,
  error: unknown,
  options?: RenderOptions,
): RenderedError | undefined {
  if (!options) return defaultSender(request, response, error);
  let sender = senders.get(options);
  if (!sender) {
    sender = createErrorSender(options);
    senders.set(options, sender);
  }
  return sender(request, response, error);
}

export type { RenderedError, RenderOptions, ServerErrorEvent } from '../render.js';
