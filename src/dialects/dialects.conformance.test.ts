import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testPacks } from '../../test/helpers/test-packs.js';
import { catalogs } from '../catalogs/index.js';
import { buildRecord } from '../decode/build-record.js';
import { createCodeIndex } from '../decode/code-index.js';
import { createKodex, type Kodex } from '../kodex/create-kodex.js';
import type { Lang } from '../model/catalog.js';
import type { DialectSpec } from '../model/pack.js';
import type { ErrorRecord, FieldIssue } from '../model/record.js';
import { checkPack } from '../packs/check-pack.js';
import { createResponseView } from '../wire/response-view.js';
import type { Dialect } from './dialect.js';
import { builtInDialectSpecs, dialects } from './index.js';

// The suite every dialect passes, a built-in's or a loaded pack's:
// detection stays in [0, 1] and never throws; decoding never throws on junk;
// encoding any catalog entry and decoding the result gives the record back,
// with the provider named and detected.

const builtIns = createKodex();
const withPacks = createKodex({ packs: testPacks });
const index = createCodeIndex(withPacks.catalogs);

/** A dialect under test and the kodex that knows its provider. */
interface Case {
  readonly dialect: Dialect;
  readonly kodex: Kodex;
  /** What of a record's field issues the wire form carries. */
  readonly fields: 'none' | 'paths' | 'all';
}

/** What of field issues a pack's dialect carries: a list of issues, one field's name, or none. */
function packFields(spec: DialectSpec | undefined): Case['fields'] {
  if (spec?.format !== 'xml' && spec?.fields) return 'all';
  return 'none';
}

// Dialects whose wire form has no place for field-level issues, or for a
// field's own code and message (Dellin lists the parameter names only).
const NO_FIELDS = new Set(['telphin', 'unisender', 'avtocod', 'http']);
const FIELD_PATHS_ONLY = new Set(['dellin']);

// Entries whose encoded form cannot be told from another provider's without
// being told the provider, with the reason.
const UNDETECTABLE: Record<string, (record: ErrorRecord) => boolean> = {
  // Only the status speaks (Telphin's statusless codes, plain HTTP).
  telphin: (r) => /^\d+$/.test(r.code),
  http: () => true,
};

// Dialects whose body is a line of text whatever the format asked: only the
// status speaks, so there is no JSON or XML form to label.
const TEXT_ONLY = new Set(['http']);

const MEDIA_TYPE: Readonly<Record<'json' | 'xml', RegExp>> = {
  json: /^application\/(?:[\w.-]+\+)?json\b/,
  xml: /^application\/(?:[\w.-]+\+)?xml\b/,
};

const cases: readonly Case[] = [
  ...dialects.map(
    (dialect): Case => ({
      dialect,
      kodex: builtIns,
      fields: NO_FIELDS.has(dialect.id)
        ? 'none'
        : FIELD_PATHS_ONLY.has(dialect.id)
          ? 'paths'
          : 'all',
    }),
  ),
  ...testPacks.map((pack): Case => {
    const dialect = withPacks.providers.dialects.find((d) => d.id === pack.id)!;
    return { dialect, kodex: withPacks, fields: packFields(pack.dialect) };
  }),
];

describe('the dialect registry', () => {
  it('holds each dialect once, each for a catalog that exists, with a wire format', () => {
    const ids = dialects.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const dialect of dialects) {
      expect(Object.keys(catalogs), dialect.id).toContain(dialect.provider);
      expect(dialect.formats.length, dialect.id).toBeGreaterThan(0);
    }
  });

  it.each(Object.entries(builtInDialectSpecs))(
    'loads the built-in %s as a pack: its catalog and dialect pass the checks a loaded pack passes',
    (id, spec) => {
      const catalog = catalogs[id as keyof typeof catalogs];
      expect(checkPack({ ...catalog, dialect: spec }).problems).toBeUndefined();
    },
  );
});

const JUNK = [
  '',
  ' ',
  'null',
  '[]',
  '{}',
  '{"error":null}',
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  '<html><body>oops</body></html>',
  '<?xml version="1.0"?><response/>',
  '{"errors":"x","metadata":1}',
  '{"error":{"errors":[null,1,"x"]}}',
  '{"state":"fail","event":null}',
  '{"validation-errors":[null,{"errors":"x"}]}',
  '\u0000\u0001\u0002',
  '{"code":{"x":1},"data":[],"message":7}',
];

