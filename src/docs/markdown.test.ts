import { describe, expect, it } from 'vitest';
import { hostileCatalog, PAYLOAD } from '../../test/fixtures/docs/hostile-catalog.js';
import { catalogs } from '../catalogs/index.js';
import { renderMarkdownIndex, renderMarkdownPage } from './markdown.js';

/** The page with fenced blocks removed (checking that every fence closes) and code spans blanked. */
function prose(markdown: string): string {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const open = /^(`{3,})/.exec(line)?.[1];
    if (fence === undefined && open) fence = open;
    else if (fence !== undefined && line === fence) fence = undefined;
    else if (fence === undefined) lines.push(line);
  }
  expect(fence, 'a code block never closes').toBeUndefined();
  // A code span: a run of backticks, then anything up to the same run.
  return lines.join('\n').replace(/(?<!\\)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g, 'CODE');
}

// Raw HTML the renderer itself writes; any other tag came from catalog text.
const OWN_HTML = /^<(a id="(code|section)-[\w-]+"|\/a|details|\/details|summary|\/summary)>/;

function tablesAreIntact(markdown: string): void {
  let columns: number | undefined;
  for (const line of prose(markdown).split('\n')) {
    if (!line.startsWith('|')) {
      columns = undefined;
      continue;
    }
    const pipes = line.match(/(?<!\\)\|/g)!.length;
    columns ??= pipes;
    expect(pipes, line.slice(0, 120)).toBe(columns);
  }
}

describe('renderMarkdownPage', () => {
  it('writes a hostile catalog as text: no HTML, link, heading, fence or cell of its own', () => {
    const markdown = renderMarkdownPage(hostileCatalog, { indexHref: 'index.md' });
    const text = prose(markdown);
    for (const [tag] of text.matchAll(/<[^<>]{0,300}>?/g)) expect(tag).toMatch(OWN_HTML);
    for (const [, destination] of text.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) {
      expect(destination).toMatch(/^(#(code|section)-[\w-]+|index\.md|https:\/\/docs\.example\/)/);
    }
    expect(text.split('\n').filter((l) => l.startsWith('# '))).toHaveLength(1);
    expect(text).not.toMatch(new RegExp(`^#+ ${PAYLOAD}`, 'm'));
    expect(text).toContain('&lt;script&gt;window.PWNED=1&lt;/script&gt;');
    tablesAreIntact(markdown);
  });

  it('shows each code with its anchor, both titles, status, template, parameters and examples', () => {
    const markdown = renderMarkdownPage(catalogs.avtocod);
    const b011 = markdown.slice(markdown.indexOf('<a id="code-B011"></a>'));
    const entry = b011.slice(0, b011.indexOf('<a id="code-B012"></a>'));
    expect(entry).toContain('### B011 `NoQuoteDay`');
    expect(entry).toContain('- **ru:** Переполнение дневной квоты указанного типа отчета');
    expect(entry).toContain('- **en:** Daily quota of the report type exceeded');
    expect(entry).toContain('- **HTTP status:** 402');
    expect(entry).toContain('`quota_exceeded`');
    expect(entry).toContain('| `{day_quote}` | number |');
    expect(entry).toContain('```json\n{\n  "state": "fail"');
    expect(entry).toContain('<details><summary>Example responses (2)</summary>');
    tablesAreIntact(markdown);
  });

  it('keeps every built-in page well-formed: fences close, tables keep their columns', () => {
    for (const catalog of Object.values(catalogs)) tablesAreIntact(renderMarkdownPage(catalog));
  });
});

describe('renderMarkdownIndex', () => {
  it('links every provider page', () => {
    const markdown = renderMarkdownIndex(Object.values(catalogs));
    for (const id of Object.keys(catalogs)) expect(markdown).toContain(`](${id}.md)`);
    tablesAreIntact(markdown);
  });
});
