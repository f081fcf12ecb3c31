/** Base class of every error kodex itself throws; `code` is stable for scripts. */
export class KodexError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'KodexError';
    this.code = code;
  }
}

/** True for any error kodex threw. */
export function isKodexError(error: unknown): error is KodexError {
  return error instanceof KodexError;
}
