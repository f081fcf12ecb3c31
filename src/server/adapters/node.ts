import {
  createRenderer,
  logUnexpected,
  type RenderedError,
  type RenderOptions,
} from '../render.js';
import { type NodeRequestLike, type NodeResponseLike, writeRendered } from './write-rendered.js';

export type { NodeRequestLike, NodeResponseLike } from './write-rendered.js';

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
