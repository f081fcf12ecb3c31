import { KodexError } from './kodex-error.js';

/** What a value is, in a few words, without reading into it (it may be hostile, or a secret). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 32));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const type = typeof value;
  return type === 'undefined' ? 'undefined' : `${type === 'object' ? 'an' : 'a'} ${type}`;
}

/**
 * A call kodex cannot make sense of: no response, a provider that is not a
 * string, an option of the wrong type. A programming error, unlike a hostile
 * body or headers, which decode to a record. `argument` names what was wrong.
 * @example
 * try { list(1 as never) } catch (e) { if (isInvalidArgumentError(e)) e.argument } // 'provider'
 */
export class InvalidArgumentError extends KodexError {
  /** The argument or option at fault: `response`, `provider`, `options.lang`. */
  readonly argument: string;

  constructor(
    call: string,
    argument: string,
    expected: string,
    got: unknown,
    options?: ErrorOptions,
  ) {
    super(
      'invalid_argument',
      `${call}: ${argument} must be ${expected}, not ${kindOf(got)}.`,
      options,
    );
    this.name = 'InvalidArgumentError';
    this.argument = argument;
  }
}

/** True for an {@link InvalidArgumentError}. */
export function isInvalidArgumentError(error: unknown): error is InvalidArgumentError {
  return error instanceof InvalidArgumentError;
}
