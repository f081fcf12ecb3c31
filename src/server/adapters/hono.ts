import type { Context } from 'hono';
import { notFoundError } from '../not-found.js';
import { createRenderer, logUnexpected, type RenderOptions } from '../render.js';

/** A Hono `onError` handler. */
export type KodexErrorHandler = (error: Error, c: Context) => Response;

/** A Hono `notFound` handler. */
export type KodexNotFoundHandler = (c: Context) => Response;

// The path and query, as Node frameworks give `req.url` (an absolute URL here).
function pathOf(url: string): string {
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  return slash < 0 ? '/' : url.slice(slash);
}

function requestOf(c: Context) {
  return { method: c.req.method, url: pathOf(c.req.url), headers: c.req.raw.headers };
}

function responseOf(rendered: { status: number; headers: Record<string, string>; body: string }) {
  return new Response(rendered.body, { status: rendered.status, headers: rendered.headers });
}

/**
 * A Hono `onError` handler that answers in a kodex dialect: kodex errors as
 * they are, `HTTPException` by its status (its own `res` when it was given
 * one), Zod failures (thrown, or from {@link kodexValidationHook}) as
 * invalid_request with field issues, anything else as a 500 with a
 * correlation id and no internals. Runs wherever Hono runs: no Node API.
 * @example
 * app.onError(kodexErrorHandler({ dialect: 'problem' }));
 * app.notFound(kodexNotFound());
 */
export function kodexErrorHandler(options: RenderOptions = {}): KodexErrorHandler {
  const render = createRenderer(options);
  return (error, c) => {
    // An HTTPException built with a response is the author's explicit answer.
    const exception = error as { res?: unknown; getResponse?: () => Response };
    if (exception.res instanceof Response && typeof exception.getResponse === 'function') {
      return exception.getResponse();
    }
    const rendered = render(error, requestOf(c));
    if (!options.onError) logUnexpected(rendered, error);
    return responseOf(rendered);
  };
}

/** A Hono `notFound` handler: an `http` 404 in the dialect. */
export function kodexNotFound(options: RenderOptions = {}): KodexNotFoundHandler {
  const render = createRenderer(options);
  return (c) => responseOf(render(notFoundError(c.req.method, c.req.path), requestOf(c)));
}

/**
 * A validator hook (the `hook` argument of `@hono/zod-validator`'s
 * `zValidator`, or any `(result) => …` hook) that throws a failed result's
 * error, so {@link kodexErrorHandler} answers it as invalid_request with field issues
 * instead of the validator's own 400 body.
 * @example app.post('/orders', zValidator('json', order, kodexValidationHook), create);
 */
export function kodexValidationHook(result: {
  readonly success: boolean;
  readonly error?: unknown;
}): void {
  if (!result.success) throw result.error;
}

export type { RenderOptions, ServerErrorEvent } from '../render.js';
