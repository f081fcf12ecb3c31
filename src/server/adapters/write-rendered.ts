import type { RenderedError } from '../render.js';

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