const detail = fc
  .stringMatching(/^[A-Za-zА-Яа-я0-9][A-Za-zА-Яа-я0-9 .,!?()-]{0,60}$/)
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 0);

const field: fc.Arbitrary<FieldIssue> = fc.record(
  {
    path: fc.stringMatching(/^[a-z][a-z0-9_.]{0,20}$/),
    code: fc.stringMatching(/^[A-Za-z][A-Za-z]{0,15}$/),
    message: detail,
  },
  { requiredKeys: ['path'] },
);

describe.each(cases.map((c) => [c.dialect.id, c] as const))('dialect %s', (_id, testCase) => {
  const { dialect, kodex } = testCase;
  const { decode, encode } = kodex;
  // problem+json carries any provider's codes; the others carry their own.
  const entries = kodex
    .list(dialect.id === 'problem' ? undefined : dialect.provider)
    .filter((e) => e.kind !== 'success');

  it.skipIf(TEXT_ONLY.has(dialect.id))(
    'labels each encoding with the media type of its format',
    () => {
      const entry = entries[0]!;
      const record = buildRecord(
        index,
        { code: entry.code },
        { provider: entry.provider, status: entry.status, lang: 'en' },
      );
      for (const format of dialect.formats.filter((f) => f === 'json' || f === 'xml')) {
        const { headers } = encode(record, { dialect: dialect.id, format });
        expect(headers['content-type'], format).toMatch(MEDIA_TYPE[format]);
      }
    },
  );

  it.each(JUNK)('detects and decodes junk %j without throwing', (body) => {
    for (const status of [200, 400, 500]) {
      const view = createResponseView({ status, body });
      const score = dialect.detect(view);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
      expect(() => dialect.decode(view)).not.toThrow();
      expect(() => decode({ status, body }, { provider: dialect.id })).not.toThrow();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  for (const format of dialect.formats.filter((f) => f === 'json' || f === 'xml')) {
    it(`round-trips every ${dialect.provider} catalog entry through ${format}`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...entries),
          fc.option(detail, { nil: undefined }),
          fc.constantFrom<Lang>('ru', 'en'),
          fc.option(fc.integer({ min: 1, max: 3600 }), { nil: undefined }),
          testCase.fields === 'none'
            ? fc.constant([])
            : fc.array(testCase.fields === 'paths' ? field.map((f) => ({ path: f.path })) : field, {
                maxLength: 3,
              }),
          (entry, text, lang, retryAfterSeconds, fields) => {
            const provider = entry.provider;
            const record = buildRecord(
              index,
              {
                code: entry.code,
                detail: text,
                fields,
                retryAfterMs: retryAfterSeconds && retryAfterSeconds * 1000,
              },
              { provider, status: entry.status, lang },
            );
            const encoded = encode(record, {
              dialect: dialect.id,
              format: format as 'json' | 'xml',
            });
            const named = decode(encoded, { provider: dialect.id, lang });
            expect(named).toMatchObject(comparable(record, format));
            const undetectable = UNDETECTABLE[dialect.id]?.(record) ?? false;
            if (!undetectable)
              expect(decode(encoded, { lang })).toMatchObject(comparable(record, format));
          },
        ),
        { numRuns: Math.min(300, entries.length * 4) },
      );
    });
  }
});

/** The parts of a record its encoding must carry back (XML carries text only). */
function comparable(record: ErrorRecord, format: string): Partial<ErrorRecord> {
  const out: Record<string, unknown> = {
    provider: record.provider,
    code: record.code,
    status: record.status,
    category: record.category,
    retryable: record.retryable,
    known: record.known,
    key: record.key,
  };
  if (record.detail !== undefined) out.detail = record.detail;
  if (record.retryAfterMs !== undefined) out.retryAfterMs = record.retryAfterMs;
  if (record.fields.length) {
    out.fields =
      format === 'xml'
        ? record.fields.map((f) => expect.objectContaining({ path: f.path }))
        : record.fields;
  }
  return out as Partial<ErrorRecord>;
}
