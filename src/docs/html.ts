import type { Lang, ProviderCatalog } from '../model/catalog.js';
import { CATEGORY_LABELS } from '../model/categories.js';
import { groupBySection, type SectionView } from './catalog-view.js';
import { escapeHtml as h } from './escape-html.js';
import {
  ANCHOR_RULE,
  FORMAT_NAMES,
  formatLimit,
  INFERRED_NOTE,
  SUCCESS_SIGNAL_NAMES,
  yesNo,
} from './facts.js';
import { htmlBilingual, htmlLink, htmlTable, renderEntryHtml } from './html-entry.js';
import { DOCS_CSS } from './html-style.js';

/** Options of {@link renderHtmlPage}. */
export interface HtmlPageOptions {
  /** Language of the example bodies. @default 'en' */
  readonly lang?: Lang;
  /** Include example bodies (collapsed). @default true */
  readonly examples?: boolean;
  /** Link back to an index page, e.g. `index.html`; none when absent. */
  readonly indexHref?: string;
}

// No script, no request of any kind: the page is plain HTML and inline CSS.
// The policy also makes markup that slipped into the page inert.
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** A whole HTML document around a body, with the inline stylesheet. */
export function htmlDocument(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="kodex">
<title>${h(title)}</title>
<style>${DOCS_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function headerHtml(
  catalog: ProviderCatalog,
  groups: readonly SectionView[],
  options: HtmlPageOptions,
) {
  const formats = catalog.formats.map((f) => FORMAT_NAMES[f] ?? f).join(', ');
  const facts: [string, string][] = [
    ['Provider id', `<code>${h(catalog.id)}</code>`],
    ['Codes', `${catalog.entries.length} in ${groups.length} section(s)`],
    ['Wire formats', h(formats)],
    ['Success', h(SUCCESS_SIGNAL_NAMES[catalog.success.signal] ?? catalog.success.signal)],
  ];
  if (catalog.docs) facts.push(['Documentation', htmlLink(catalog.docs)]);
  return [
    '<header>',
    options.indexHref
      ? `<p class="crumbs"><a href="${h(options.indexHref)}">All providers</a></p>`
      : '',
    `<h1>${h(catalog.name)} — error reference</h1>`,
    htmlBilingual(catalog.description),
    `<dl class="facts">\n${facts.map(([dt, dd]) => `<dt>${dt}</dt><dd>${dd}</dd>`).join('\n')}\n</dl>`,
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}

function successHtml(catalog: ProviderCatalog): string {
  return `<h2 id="success">How success is signalled</h2>\n${htmlBilingual(catalog.success.description)}`;
}

function limitsHtml(catalog: ProviderCatalog): string {
  if (!catalog.limits.length) {
    return '<h2 id="limits">Documented limits</h2>\n<p class="muted">The provider documents no limit with a figure.</p>';
  }
  const rows = catalog.limits.map(
    (l) =>
      `<tr><td>${h(l.kind)}</td><td>${h(formatLimit(l))}</td><td lang="ru">${h(l.description.ru)}</td><td lang="en">${h(l.description.en)}</td></tr>`,
  );
  const table = `<table><thead><tr><th>kind</th><th>limit</th><th>ru</th><th>en</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
  return `<h2 id="limits">Documented limits</h2>\n${htmlTable(table, 'Documented limits')}`;
}

function tocHtml(groups: readonly SectionView[]): string {
  const items = groups.map(
    (g) =>
      `<li><a href="#${h(g.anchor)}">${h(g.section.title.en)}</a> — <span lang="ru">${h(g.section.title.ru)}</span> <span class="muted">(${g.entries.length} codes)</span></li>`,
  );
  return `<nav class="toc" aria-label="Sections"><h2 id="contents">Codes by section</h2>\n<ol>\n${items.join('\n')}\n</ol></nav>`;
}

function summaryTable(group: SectionView): string {
  const rows = group.entries.map(({ entry, anchor }) => {
    const status = `${entry.status}${entry.statusInferred ? '*' : ''}`;
    return `<tr><td><a href="#${h(anchor)}"><code>${h(entry.code)}</code></a>${entry.variant ? ` <span class="muted">${h(entry.variant)}</span>` : ''}</td><td data-label="HTTP">${h(status)}</td><td>${h(CATEGORY_LABELS[entry.category].en)}</td><td data-label="retryable:">${yesNo(entry.retryable)}</td><td lang="ru">${h(entry.title.ru)}</td><td lang="en">${h(entry.title.en)}</td></tr>`;
  });
  const table = `<table class="summary cards"><thead><tr><th>code</th><th>HTTP</th><th>category</th><th>retryable</th><th>ru</th><th>en</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
  return htmlTable(table, `${group.section.title.en}: codes`);
}

function sectionHtml(catalog: ProviderCatalog, group: SectionView, options: HtmlPageOptions) {
  const { section } = group;
  const origin = [
    section.source ? `source: ${h(section.source)}` : '',
    section.docs ? htmlLink(section.docs, 'documentation') : '',
  ].filter(Boolean);
  const entryOptions = { lang: options.lang, examples: options.examples };
  return [
    `<section class="group" id="${h(group.anchor)}">`,
    `<h2>${h(section.title.en)} <span class="muted" lang="ru">${h(section.title.ru)}</span></h2>`,
    origin.length ? `<p class="muted">${origin.join(' · ')}</p>` : '',
    summaryTable(group),
    ...group.entries.map(({ entry }) => renderEntryHtml(catalog, entry, entryOptions)),
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * A provider's whole reference as one self-contained HTML page: inline CSS, no
 * script, no external request; every code under its permanent anchor.
 * @example writeFileSync('avtocod.html', renderHtmlPage(catalogs.avtocod, { indexHref: 'index.html' }))
 */
export function renderHtmlPage(catalog: ProviderCatalog, options: HtmlPageOptions = {}): string {
  const groups = groupBySection(catalog);
  const body = [
    headerHtml(catalog, groups, options),
    tocHtml(groups),
    successHtml(catalog),
    limitsHtml(catalog),
    '<main>',
    ...groups.map((g) => sectionHtml(catalog, g, options)),
    '</main>',
    `<footer><p>* ${h(INFERRED_NOTE)}</p><p>${h(ANCHOR_RULE)}</p><p>Generated by kodex from the <code>${h(catalog.id)}</code> catalog.</p></footer>`,
  ];
  return htmlDocument(`${catalog.name} — error reference`, body.filter(Boolean).join('\n'));
}

/** Options of {@link renderHtmlIndex}. */
export interface HtmlIndexOptions {
  /** The file a provider's page is at. @default (id) => `${id}.html` */
  readonly pageHref?: (id: string) => string;
}

/**
 * An index page linking each provider's reference page.
 * @example renderHtmlIndex(Object.values(catalogs))
 */
export function renderHtmlIndex(
  catalogs: readonly ProviderCatalog[],
  options: HtmlIndexOptions = {},
): string {
  // Encoded: an id that is not a slug (a catalog built without the schema) stays a relative link.
  const href = options.pageHref ?? ((id: string) => `${encodeURIComponent(id)}.html`);
  const rows = catalogs.map(
    (c) =>
      `<tr><td><a href="${h(href(c.id))}">${h(c.name)}</a></td><td><code>${h(c.id)}</code></td><td data-label="codes:">${c.entries.length}</td><td lang="ru">${h(c.description.ru)}</td><td lang="en">${h(c.description.en)}</td></tr>`,
  );
  const total = catalogs.reduce((n, c) => n + c.entries.length, 0);
  const table = `<table class="cards"><thead><tr><th>provider</th><th>id</th><th>codes</th><th>ru</th><th>en</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
  const body = `<header><h1>API error reference</h1>\n<p class="lead">${catalogs.length} provider(s), ${total} codes.</p></header>
<main>${htmlTable(table, 'Providers')}</main>
<footer><p>${h(ANCHOR_RULE)}</p><p>Generated by kodex.</p></footer>`;
  return htmlDocument('API error reference', body);
}
