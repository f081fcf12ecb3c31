import { notFoundError } from '../not-found.js';
import {
  createRenderer,
  logUnexpected,
  type RenderedError,
  type RenderOptions,
} from '../render.js';

/** The parts of a Fastify request the adapter reads. */
export interface FastifyRequestLike {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly log?: { readonly level?: unknown; error(object: object, message?: string): void };
}

/** The parts of a Fastify reply the adapter writes. */
export interface FastifyReplyLike {
  code(status: number): FastifyReplyLike;
  headers(values: Record<string, string>): FastifyReplyLike;
  send(payload: string): unknown;
}

/** The parts of a Fastify instance the plugin configures. */
export interface FastifyInstanceLike {
  setErrorHandler(
    handler: (error: unknown, request: FastifyRequestLike, reply: FastifyReplyLike) => unknown,
  ): unknown;
  setNotFoundHandler(
    handler: (request: FastifyRequestLike, reply: FastifyReplyLike) => unknown,
  ): unknown;
}

/** Options of {@link kodexPlugin}. */
export interface KodexPluginOptions extends RenderOptions {
  /** Answer unrouted requests with an `http` 404 in the dialect. @default true */
  readonly notFound?: boolean;
}

/** A Fastify error handler (for `setErrorHandler`). */
export type KodexErrorHandler = (
  error: unknown,
  request: FastifyRequestLike,
  reply: FastifyReplyLike,
) => void;

/** A Fastify not-found handler (for `setNotFoundHandler`). */
export type KodexNotFoundHandler = (request: FastifyRequestLike, reply: FastifyReplyLike) => void;

// Without an onError hook, unexpected errors go to Fastify's own logger, as
// its default handler does, with the record and correlation id beside them.
// With Fastify's logger off, request.log is a stand-in that drops everything
// and, unlike a real logger, has no level: the console takes its place then,
// as in the other adapters, so the id in the 500 still leads somewhere.
function logUnexpectedError(
  request: FastifyRequestLike,
  error: unknown,
  rendered: RenderedError,
): void {
  if (typeof request.log?.level !== 'string') {
    logUnexpected(rendered, error);
    return;
  }
  request.log.error(
    { err: error, correlationId: rendered.correlationId, record: rendered.record },
    'unexpected error',
  );
}

/**
 * A Fastify error handler (for `setErrorHandler`) that answers in a kodex
 * dialect: kodex errors as they are, schema validation failures
 * (`error.validation`) as invalid_request with one field issue per AJV error,
 * Fastify's and http-errors' errors by status, anything else as a 500 with a
 * correlation id and no internals. {@link kodexPlugin} sets it for the whole
 * app; this is for one encapsulated scope.
 * @example scope.setErrorHandler(kodexErrorHandler({ dialect: 'problem' }));
 */
export function kodexErrorHandler(options: RenderOptions = {}): KodexErrorHandler {
  const render = createRenderer(options);
  const log = !options.onError;
  return (error, request, reply) => {
    const rendered = render(error, request);
    if (log && rendered.unexpected) logUnexpectedError(request, error, rendered);
    reply.code(rendered.status).headers(rendered.headers).send(rendered.body);
  };
}

/**
 * A Fastify not-found handler (for `setNotFoundHandler`): an `http` 404 in the
 * dialect. {@link kodexPlugin} sets it for the whole app; this is for one
 * encapsulated scope.
 * @example scope.setNotFoundHandler(kodexNotFound({ dialect: 'problem' }));
 */
export function kodexNotFound(options: RenderOptions = {}): KodexNotFoundHandler {
  const handler = kodexErrorHandler(options);
  return (request, reply) => handler(notFoundError(request.method, request.url), request, reply);
}

/**
 * The Fastify plugin: sets {@link kodexErrorHandler} (and {@link kodexNotFound})
 * on the instance that registers it. It sets `Symbol.for('skip-override')`,
 * as fastify-plugin does, so the handlers apply outside the plugin's scope
 * without a dependency on fastify-plugin.
 * @example
 * await app.register(kodexPlugin, { dialect: 'problem', onError: (e) => app.log.warn(e.record) });
 */
export const kodexPlugin = Object.assign(
  function kodexPlugin(
    instance: FastifyInstanceLike,
    options: KodexPluginOptions,
    done: (error?: Error) => void,
  ): void {
    instance.setErrorHandler(kodexErrorHandler(options));
    if (options.notFound !== false) instance.setNotFoundHandler(kodexNotFound(options));
    done();
  },
  {
    [Symbol.for('skip-override')]: true,
    [Symbol.for('fastify.display-name')]: 'kodex',
  },
);

export type { RenderOptions, ServerErrorEvent } from '../render.js';
