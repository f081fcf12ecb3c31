import { checkArgument } from '../errors/check-argument.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { isKodexError } from '../errors/kodex-error.js';
import { isCategory } from '../model/categories.js';
import type { ErrorRecord } from '../model/record.js';

type Members = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Members => typeof v === 'object' && v !== null;
const isString = (v: unknown) => typeof v === 'string';
const optional = (test: (v: unknown) => boolean) => (v: unknown) => v === undefined || test(v);

// What each member of a record must be (model/record.ts), and in words.
const MEMBERS: readonly [string, (v: unknown) => boolean, string][] = [
  ['provider', isString, 'a provider id'],
  ['code', isString, 'a string'],
  ['status', Number.isInteger, 'an HTTP status'],
  ['category', isCategory, 'a category'],
  ['retryable', (v) => typeof v === 'boolean', 'a boolean'],
  ['known', (v) => typeof v === 'boolean', 'a boolean'],
  ['title', isString, 'a string'],
  ['fields', Array.isArray, 'an array'],
  ['detail', optional(isString), 'a string'],
  ['docs', optional(isString), 'a string'],
  ['name', optional(isString), 'a string'],
  ['key', optional(isString), 'a string'],
  ['lang', optional((v) => v === 'ru' || v === 'en'), "'ru' or 'en'"],
  // Any number: a delay that is not finite and above 0 is no delay, and the
  // one writer of Retry-After (wire/retry-after.ts) leaves it out.
  ['retryAfterMs', optional((v) => typeof v === 'number'), 'a number of milliseconds'],
  ['params', optional(isObject), 'an object'],
  ['others', optional(Array.isArray), 'an array'],
];

const FIELD_MEMBERS: readonly [string, (v: unknown) => boolean, string][] = [
  ['path', isString, 'a string'],
  ['code', optional(isString), 'a string'],
  ['message', optional(isString), 'a string'],
  ['validValues', optional(Array.isArray), 'an array'],
  ['badValues', optional(Array.isArray), 'an array'],
];

function checkMembers(
  call: string,
  at: string,
  value: unknown,
  members: typeof MEMBERS,
): asserts value is Members {
  checkArgument(call, at, value, isObject(value), 'an object');
  for (const [name, ok, expected] of members) {
    const member = (value as Members)[name];
    checkArgument(call, `${at}.${name}`, member, ok(member), expected);
  }
}

function checkShape(call: string, at: string, record: unknown, depth: number): void {
  checkMembers(call, at, record, MEMBERS);
  for (const [i, field] of (record.fields as unknown[]).entries())
    checkMembers(call, `${at}.fields[${i}]`, field, FIELD_MEMBERS);
  const others = (record.others ?? []) as unknown[];
  // The others of a record have no others of their own; one level is all a response holds.
  checkArgument(call, `${at}.others`, others, depth === 0 || others.length === 0, 'empty');
  for (const [i, other] of others.entries())
    checkShape(call, `${at}.others[${i}]`, other, depth + 1);
}

/**
 * Throws `InvalidArgumentError` unless `record` has the members of an
 * {@link ErrorRecord} with their types, naming the first that has not
 * (`encode(): record.fields[0].path must be a string, not undefined.`).
 */
export function checkRecord(call: string, record: unknown): asserts record is ErrorRecord {
  try {
    checkShape(call, 'record', record, 0);
  } catch (error) {
    if (isKodexError(error)) throw error;
    // A getter or a proxy trap that threw.
    throw new InvalidArgumentError(call, 'record', 'readable', record, { cause: error });
  }
}
