// kodex: decode any provider's error response into one record, encode a
// record back, and look codes up. This list is the public API of `import
// 'kodex'`: what README documents, and the types their signatures use.
// Everything else under src/ is internal and may change in any release;
// etc/api/ records this surface and `npm test` fails when it drifts.
//
// Left out on purpose: the dialects, detection and record building behind
// `decode` (one entry point, not its steps), the wire helpers (response view,
// header and Retry-After parsing), and `ApiError`, which the client throws
// and the server raises: `kodex/client` and `kodex/server` export it.

export { type BuiltInCatalogs, catalogs } from './catalogs/index.js';
export { type DecodeOptions, decode } from './decode/decode.js';
export { type EncodeOptions, encode } from './decode/encode.js';
export type { EncodedResponse } from './dialects/dialect.js';
export {
  InvalidArgumentError,
  InvalidPackError,
  isInvalidArgumentError,
  isInvalidPackError,
  isKodexError,
  isUnknownProviderError,
  KodexError,
  type KodexErrorCode,
  type PackProblem,
  UnknownProviderError,
} from './errors/index.js';
export { createKodex, type Kodex, type KodexOptions } from './kodex/create-kodex.js';
export { explain, list, search, suggest } from './lookup/index.js';
export type {
  ExplainedEntry,
  ExplainOptions,
  ListOptions,
  SearchHit,
  SearchOptions,
} from './lookup/lookup.js';
export type {
  CatalogEntry,
  DocumentedAmount,
  DocumentedRate,
  EntryKind,
  Lang,
  Limit,
  ParamSpec,
  ParamType,
  ProviderCatalog,
  PublishedEntry,
  Section,
  SuccessSignal,
  Text,
  WireFormat,
} from './model/catalog.js';
export type {
  CatalogEntryInput,
  CatalogInput,
  CatalogSectionInput,
} from './model/catalog-input.js';
export { CATEGORIES, type Category } from './model/categories.js';
export type { ListedEntry } from './model/listed-entry.js';
export type {
  BodyPointer,
  BodySuccessSpec,
  DetectionSpec,
  DialectSpec,
  FieldsSpec,
  ProviderPack,
} from './model/pack.js';
export { PROVIDER_IDS, type ProviderId } from './model/providers.js';
export type { Rate } from './model/rate.js';
export type { ErrorRecord, FieldIssue } from './model/record.js';
export {
  type ProviderSet,
  registerPack,
  unregisterPack,
} from './packs/provider-set.js';
export type { HeadersInput } from './wire/headers.js';
export { isSecretName, redactHeaders, redactText, redactUrl } from './wire/redact.js';
export type { RawResponse } from './wire/response-view.js';
