import { KodexError } from '../errors/kodex-error.js';

/** Why a catalog file could not be used. */
export type CatalogLoadReason =
  | 'unreadable'
  | 'unsupported_extension'
  | 'too_large'
  | 'bad_json'
  | 'bad_yaml'
  | 'import_failed'
  | 'no_export'
  | 'invalid';

/** One schema issue of a catalog: where (`entries[3].status`, `/entries/3/status`) and what. */
export interface CatalogIssue {
  readonly path: string;
  /** The RFC 6901 JSON pointer to the place: `/entries/3/status`; empty for the whole catalog. */
  readonly pointer: string;
  readonly message: string;
}

/**
 * A catalog file that could not be loaded or does not pass the catalog
 * schema; `issues` lists each schema issue with its path.
 */
export class CatalogLoadError extends KodexError {
  readonly file: string;
  readonly reason: CatalogLoadReason;
  readonly issues: readonly CatalogIssue[];

  constructor(
    file: string,
    reason: CatalogLoadReason,
    message: string,
    issues: readonly CatalogIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(`catalog_${reason}`, message, options);
    this.name = 'CatalogLoadError';
    this.file = file;
    this.reason = reason;
    this.issues = issues;
  }
}

/** True for a {@link CatalogLoadError}. */
export function isCatalogLoadError(error: unknown): error is CatalogLoadError {
  return error instanceof CatalogLoadError;
}
