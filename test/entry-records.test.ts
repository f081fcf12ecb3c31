import { describe, expect, it } from 'vitest';
import { catalogs } from '../src/catalogs/index.js';
import { buildRecord } from '../src/decode/build-record.js';
import { createCodeIndex } from '../src/decode/code-index.js';
import { decode } from '../src/decode/decode.js';
import { exampleBodies, exampleRecord, sampleParams } from '../src/docs/examples.js';
import type { CatalogEntry, Lang, ProviderCatalog } from '../src/model/catalog.js';
import { entryKey, pick } from '../src/model/catalog.js';
import type { ErrorRecord } from '../src/model/record.js';
import type { ApiErrorOptions } from '../src/server/catalog-types.js';
import { defineCatalog } from '../src/server/define-catalog.js';
import { REDACTED, redactText } from '../src/wire/redact.js';

// Three paths build the record of a catalog entry: decoding a response, an API
// author's catalog.error(), the docs' examples. One function builds it
// (src/decode/entry-record.ts); these tests keep the three in agreement over
// every built-in entry, in both languages.

const LANGS: readonly Lang[] = ['en', 'ru'];
const ALL: readonly ProviderCatalog[] = Object.values(catalogs);

/** A built-in catalog through defineCatalog, its codes taken as any string. */
function raising(catalog: ProviderCatalog) {
  return defineCatalog(catalog) as unknown as {
    record(code: string, params: object, options: ApiErrorOptions): ErrorRecord;
    error(
      code: string,
      params: object,
      options: ApiErrorOptions,
    ): { recordIn(l: Lang): ErrorRecord };
  };
}

/**
 * The example with its message as a received or raised one is kept: credentials
 * hidden. An example without a template reads the title as its message, and
 * one title looks like a credential to the redaction (radist 30005, «2FA
 * password: too many attempts»), so only there do the paths differ.
 */
function asReceived(example: ErrorRecord): ErrorRecord {
  return example.detail === undefined
    ? example
    : { ...example, detail: redactText(example.detail) };
}

function isError(entry: CatalogEntry): boolean {
  return (entry.kind ?? 'error') === 'error';
}

describe('the record of a catalog entry', () => {
  it("is the same from the docs' example and from the catalog's own error()", () => {
    let checked = 0;
    for (const catalog of ALL) {
      const typed = raising(catalog);
      for (const entry of catalog.entries) {
        for (const lang of LANGS) {
          const example = asReceived(exampleRecord(catalog, entry, lang));
          // The docs' examples read the title as the message of an entry without a template.
          const detail = pick(entry.template, lang) === undefined ? entry.title[lang] : undefined;
          const params = sampleParams(entry);
          expect(typed.record(entryKey(entry), params, { lang, detail })).toEqual(example);
          const error = typed.error(entryKey(entry), params, { lang, detail });
          expect(error.recordIn(lang)).toEqual(example);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("is the same from the docs' example and from decoding the same occurrence", () => {
    for (const catalog of ALL) {
      for (const entry of catalog.entries) {
        // An index of this entry alone: which of a code's meanings decoding
        // picks is resolveEntry's part, tested with the dialects; this is the
        // record it builds.
        const index = createCodeIndex([{ ...catalog, entries: [entry] }]);
        for (const lang of LANGS) {
          const example = exampleRecord(catalog, entry, lang);
          const decoded = buildRecord(
            index,
            { code: entry.code, detail: example.detail, params: example.params },
            { provider: catalog.id, status: entry.status, lang },
          );
          expect(decoded).toEqual(asReceived(example));
        }
      }
    }
  });

  // These dialects carry every part of the record (code, message, params) both
  // ways; the others drop some (the variant of a shared code, params they do
  // not write) and are tested with their dialects.
  it.each(['avtocod', 'dellin', 'telphin', 'http'] as const)(
    'is given back by decoding the example bodies of %s',
    (id) => {
      const catalog: ProviderCatalog = catalogs[id];
      for (const entry of catalog.entries.filter(isError)) {
        for (const lang of LANGS) {
          const example = exampleRecord(catalog, entry, lang);
          const own = exampleBodies(catalog, entry, { lang }).filter((b) => b.dialect === id);
          expect(own.length).toBeGreaterThan(0);
          for (const body of own) expect(decode(body, { provider: id, lang })).toEqual(example);
        }
      }
    },
  );

  it('hides a credential param in the example, as decoding and the server do', () => {
    // seed 003, S100: Avtocod echoes the malformed token in `data`.
    const s100 = catalogs.avtocod.entries.find((e) => e.code === 'S100')!;
    const example = exampleRecord(catalogs.avtocod, s100, 'en');
    expect(example.params).toEqual({ token: REDACTED });
    expect(example.detail).toBe(`Malformed authorization token:${REDACTED}`);
    const raised = raising(catalogs.avtocod).record('S100', { token: 'tok_123456789' }, {});
    expect(raised).toEqual(example);
  });
});
