import { KodexError } from './kodex-error.js';

/** A provider id that no loaded catalog has; `suggestions` are the nearest ids. */
export class UnknownProviderError extends KodexError {
  readonly provider: string;
  readonly suggestions: readonly string[];

  constructor(provider: string, suggestions: readonly string[]) {
    const hint = suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : '';
    super('unknown_provider', `Unknown provider "${provider.slice(0, 64)}".${hint}`);
    this.name = 'UnknownProviderError';
    this.provider = provider;
    this.suggestions = suggestions;
  }
}

/** True for an {@link UnknownProviderError}. */
export function isUnknownProviderError(error: unknown): error is UnknownProviderError {
  return error instanceof UnknownProviderError;
}
