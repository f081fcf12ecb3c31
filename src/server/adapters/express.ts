import { httpErrors } from '../http-catalog.js';
import { createRenderer, type RenderOptions } from '../render.js';
import { type NodeRequestLike, type NodeResponseLike, writeRendered } from './node.js';

/** Express's `next`. */
export type NextFunction = (error?: unknown) => void;

/** An Express error-handling middleware (four parameters: Express tells them by arity). */
export type KodexErrorMiddleware = (
  error: unknown,
  request: NodeRequestLike,
  response: NodeResponseLike,
  next: NextFunction,
) => void;

/**
 * An Express error middleware that answers every error in a kodex dialect
 * (problem+json by default): kodex errors as they are, body-parser failures
 * (`entity.parse.failed` → invalid_request, `entity.too.large` → too_large),
 * http-errors by status, anything else as a 500 with a correlation id. Mount
 * it after the routes.
 * @example
 * app.use(express.json({ limit: '100kb' }));
 * app.post('/orders', createOrder);
 * app.use(kodexNotFound());
 * app.use(kodexErrorHandler({ onError: (e) => log.warn(e.record) }));
 */
export function kodexErrorHandler(options: RenderOptions = {}): KodexErrorMiddleware {
  const render = createRenderer(options);
  return (error, request, response, next) => {
    // Express's own handler cuts the connection when the answer has begun.
    if (response.headersSent) {
      next(error);
      return;
    }
    writeRendered(response, render(error, request));
  };
}

/**
 * An Express middleware for requests no route took: passes an `http` 404 to
 * the error middleware, instead of Express's HTML "Cannot GET".
 */
export function kodexNotFound(): (
  request: NodeRequestLike,
  response: NodeResponseLike,
  next: NextFunction,
) => void {
  return (request, _response, next) => {
    const path = (request.url ?? '/').split('?')[0]!.slice(0, 200);
    next(httpErrors.error('404', {}, { detail: `${request.method ?? 'GET'} ${path}` }));
  };
}

export type { RenderOptions, ServerErrorEvent } from '../render.js';
