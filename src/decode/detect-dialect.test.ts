import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { responseFixtures } from '../../test/helpers/response-fixtures.js';
import type { Dialect } from '../dialects/dialect.js';
import { httpDialect } from '../dialects/http.js';
import { dialects } from '../dialects/index.js';
import { createResponseView, type RawResponse } from '../wire/response-view.js';
import { detectDialect } from './detect-dialect.js';

// Detection asks only the dialects a body's keys (or media type) concern. It
// must pick exactly what asking every dialect would, which holds as long as
// each dialect scores 0 on the bodies its `detectKeys` leave out.

/** Detection as it would be without the prefilter: every dialect asked. */
function askEveryDialect(raw: RawResponse): Dialect {
  const view = createResponseView(raw);
  let best: Dialect = httpDialect;
  let bestScore = 0.3;
  for (const dialect of dialects) {
    if (dialect === httpDialect) continue;
    const score = dialect.detect(view);
    if (score > bestScore) {
      best = dialect;
      bestScore = score;
    }
  }
  return best;
}

const KEYS = [
  ...new Set(dialects.flatMap((d) => (d.detectKeys ?? []).flat())),
  'message',
  'data',
  'errors',
  'details',
  'name',
  'cls',
  'version',
  'provider',
  'foo',
  '__proto__',
];

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(
      'fail',
      'ok',
      'invalid_api_key',
      'client_not_found',
      'B011',
      'NoQuoteDay',
      'https://httpstatus.es/400',
      'Код ошибки 244',
      'invalid_grant',
      'INVALID_ARGUMENT',
      'has no confirmation letters',
      'some_status',
      '',
    ),
    fc.constantFrom(0, 1, 13, 98, 100, 400, 429, 500, null, true),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 3 }),
    fc.array(tie('value'), { maxLength: 2 }),
  ),
})).value;

const body = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 5 });
const mediaType = fc.constantFrom(
  'application/json',
  'application/problem+json',
  'application/problem+xml',
  'text/html',
);

const fixtures: RawResponse[] = responseFixtures().map(({ fixture }) => fixture.response);

describe('dialect detection', () => {
  it('picks for every fixture what asking every dialect picks', () => {
    for (const raw of fixtures) {
      expect(detectDialect(createResponseView(raw)).id).toBe(askEveryDialect(raw).id);
    }
  });

  it('picks for random bodies what asking every dialect picks', () => {
    fc.assert(
      fc.property(body, mediaType, fc.constantFrom(200, 400, 429, 500), (json, type, status) => {
        const raw = { status, headers: { 'content-type': type }, body: JSON.stringify(json) };
        expect(detectDialect(createResponseView(raw)).id).toBe(askEveryDialect(raw).id);
      }),
      { numRuns: 3000 },
    );
  });

  it.each(dialects.filter((d) => d.detectKeys).map((d) => [d.id, d] as const))(
    '%s scores 0 on a body that holds none of its key sets',
    (_id, dialect) => {
      const sets = dialect.detectKeys ?? [];
      const concerned = (json: object) =>
        sets.some((set) => set.every((key) => Object.hasOwn(json, key)));
      fc.assert(
        fc.property(body, mediaType, (json, type) => {
          fc.pre(!concerned(json) && !dialect.detectMediaTypes?.includes(type));
          const view = createResponseView({
            status: 400,
            headers: { 'content-type': type },
            body: JSON.stringify(json),
          });
          expect(dialect.detect(view)).toBe(0);
        }),
        { numRuns: 1000 },
      );
    },
  );

  it('asks a dialect whose key sets include the empty set about every body', () => {
    const anything: Dialect = {
      id: 'anything',
      provider: 'http',
      formats: ['json'],
      detectKeys: [['never_seen_either'], []],
      detect: () => 0.9,
      decode: () => [],
      encode: () => ({ status: 500, headers: {}, body: '' }),
    };
    const view = createResponseView({ status: 400, body: '{"a": 1}' });
    expect(detectDialect(view, [anything]).id).toBe('anything');
  });

  it('asks a dialect it has not met with the keys its sets name', () => {
    const custom: Dialect = {
      id: 'custom',
      provider: 'http',
      formats: ['json'],
      detectKeys: [['never_seen_key']],
      detect: (view) => (Object.hasOwn(view.json() as object, 'never_seen_key') ? 0.9 : 0),
      decode: () => [],
      encode: () => ({ status: 500, headers: {}, body: '' }),
    };
    const view = createResponseView({ status: 400, body: '{"never_seen_key": 1}' });
    expect(detectDialect(view, [...dialects, custom]).id).toBe('custom');
  });
});
