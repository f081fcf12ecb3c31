import { describe, expect, it } from 'vitest';
import { cardPack } from '../../test/helpers/test-packs.js';
import { catalogs } from '../catalogs/index.js';
import { decode } from '../decode/decode.js';
import { type CatalogEntry, entryKey, type ProviderCatalog } from '../model/catalog.js';
import { registerPack, unregisterPack } from '../packs/provider-set.js';
import { exampleBodies, exampleRecord, sampleParams } from './examples.js';

const custom: ProviderCatalog = {
  id: 'my-api',
  name: 'My API',
  description: { ru: 'Моё API', en: 'My API' },
  seeds: [],
  formats: ['json'],
  success: { signal: 'http-status', description: { ru: '2xx', en: '2xx' } },
  limits: [],
  sections: [{ id: 'main', title: { ru: 'Ошибки', en: 'Errors' }, source: 'my-api' }],
  entries: [
    {
      code: 'QUOTA',
      name: 'Quota',
      status: 429,
      category: 'quota_exceeded',
      retryable: false,
      title: { ru: 'Квота', en: 'Quota' },
      template: { en: 'Used {used} of {limit}' },
      params: { used: { type: 'number' }, limit: { type: 'number' } },
      section: 'main',
    },
  ],
};

describe('exampleBodies', () => {
  it('writes every built-in entry in its dialect and as problem+json, each decoding back to its code', () => {
    for (const catalog of Object.values(catalogs)) {
      const entries: readonly CatalogEntry[] = catalog.entries;
      for (const entry of entries) {
        const examples = exampleBodies(catalog, entry);
        const where = `${catalog.id} ${entryKey(entry)}`;
        expect(examples[0]?.dialect, where).toBe(catalog.id);
        for (const example of examples) {
          const record = decode(
            { status: example.status, headers: example.headers, body: example.body },
            { provider: example.dialect === 'problem' ? undefined : catalog.id },
          );
          if ((entry.kind ?? 'error') === 'success') {
            expect(record, `${where} via ${example.dialect}`).toBeNull();
          } else {
            expect(record, `${where} via ${example.dialect}`).toMatchObject({
              provider: catalog.id,
              code: entry.code,
              known: true,
            });
          }
        }
      }
    }
  });

  it('adds the XML form where the dialect has one, and no problem body for a success', () => {
    const dellin = exampleBodies(catalogs.dellin, catalogs.dellin.entries[0]!);
    expect(dellin.map((e) => [e.dialect, e.format])).toEqual([
      ['dellin', 'json'],
      ['dellin', 'xml'],
      ['problem', 'json'],
    ]);
    expect(dellin[1]!.body).toMatch(/^<\?xml/);
    const mobizon: readonly CatalogEntry[] = catalogs.mobizon.entries;
    const success = mobizon.find((e) => e.kind === 'success')!;
    expect(exampleBodies(catalogs.mobizon, success).map((e) => e.dialect)).toEqual(['mobizon']);
  });

  it("writes a registered pack's entries in the pack's own dialect too", () => {
    const catalog = registerPack(cardPack);
    try {
      const [own, problem] = exampleBodies(catalog, catalog.entries[0]!);
      expect(own).toMatchObject({ dialect: 'cards', mediaType: 'application/json' });
      expect(own!.value).toMatchObject({ error: { code: 'card_declined' } });
      expect(problem).toMatchObject({ dialect: 'problem' });
    } finally {
      unregisterPack('cards');
    }
  });

  it('writes a catalog without a dialect of its own as problem+json only', () => {
    const [example, ...rest] = exampleBodies(custom, custom.entries[0]!);
    expect(rest).toEqual([]);
    expect(example).toMatchObject({ dialect: 'problem', mediaType: 'application/problem+json' });
    expect(example!.value).toMatchObject({
      provider: 'my-api',
      code: 'QUOTA',
      status: 429,
      category: 'quota_exceeded',
      retryable: false,
      detail: 'Used 2 of 2',
    });
  });

  it('gives no dialect to a catalog named like a generic dialect', () => {
    const named = { ...custom, id: 'problem' };
    expect(exampleBodies(named, custom.entries[0]!).map((e) => e.dialect)).toEqual(['problem']);
  });

  it('pretty-prints JSON bodies and keeps the parsed value', () => {
    const [example] = exampleBodies(catalogs.avtocod, catalogs.avtocod.entries[0]!);
    expect(example!.body).toContain('\n  "state": "fail"');
    expect(example!.value).toMatchObject({ state: 'fail', event: { code: 'G001' } });
  });
});

describe('exampleRecord', () => {
  it('fills the template in the asked language with sample parameters', () => {
    const b011 = catalogs.avtocod.entries.find((e) => e.code === 'B011')!;
    expect(sampleParams(b011)).toEqual({ day_quote: 2, report_type: 'example_report_type' });
    const ru = exampleRecord(catalogs.avtocod, b011, 'ru');
    expect(ru.title).toBe(b011.title.ru);
    expect(ru.detail).toContain('(2 ед.)');
    expect(ru.params).toEqual({ day_quote: 2, report_type: 'example_report_type' });
  });

  it('uses the title as the message when there is no template', () => {
    const entry = { ...custom.entries[0]!, template: undefined, params: undefined };
    expect(exampleRecord(custom, entry).detail).toBe('Quota');
  });
});

describe('generated docs', () => {
  it('are the same on every run, though some bodies carry a time stamp', async () => {
    const { renderHtmlPage } = await import('./html.js');
    for (const catalog of [catalogs.avtocod, catalogs.dellin]) {
      const first = renderHtmlPage(catalog);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(renderHtmlPage(catalog)).toBe(first);
    }
  });
});
