import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  decode,
  type ErrorRecord,
  encode,
  explain,
  isInvalidArgumentError,
  isKodexError,
  list,
  search,
  suggest,
} from '../src/index.js';
import { PROVIDER_IDS } from '../src/model/providers.js';

// Every entry point of `import 'kodex'`, called with junk: it answers, or
// throws one of kodex's typed errors, never a TypeError of its internals;
// and no prototype changes. A hostile response is no programming error: it
// decodes to a record (`unknown` at worst), whatever its getters do.

const boom = () => {
  throw new Error('boom');
};

/** Objects that fight back when read. */
function hostileObjects(): object[] {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const trapAll = new Proxy(
    {},
    {
      get: boom,
      has: boom,
      ownKeys: boom,
      getPrototypeOf: boom,
      getOwnPropertyDescriptor: boom,
    },
  );
  return [
    revoked.proxy,
    trapAll,
    Object.defineProperty({}, 'status', { get: boom, enumerable: true }),
    Object.defineProperty({ status: 500 }, 'body', { get: boom, enumerable: true }),
    Object.defineProperty({ status: 500 }, 'headers', { get: boom, enumerable: true }),
    { status: 500, headers: Object.defineProperty({}, 'x-a', { get: boom, enumerable: true }) },
    { status: 500, headers: { [Symbol.iterator]: boom } },
    { status: 500, headers: { forEach: boom, get: boom } },
    { status: 500, body: Object.defineProperty({}, 'error', { get: boom, enumerable: true }) },
    { status: 500, body: { toJSON: boom } },
    { status: 429, body: trapAll, headers: trapAll },
  ];
}

const keys = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'provider',
    'status',
    'body',
    'headers',
    'lang',
    'limit',
    'category',
    'section',
    'dialect',
    'format',
  ),
);

// fast-check reads what it generates (to clone and to print it): a hostile
// object goes through it as a reference, made real only for the call.
class HostileRef {
  constructor(readonly index: number) {}
  toString() {
    return `hostileObjects()[${this.index}]`;
  }
}

/** The arguments, with hostile references made real (at the top and one level in). */
function real(args: readonly unknown[]): unknown[] {
  const one = (v: unknown) => (v instanceof HostileRef ? hostileObjects()[v.index] : v);
  return args.map((arg) =>
    arg !== null && typeof arg === 'object' && Object.getPrototypeOf(arg) === Object.prototype
      ? Object.fromEntries(Object.entries(arg).map(([k, v]) => [k, one(v)]))
      : one(arg),
  );
}

/** Any value: primitives, odd objects, `__proto__` keys, and the hostile objects. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    key: keys,
    maxDepth: 3,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withDate: true,
  }),
  fc.integer({ min: 0, max: hostileObjects().length - 1 }).map((i) => new HostileRef(i)),
  fc.func(fc.anything()),
);

const provider = fc.oneof(fc.constantFrom(...PROVIDER_IDS, 'problem'), junk);

const decodeArgs = fc.tuple(
  fc.oneof(
    junk,
    fc.record(
      { status: fc.oneof(fc.constantFrom(200, 400, 429, 500), junk), headers: junk, body: junk },
      { requiredKeys: [] },
    ),
  ),
  fc.oneof(
    junk,
    fc.record(
      {
        provider,
        lang: fc.oneof(fc.constantFrom('ru', 'en'), junk),
        maxBodyBytes: fc.oneof(fc.nat(), junk),
        now: fc.oneof(
          fc.constant(() => 0),
          junk,
        ),
      },
      { requiredKeys: [] },
    ),
  ),
);

/** What calling `fn` did: its value, or what it threw. */
async function outcome(fn: () => unknown): Promise<{ threw: boolean; error?: unknown }> {
  try {
    await fn();
    return { threw: false };
  } catch (error) {
    return { threw: true, error };
  }
}

function expectTyped(result: { threw: boolean; error?: unknown }): void {
  if (!result.threw) return;
  expect(result.error).not.toBeInstanceOf(TypeError);
  expect(isKodexError(result.error), String(result.error)).toBe(true);
}

function prototypes() {
  return [Object.prototype, Array.prototype, Function.prototype].map((p) =>
    Object.entries(Object.getOwnPropertyDescriptors(p)).map(([k, d]) => [k, d.value, d.get]),
  );
}

