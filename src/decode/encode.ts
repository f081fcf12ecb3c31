import type { EncodedResponse } from '../dialects/dialect.js';
import { KodexError } from '../errors/kodex-error.js';
import type { ErrorRecord } from '../model/record.js';
import { dialectOf } from './decode.js';

/** Options of {@link encode}. */
export interface EncodeOptions {
  /** Dialect id (a provider id or `problem`). @default the record's provider */
  readonly dialect?: string;
  /** @default 'json' */
  readonly format?: 'json' | 'xml';
  /** Clock for the time stamps some bodies carry (Avtocod, Dellin). @default Date.now */
  readonly now?: () => number;
}

/**
 * Renders a record as a response in a dialect, such that decoding the result
 * gives the record back.
 * @example encode(record, { dialect: 'problem' }) // { status, headers: {'content-type': 'application/problem+json'}, body }
 */
export function encode(record: ErrorRecord, options: EncodeOptions = {}): EncodedResponse {
  const dialect = dialectOf(options.dialect ?? record.provider);
  if (options.format === 'xml' && !dialect.formats.includes('xml')) {
    throw new KodexError('unsupported_format', `The ${dialect.id} dialect has no XML form.`);
  }
  return dialect.encode(record, { format: options.format ?? 'json', now: options.now });
}
