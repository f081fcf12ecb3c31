// kodex/server: define your own error catalog, raise its codes with typed
// params, render any error in a dialect. Runtime-neutral (no Node API): the
// framework adapters live in kodex/fastify, kodex/express, kodex/hono, kodex/node.

export { renderTemplate } from '../model/template.js';
export {
  isKodexApiError,
  KodexApiError,
  type KodexApiErrorOptions,
  type ToResponseOptions,
} from './api-error.js';
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
export { CORRELATION_HEADER, correlationIdOf, randomCorrelationId } from './correlation.js';
export {
  type CodeOf,
  defineCatalog,
  type ParamsOf,
  type TypedCatalog,
} from './define-catalog.js';
export { httpErrors, statusRecord } from './http-catalog.js';
export { negotiateFormat, negotiateLang } from './negotiate.js';
export { normalizeCatalog } from './normalize-catalog.js';
export {
  createRenderer,
  type ErrorRenderer,
  type ErrorRequest,
  type RenderedError,
  type RenderOptions,
  type RequestHeaders,
  type ServerErrorEvent,
} from './render.js';
export {
  type TranslatedError,
  translateError,
  type ValidationErrorFactory,
} from './translate-error.js';
