import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode/decode.js';
import { PROVIDER_IDS } from '../src/model/providers.js';
import { responseFixtures } from './helpers/response-fixtures.js';

// Random and mutated bodies go to every dialect (named and detected): a record
// or null always comes back, quickly, and no prototype changes.

const seeds: string[] = responseFixtures()
  .map(({ fixture }) => fixture.response.body)
  .filter((body) => body.length > 0);

const provider = fc.constantFrom(undefined, ...PROVIDER_IDS);
const status = fc.constantFrom(
  200,
  201,
  204,
  301,
  400,
  401,
  402,
  403,
  404,
  409,
  413,
  422,
  429,
  500,
  502,
  503,
);

/** A seed body with a few edits: cut, byte flips, inserted junk, duplicated slices. */
const mutated = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom('cut', 'flip', 'insert', 'dup'),
        fc.string({ maxLength: 8 }),
      ),
      { minLength: 1, maxLength: 5 },
    ),
  )
  .map(([body, edits]) => {
    let out = body;
    for (const [at, kind, junk] of edits) {
      const i = out.length ? at % out.length : 0;
      if (kind === 'cut') out = out.slice(0, i);
      else if (kind === 'flip')
        out =
          out.slice(0, i) +
          String.fromCharCode((out.charCodeAt(i) ^ 0x20) & 0xffff) +
          out.slice(i + 1);
      else if (kind === 'insert') out = out.slice(0, i) + junk + out.slice(i);
      else out = out.slice(0, i) + out.slice(i, i + 16) + out.slice(i);
    }
    return out;
  });

const jsonish = fc.json({ depthSize: 'medium' });
const random = fc.oneof(
  fc.string({ maxLength: 500 }),
  fc.string({ unit: 'binary', maxLength: 500 }),
  jsonish,
  mutated,
);

function check(body: string, code: number, name: string | undefined) {
  const started = performance.now();
  const record = decode(
    { status: code, body, headers: { 'content-type': 'application/json' } },
    { provider: name },
  );
  const ms = performance.now() - started;
  expect(ms).toBeLessThan(500);
  if (record !== null) {
    expect(record.status).toBe(code);
    expect(typeof record.code).toBe('string');
    expect(typeof record.category).toBe('string');
    expect(typeof record.retryable).toBe('boolean');
  }
}

describe('decoding fuzz', () => {
  it('has seed bodies to mutate', () => {
    expect(seeds.length).toBeGreaterThan(20);
  });

  it('returns a record or null for random and mutated bodies, every dialect, bounded time', () => {
    fc.assert(
      fc.property(random, status, provider, (body, code, name) => check(body, code, name)),
      {
        numRuns: 3000,
      },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('returns a record or null for mutated XML', () => {
    const xml = seeds.filter((s) => s.trimStart().startsWith('<'));
    fc.assert(
      fc.property(fc.constantFrom(...xml), fc.nat(), status, (body, at, code) =>
        check(
          body.slice(0, at % (body.length + 1)) + body.slice((at * 7) % (body.length + 1)),
          code,
          'dellin',
        ),
      ),
      { numRuns: 500 },
    );
  });
});
