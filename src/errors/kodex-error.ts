/**
 * The code of every failure kodex itself throws, stable for scripts. An API's
 * own error is an `ApiError` (`api_error`) whose code is in its record, so a
 * catalog code (`invalid_params`, say) is never taken for one of these.
 *
 * - `api_error`: an API's error, with its normalized record (`ApiError`).
 * - `invalid_argument`: a call kodex cannot make sense of: an argument or option of the wrong type (`InvalidArgumentError`).
 * - `unknown_provider`: a provider or dialect id no loaded catalog has (`UnknownProviderError`).
 * - `unsupported_format`: XML asked of a dialect that is JSON only.
 * - `circuit_open`: the client stopped calling an account the provider blocked, until its cool-down ends.
 * - `network_error`: the request got no response (DNS, connection reset, TLS).
 * - `timeout`: the request got no response in time.
 * - `invalid_catalog`: `defineCatalog` was given a catalog its schema refuses.
 * - `invalid_pack`: a provider pack kodex will not load (`InvalidPackError`), or whose id is taken.
 * - `unknown_code`: a typed catalog was asked for a code it does not have.
 * - `invalid_params`: a catalog error's template params are missing or of the wrong type.
 * - `invalid_rate`, `invalid_fault`, `invalid_option`: the mock was given a rate, a fault or an option it cannot use.
 * - `body_too_large`: a request to `kodex serve` was over its size limit.
 * - `docs_bad_id`, `docs_duplicate_id`, `docs_name_clash`: catalogs whose ids cannot name reference pages.
 * - `catalog_*`: a catalog file `kodex docs --catalog` could not load: unreadable, an unsupported extension, too large, bad JSON or YAML, a module that failed to import or exports no catalog, or one the schema refuses (`CatalogLoadError`).
 */
export type KodexErrorCode =
  | 'api_error'
  | 'invalid_argument'
  | 'unknown_provider'
  | 'unsupported_format'
  | 'circuit_open'
  | 'network_error'
  | 'timeout'
  | 'invalid_catalog'
  | 'invalid_pack'
  | 'unknown_code'
  | 'invalid_params'
  | 'invalid_rate'
  | 'invalid_fault'
  | 'invalid_option'
  | 'body_too_large'
  | 'docs_bad_id'
  | 'docs_duplicate_id'
  | 'docs_name_clash'
  | 'catalog_unreadable'
  | 'catalog_unsupported_extension'
  | 'catalog_too_large'
  | 'catalog_bad_json'
  | 'catalog_bad_yaml'
  | 'catalog_import_failed'
  | 'catalog_no_export'
  | 'catalog_invalid';

/** Base class of every error kodex itself throws; `code` is stable for scripts. */
export class KodexError extends Error {
  readonly code: KodexErrorCode;

  constructor(code: KodexErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'KodexError';
    this.code = code;
  }
}

/** True for any error kodex threw. */
export function isKodexError(error: unknown): error is KodexError {
  return error instanceof KodexError;
}
