import { describe, expect, it } from 'vitest';
import { hostileCatalog, PAYLOAD } from '../../test/fixtures/docs/hostile-catalog.js';
import { catalogs } from '../catalogs/index.js';
import { renderHtmlIndex, renderHtmlPage } from './html.js';
import { renderEntryHtml } from './html-entry.js';

// Every tag and attribute the renderer itself writes. Anything else in a page
// came from catalog text that escaped escaping.
const TAGS = new Set(
  'html head meta title style body header p span div h1 h2 h3 h4 dl dt dd code a table thead tbody tr th td nav ol ul li main section article strong details summary pre footer'.split(
    ' ',
  ),
);
const ATTRIBUTES = new Set(
  'class id href rel lang title charset name content http-equiv aria-label role tabindex data-label'.split(
    ' ',
  ),
);

/** Tags and attributes of a page that the renderer does not write. */
function foreignMarkup(html: string): string[] {
  const found: string[] = [];
  const withoutStyle = html.replace(/<style>[^<]*<\/style>/, '<style></style>');
  for (const [, name, attrs] of withoutStyle.matchAll(/<\/?([A-Za-z][\w-]*)([^>]*)>/g)) {
    if (!TAGS.has(name!.toLowerCase())) found.push(`<${name}>`);
    for (const [, attr] of attrs!.matchAll(/\s([^\s=/>]+)(?:="[^"]*")?/g)) {
      if (!ATTRIBUTES.has(attr!.toLowerCase())) found.push(`${name} ${attr}`);
    }
  }
  if (/<!--/.test(withoutStyle)) found.push('<!--');
  return found;
}

/** Every href of a page. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
}

describe('renderHtmlPage', () => {
  it('writes a hostile catalog as text: no foreign tag, attribute or link', () => {
    const html = renderHtmlPage(hostileCatalog, { indexHref: 'index.html' });
    expect(foreignMarkup(html)).toEqual([]);
    expect(html).not.toMatch(/<(script|img|svg)/i);
    expect(html).toContain('&lt;script&gt;window.PWNED=1&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;svg onload=window.PWNED=1&gt;&#39;');
    for (const href of hrefs(html)) {
      expect(href).toMatch(/^(#code-[\w-]+|#section-[\w-]+|index\.html|https:\/\/docs\.example\/)/);
    }
    // The javascript: and data: links are shown as text, the one with a password not at all linked.
    expect(html).toContain(`<span>javascript:alert(&#39;${PAYLOAD}&#39;)</span>`);
    expect(html).not.toContain('href="javascript');
    expect(html).not.toContain('secret@');
    expect(html).toContain('https://docs.example/errors?token=%5BREDACTED%5D#e42');
  });

  it('is self-contained: inline CSS, no script, no external resource, a policy that forbids both', () => {
    for (const catalog of Object.values(catalogs)) {
      const html = renderHtmlPage(catalog);
      expect(foreignMarkup(html), catalog.id).toEqual([]);
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
      for (const href of hrefs(html)) expect(href, catalog.id).toMatch(/^(#|https?:\/\/)/);
    }
  });

  it('shows the provider facts and each code with both titles, status, category and examples', () => {
    const html = renderHtmlPage(catalogs.avtocod);
    expect(html).toContain('<h1>Avtocod — error reference</h1>');
    expect(html).toContain('How success is signalled');
    expect(html).toContain('Documented limits');
    // The catalog's notes are its maintainers' (how the provider's reference was transcribed).
    expect(html).not.toContain('<h2 id="notes">');
    expect(html).toContain('<section class="group" id="section-billing">');
    const b011 = html.slice(html.indexOf('<article class="entry" id="code-B011">'));
    const article = b011.slice(0, b011.indexOf('</article>'));
    expect(article).toContain('Переполнение дневной квоты указанного типа отчета');
    expect(article).toContain('Daily quota of the report type exceeded');
    expect(article).toContain('<code>402</code>');
    expect(article).toContain('<code>quota_exceeded</code>');
    expect(article).toContain('<code>{day_quote}</code>');
    expect(article).toContain('<details class="examples"><summary>Example responses (2)</summary>');
    expect(article).toContain('&quot;code&quot;: &quot;B011&quot;');
  });

  it('marks an inferred status and names the variant of a shared code', () => {
    const html = renderEntryHtml(hostileCatalog, hostileCatalog.entries[1]!);
    expect(html).toMatch(/^<article class="entry" id="code-E42-main">/);
    expect(html).toContain('<code>429</code> <span class="badge"');
    expect(html).toContain('>inferred</span>');
    expect(html).toContain('<dt>Key</dt><dd><code>E42.main</code></dd>');
  });

  it('leaves examples out when asked', () => {
    const html = renderEntryHtml(catalogs.avtocod, catalogs.avtocod.entries[0]!, {
      examples: false,
    });
    expect(html).not.toContain('<details');
  });
});

describe('renderHtmlIndex', () => {
  it('links every provider page and escapes the names', () => {
    const html = renderHtmlIndex([...Object.values(catalogs), hostileCatalog]);
    for (const id of Object.keys(catalogs)) expect(html).toContain(`href="${id}.html"`);
    expect(foreignMarkup(html)).toEqual([]);
  });
});
