import { InvalidArgumentError } from './invalid-argument-error.js';

// Checks of the arguments of kodex's entry points; not part of the public API.

/** Throws an {@link InvalidArgumentError} for `argument` of `call` unless `ok`. */
export function checkArgument(
  call: string,
  argument: string,
  value: unknown,
  ok: boolean,
  expected: string,
): void {
  if (!ok) throw new InvalidArgumentError(call, argument, expected, value);
}

/** What a member must be: a test, and the words for it in a message. */
export type Rule<T = unknown> = readonly [test: (value: unknown) => value is T, expected: string];

/** Rules for every member of an options type: a member added without one fails to compile. */
export type RulesOf<O> = { readonly [K in keyof Required<O>]: Rule };

type Checked<R> = { readonly [K in keyof R]?: R[K] extends Rule<infer T> ? T : never };

export const isString = (value: unknown): value is string => typeof value === 'string';
export const isFunction = (value: unknown): value is (...args: never[]) => unknown =>
  typeof value === 'function';
/** A number, not NaN, not negative (Infinity is one: no limit). */
export const isCount = (value: unknown): value is number => typeof value === 'number' && value >= 0;
export const isLang = (value: unknown): value is 'ru' | 'en' => value === 'ru' || value === 'en';

const NONE = Object.freeze({});

/**
 * A reader of an options argument: `undefined` gives no options; anything
 * else must be an object whose members named in `rules` pass their test when
 * set. It returns those members copied into a plain object, so that a getter
 * runs once and the copy cannot change under the caller; a member whose
 * getter throws is an {@link InvalidArgumentError} too.
 */
export function optionsReader<R extends Record<string, Rule>>(call: string, rules: R) {
  const entries = Object.entries(rules);
  return (options: unknown): Checked<R> => {
    if (options === undefined) return NONE;
    const isObject = typeof options === 'object' && options !== null;
    checkArgument(call, 'options', options, isObject, 'an object');
    const copy: Record<string, unknown> = {};
    for (const [key, [test, expected]] of entries) {
      let value: unknown;
      try {
        value = (options as Record<string, unknown>)[key];
      } catch (error) {
        throw new InvalidArgumentError(call, `options.${key}`, 'readable', options, {
          cause: error,
        });
      }
      if (value === undefined) continue;
      checkArgument(call, `options.${key}`, value, test(value), expected);
      copy[key] = value;
    }
    return copy as Checked<R>;
  };
}
