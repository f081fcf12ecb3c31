export { catalogs } from './catalogs/index.js';
export * from './decode/index.js';
export type {
  DecodedErrors,
  Dialect,
  EncodedResponse,
  EncodeFormat,
  WireError,
} from './dialects/index.js';
export { dialects } from './dialects/index.js';
export * from './errors/index.js';
export * from './lookup/index.js';
export * from './model/index.js';
