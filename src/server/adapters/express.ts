import { notFoundError } from '../not-found.js';
import { createRenderer, logUnexpected, type RenderOptions } from '../render.js';
import { type NodeRequestLike, type NodeResponseLike, writeRendered } from './write-rendered.js';

/** Express's `next`. */
export type NextFunction = (error?: unknown) => void;

/** An Express error-handling middleware (four parameters: Express tells them by arity). */
export type KodexErrorHandler = (
  error: unknown,
  request: NodeRequestLike,
  response: NodeResponseLike,
  next: NextFunction,
) => void;

/** An Express middleware for requests no route took (mounted after the routes). */
export type KodexNotFoundHandler = (
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
export function kodexErrorHandler(options: RenderOptions = {}): KodexErrorHandler {
  const render = createRenderer(options);
  return (error, request, response, next) => {
    // Express's own handler cuts the connection when the answer has begun.
    if (response.headersSent) {
      next(error);
      return;
    }
    const rendered = render(error, request);
    if (!options.onError) logUnexpected(rendered, error);
    writeRendered(response, rendered);
  };
}

/**
 * An Express middleware for requests no route took: passes an `http` 404 to
 * the error middleware, instead of Express's HTML "Cannot GET".
 */
export function kodexNotFound(): KodexNotFoundHandler {
  return (request, _response, next) => next(notFoundError(request.method, request.url));
}

export type { RenderOptions, ServerErrorEvent } from '../render.js';
