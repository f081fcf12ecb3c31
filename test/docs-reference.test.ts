import { describe, expect, it } from 'vitest';
import { catalogs } from '../src/catalogs/index.js';
import { anchorId } from '../src/docs/anchor.js';
import { escapeHtml } from '../src/docs/escape-html.js';
import { escapeMarkdown } from '../src/docs/escape-markdown.js';
import { responseName } from '../src/docs/openapi.js';
import { type DocsFormat, renderDocs } from '../src/docs/render-docs.js';
import { entryKey } from '../src/model/catalog.js';

// Generated things are checked, not trusted: every entry key of every built-in
// catalog must be in each generated reference, under its permanent anchor.

const all = Object.values(catalogs);

function filesOf(format: DocsFormat): Map<string, string> {
  return new Map(renderDocs(all, format).map((f) => [f.name, f.content]));
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('the generated reference', () => {
  it('has every code of every catalog in the HTML pages, once, under its anchor', () => {
    const files = filesOf('html');
    for (const catalog of all) {
      const html = files.get(`${catalog.id}.html`)!;
      expect(count(html, '<article class="entry"'), catalog.id).toBe(catalog.entries.length);
      for (const entry of catalog.entries) {
        const anchor = anchorId(entryKey(entry));
        const where = `${catalog.id} ${entryKey(entry)}`;
        expect(count(html, ` id="${anchor}"`), where).toBe(1);
        const article = html.slice(html.indexOf(`<article class="entry" id="${anchor}">`));
        expect(article, where).toMatch(
          new RegExp(
            `^[^]*?<a class="self" href="#${anchor}">${escapeRe(escapeHtml(entry.code))}</a>`,
          ),
        );
        expect(article.slice(0, article.indexOf('</article>')), where).toContain(
          escapeHtml(entry.title.en),
        );
      }
      expect(files.get('index.html')).toContain(`href="${catalog.id}.html"`);
    }
  });

  it('has every code of every catalog in the Markdown pages, once, under its anchor', () => {
    const files = filesOf('md');
    for (const catalog of all) {
      const md = files.get(`${catalog.id}.md`)!;
      expect(count(md, '<a id="code-'), catalog.id).toBe(catalog.entries.length);
      for (const entry of catalog.entries) {
        const anchor = anchorId(entryKey(entry));
        const where = `${catalog.id} ${entryKey(entry)}`;
        expect(count(md, `<a id="${anchor}"></a>`), where).toBe(1);
        expect(md, where).toContain(`<a id="${anchor}"></a>\n\n### ${escapeMarkdown(entry.code)}`);
        expect(md, where).toContain(`](#${anchor})`);
      }
      expect(files.get('index.md')).toContain(`](${catalog.id}.md)`);
    }
  });

  it('has a response component for every code of every catalog in the OpenAPI documents', () => {
    const files = filesOf('openapi');
    for (const catalog of all) {
      const document = JSON.parse(files.get(`${catalog.id}.openapi.json`)!);
      const responses = document.components.responses as Record<
        string,
        { 'x-kodex': { key: string; status: number } }
      >;
      expect(Object.keys(responses), catalog.id).toHaveLength(catalog.entries.length);
      for (const entry of catalog.entries) {
        const key = entryKey(entry);
        const response = responses[responseName(catalog.id, key)];
        expect(response?.['x-kodex'], `${catalog.id} ${key}`).toMatchObject({
          key,
          status: entry.status,
        });
      }
    }
  });
});

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
