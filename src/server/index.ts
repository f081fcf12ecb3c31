// kodex/server: define your own error catalog, raise its codes with typed
// params, render any error in a dialect. Runtime-neutral (no Node API): the
// framework adapters live in kodex/fastify, kodex/express, kodex/hono, kodex/node.
//
// Adapter names: the subpath names the framework, the export names the slot
// it fills, the same in every adapter (as each `hono/<runtime>` exports
// `handle`): `kodexErrorHandler(options)` for the error handler
// (`setErrorHandler`, Express's error middleware, `app.onError`, or a
// `node:http` catch), `kodexNotFound(options)` where the framework routes
// (`setNotFoundHandler`, a last middleware, `app.notFound`), and a name for
// what only one framework has: Fastify's `kodexPlugin`, Hono's
// `kodexValidationHook`. Moving an app between frameworks changes the import,
// not the names; the `kodex` prefix keeps them apart from the framework's own
// in an app's file. Each is a factory taking the options once, so a renderer
// is made once per app, not once per error.

export {
  ApiError,
  type ApiErrorInit,
  type ApiErrorRecord,
  isApiError,
} from '../errors/api-error.js';
export type {
  ApiErrorOptions,
  CatalogEntryInput,
  CatalogInput,
  CatalogSectionInput,
  EntryFor,
  ErrorArgs,
  ErrorCode,
  NoParams,
  ParamValues,
} from './catalog-types.js';
export {
  type CodeOf,
  defineCatalog,
  type ParamsOf,
  type TypedCatalog,
} from './define-catalog.js';
export {
  createRenderer,
  type ErrorRenderer,
  type ErrorRequest,
  type RenderedError,
  type RenderOptions,
  type RequestHeaders,
  type ServerErrorEvent,
} from './render.js';
export type { ValidationErrorFactory } from './translate-error.js';
