import { describe, expect, it } from 'vitest';
import { catalogs } from '../src/catalogs/index.js';
import { renderEntryCard } from '../src/cli/render-entry.js';
import { DOCS_FORMATS, renderDocs } from '../src/docs/render-docs.js';
import { defaultLookup } from '../src/lookup/index.js';
import type { Lang, ProviderCatalog } from '../src/model/catalog.js';
import type { PageContext } from '../src/web/pages/page-context.js';
import { EMPTY_FORM, renderPlaygroundPage } from '../src/web/pages/playground-page.js';
import { renderProviderPage } from '../src/web/pages/provider-page.js';
import { captureIo } from './helpers/test-io.js';

// Everything kodex publishes about the built-in catalogs speaks to the reader
// of the API. The maintainers' provenance (entry `note`, catalog `notes` and
// `seeds`, section `seed`, limit `source`) stays in src/catalogs and never
// reaches a page, a card or a JSON output.

const INTERNAL =
  /\bseeds?\b|seed\s*\d{3}|taxonomy|design\.md|shared\/|not-in-seed|\bissue\s+\d+|\bnote:/i;

/** Each internal word in a text, with some context, named after its output. */
function leaks(name: string, text: string): string[] {
  const found: string[] = [];
  const global = new RegExp(INTERNAL.source, 'gi');
  for (const match of text.matchAll(global)) {
    const at = match.index ?? 0;
    found.push(`${name}: …${text.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, ' ')}…`);
  }
  return found;
}

const all: readonly ProviderCatalog[] = Object.values(catalogs);
const lookup = defaultLookup();

describe('published text', () => {
  it('the catalogs keep their provenance, in fields no output publishes', () => {
    const notes = all.flatMap((c) => c.entries.filter((e) => e.note));
    expect(notes.length).toBeGreaterThan(100);
    // The reader's text never leans on the maintainers' sources.
    const decisions = all.flatMap((c) =>
      c.entries.flatMap((e) => leaks(`${c.id} ${e.code} decision`, e.decision ?? '')),
    );
    expect(decisions).toEqual([]);
  });

  it.each(DOCS_FORMATS)('kodex docs --format %s says nothing internal', (format) => {
    const found = renderDocs(all, format).flatMap((file) => leaks(file.name, file.content));
    expect(found).toEqual([]);
  });

  it.each(['en', 'ru'] as const)('the web reference in %s says nothing internal', (lang: Lang) => {
    const ctx = (path: string): PageContext => ({
      lang,
      url: new URL(`http://kodex.test${path}`),
      assets: { scripts: [], styles: [] },
    });
    const found = [
      ...all.flatMap((c) =>
        leaks(`/providers/${c.id}`, String(renderProviderPage(ctx(`/providers/${c.id}`), c, {}))),
      ),
      ...leaks(
        '/playground',
        String(renderPlaygroundPage(ctx('/playground'), { form: EMPTY_FORM })),
      ),
    ];
    expect(found).toEqual([]);
  });

  it('kodex explain cards and --json, and kodex list --json, say nothing internal', () => {
    const { io } = captureIo();
    const found: string[] = [];
    for (const catalog of all) {
      for (const listed of lookup.list(catalog.id)) {
        const entry = lookup.explain(catalog.id, listed.code, {
          section: listed.section,
          status: listed.status,
        });
        expect(entry, listed.key).toBeDefined();
        const name = `explain ${catalog.id} ${listed.key}`;
        found.push(...leaks(name, renderEntryCard(io, entry!, catalog)));
        found.push(...leaks(`${name} --json`, JSON.stringify(entry)));
        expect(entry, name).not.toHaveProperty('note');
      }
    }
    const listed = lookup.list();
    found.push(...leaks('list --json', JSON.stringify(listed)));
    expect(listed.filter((e) => 'note' in e)).toEqual([]);
    expect(found).toEqual([]);
  });
});
