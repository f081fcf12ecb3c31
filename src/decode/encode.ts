import type { EncodedResponse } from '../dialects/dialect.js';
import { isString, optionsReader, type RulesOf } from '../errors/check-argument.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { isKodexError, KodexError } from '../errors/kodex-error.js';
import type { ErrorRecord } from '../model/record.js';
import { defaultProviders, type ProviderSet } from '../packs/provider-set.js';
import { checkRecord } from './check-record.js';
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

const readEncodeOptions = optionsReader('encode()', {
  dialect: [isString, 'a dialect id'],
  format: [(v: unknown): v is 'json' | 'xml' => v === 'json' || v === 'xml', "'json' or 'xml'"],
  now: [(v: unknown): v is () => number => typeof v === 'function', 'a function'],
} satisfies RulesOf<EncodeOptions>);

/**
 * Renders a record as a response in a dialect, such that decoding the result
 * gives the record back.
 * @example encode(record, { dialect: 'problem' }) // { status, headers: {'content-type': 'application/problem+json'}, body }
 */
export function encode(record: ErrorRecord, options?: EncodeOptions): EncodedResponse {
  return encodeIn(defaultProviders(), record, options);
}

/** {@link encode} with the dialects of a set of providers (a `kodex` instance's). */
export function encodeIn(
  set: ProviderSet,
  record: ErrorRecord,
  options?: EncodeOptions,
): EncodedResponse {
  checkRecord('encode()', record);
  const { dialect: id, format = 'json', now } = readEncodeOptions(options);
  const dialect = dialectOf(id ?? record.provider, set);
  if (format === 'xml' && !dialect.formats.includes('xml')) {
    throw new KodexError('unsupported_format', `The ${dialect.id} dialect has no XML form.`);
  }
  try {
    return dialect.encode(record, { format, now });
  } catch (error) {
    // A member the shape check let through that a dialect cannot read (a revoked proxy as `params`).
    if (isKodexError(error)) throw error;
    const expected = `a record the ${dialect.id} dialect can encode`;
    throw new InvalidArgumentError('encode()', 'record', expected, record, { cause: error });
  }
}
