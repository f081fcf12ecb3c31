import {
  checkArgument,
  isCount,
  isFunction,
  isLang,
  isString,
  optionsReader,
  type RulesOf,
} from '../errors/check-argument.js';
import type { Lang } from '../model/catalog.js';
import { CATEGORY_LABELS } from '../model/categories.js';
import type { ErrorRecord } from '../model/record.js';
import type { DecodeOptions } from './decode.js';

const readDecodeOptions = optionsReader('decode()', {
  provider: [isString, 'a provider id'],
  lang: [isLang, "'ru' or 'en'"],
  maxBodyBytes: [isCount, 'a number of bytes'],
  now: [isFunction, 'a function'],
  url: [isUrlInput, 'a URL string or URL'],
} satisfies RulesOf<DecodeOptions>);

function isUrlInput(value: unknown): value is string | URL {
  return typeof value === 'string' || value instanceof URL;
}

/**
 * The options of a `decode()` call, checked, after a check that there is a
 * response at all: a wrong call shape is a programming error and throws
 * `InvalidArgumentError`; what the response holds is decoded, never thrown.
 */
export function checkDecodeArguments(response: unknown, options: unknown): DecodeOptions {
  const isObject = typeof response === 'object' && response !== null;
  const expected = 'a fetch Response or {status, headers?, body?}';
  checkArgument('decode()', 'response', response, isObject, expected);
  return readDecodeOptions(options) as DecodeOptions;
}

/**
 * The record of a response that could not be read at all (a getter of its
 * status, headers or body threw): `unknown`, with a warning, never the
 * exception. The thrown error stays out of the record: it may quote anything.
 */
export function unreadableRecord(
  response: object,
  provider: string,
  lang: Lang = 'en',
): ErrorRecord {
  let status = 0;
  try {
    const value: unknown = (response as { status?: unknown }).status;
    if (typeof value === 'number' && Number.isInteger(value)) status = value;
  } catch {
    // The status too: 0, as for a status that is no number.
  }
  return {
    provider,
    code: String(status),
    status,
    category: 'unknown',
    retryable: false,
    title: CATEGORY_LABELS.unknown[lang],
    lang,
    fields: [],
    known: false,
    warnings: ['the response could not be read: reading its status, headers or body threw'],
  };
}