let before: ReturnType<typeof prototypes>;
beforeEach(() => {
  before = prototypes();
});
afterEach(() => {
  expect(prototypes()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('decode() with a wrong call', () => {
  it.each([
    ['no argument', []],
    ['null', [null]],
    ['a string', ['{"error":1}']],
    ['a number', [500]],
  ])('throws InvalidArgumentError for %s', (_what, args) => {
    const call = () => (decode as (...a: unknown[]) => unknown)(...args);
    expect(call).toThrow(/^decode\(\): response must be a fetch Response/);
    try {
      call();
    } catch (error) {
      expect(isInvalidArgumentError(error)).toBe(true);
      expect(error).toMatchObject({ code: 'invalid_argument', argument: 'response' });
    }
  });

  it('throws InvalidArgumentError for a mistyped option, naming it', () => {
    const body = { status: 500, body: '' };
    const call = (options: unknown) => () => decode(body, options as never);
    expect(call(5)).toThrow('decode(): options must be an object, not 5.');
    expect(call({ provider: 1 })).toThrow('decode(): options.provider must be a provider id');
    expect(call({ lang: 'fr' })).toThrow(`decode(): options.lang must be 'ru' or 'en', not "fr".`);
    expect(call({ maxBodyBytes: -1 })).toThrow('options.maxBodyBytes');
    expect(call({ now: 'now' })).toThrow('options.now');
    expect(call(Object.defineProperty({}, 'lang', { get: boom }))).toThrow(
      'decode(): options.lang must be readable',
    );
  });
});

describe('decode() of a response that fights back', () => {
  it.each(hostileObjects().map((o, i) => [i, o] as const))(
    'gives a record, not the exception (hostile object %i)',
    (_i, response) => {
      const record = decode(response as { status: number });
      expect(record === null || typeof record.category === 'string').toBe(true);
    },
  );

  it('says so in an unknown record when the body cannot be read', () => {
    const response = Object.defineProperty({ status: 500 }, 'body', { get: boom });
    expect(decode(response as never, { provider: 'google', lang: 'ru' })).toEqual({
      provider: 'google',
      code: '500',
      status: 500,
      category: 'unknown',
      retryable: false,
      title: 'Неизвестно',
      lang: 'ru',
      fields: [],
      known: false,
      warnings: ['the response could not be read: reading its status, headers or body threw'],
    });
  });

  it('resolves to an unknown record for a Response whose body cannot be read', async () => {
    const response = Object.defineProperty(new Response('{}', { status: 503 }), 'body', {
      get: boom,
    });
    await expect(decode(response)).resolves.toMatchObject({ status: 503, category: 'unknown' });
  });

  it('still throws UnknownProviderError for an unknown provider', () => {
    const response = Object.defineProperty({ status: 500 }, 'body', { get: boom });
    expect(() => decode(response as never, { provider: 'gogle' })).toThrow(/Unknown provider/);
  });
});

describe('lookups and encode() with a wrong call', () => {
  it('throw InvalidArgumentError naming the argument', async () => {
    const calls: [() => unknown, string][] = [
      [
        () => list({ provider: 1 } as never),
        'list(): provider must be a provider id, not an object.',
      ],
      [() => list(undefined, { category: 'nope' } as never), 'list(): options.category'],
      [() => explain(undefined as never, 'B011'), 'explain(): provider must be a provider id'],
      [() => explain('avtocod', {} as never), 'explain(): code must be a code'],
      [() => suggest('avtocod', 'B01', -1), 'suggest(): max must be a whole number'],
      [() => search(5 as never), 'search(): text must be a string, not 5.'],
      [() => search('квота', { limit: '3' } as never), 'search(): options.limit'],
      [() => encode(undefined as never), 'encode(): record must be an object, not undefined.'],
      [() => encode({} as never), 'encode(): record.provider must be a provider id'],
    ];
    for (const [call, message] of calls) {
      expect(call).toThrow(message);
      await expect(outcome(call)).resolves.toMatchObject({ error: { code: 'invalid_argument' } });
    }
  });
});

describe('every entry point with generated junk', () => {
  const runs = { numRuns: 300 };

  it('decode() answers, or throws a KodexError', async () => {
    await fc.assert(
      fc.asyncProperty(decodeArgs, async (args) => {
        const [response, options] = real(args);
        expectTyped(await outcome(() => decode(response as never, options as never)));
      }),
      runs,
    );
  });

  it('list(), explain(), suggest() and search() answer, or throw a KodexError', async () => {
    const code = fc.oneof(fc.constantFrom('B011', '244', 30), junk);
    const options = fc.oneof(
      junk,
      fc.record(
        {
          category: fc.oneof(fc.constant('rate_limited'), junk),
          status: fc.oneof(fc.constant(429), junk),
          section: junk,
          limit: fc.oneof(fc.nat(50), junk),
          provider,
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(provider, code, options, junk, junk, async (...args) => {
        const [p, c, o, text, max] = real(args);
        expectTyped(await outcome(() => list(p as never, o as never)));
        expectTyped(await outcome(() => explain(p as never, c as never, o as never)));
        expectTyped(await outcome(() => suggest(p as never, c as never, max as never)));
        expectTyped(await outcome(() => search(text as never, o as never)));
        expectTyped(await outcome(() => search('rate limit', o as never)));
      }),
      runs,
    );
  });

  it('encode() answers, or throws a KodexError, for records with one member of junk', async () => {
    const base = decode({
      status: 429,
      headers: { 'retry-after': '3' },
      body: '{"error":{"code":429,"message":"slow","status":"RESOURCE_EXHAUSTED"}}',
    }) as ErrorRecord;
    const member = fc.constantFrom(...Object.keys(base), 'fields', 'others', 'params', 'detail');
    const record = fc.oneof(
      junk,
      fc.tuple(member, junk).map(([key, value]) => Object.assign({ ...base }, { [key]: value })),
    );
    const options = fc.oneof(
      junk,
      fc.record(
        {
          dialect: provider,
          format: fc.oneof(fc.constantFrom('json', 'xml'), junk),
          now: fc.oneof(
            fc.constant(() => 0),
            junk,
          ),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(record, options, async (...args) => {
        const [r, o] = real(args);
        expectTyped(await outcome(() => encode(r as never, o as never)));
      }),
      runs,
    );
  });
});
