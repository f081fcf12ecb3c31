import type { Lang, ProviderCatalog } from '../model/catalog.js';
import { CATEGORY_LABELS } from '../model/categories.js';
import { groupBySection, type SectionView } from './catalog-view.js';
import {
  ANCHOR_RULE,
  FORMAT_NAMES,
  formatLimit,
  INFERRED_NOTE,
  SUCCESS_SIGNAL_NAMES,
  yesNo,
} from './facts.js';
import { bilingualHtml, entryHtml, factsHtml, linkHtml, tableHtml } from './html-entry.js';
import { DOCS_CSS } from './html-style.js';
import { type HtmlValue, html, joinHtml, SafeHtml } from './html-template.js';

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
// The policy also makes markup that slipped into the page inert. Written
// into the page as it stands (its quotes are part of the policy's syntax).
const CSP = new SafeHtml(
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
);
const STYLE = new SafeHtml(DOCS_CSS);

/** A whole page: kodex's stylesheet (and `css`, kodex's own) inline, no script, nothing requested (see CSP). */
export function documentHtml(
  title: string,
  body: SafeHtml,
  css: SafeHtml = new SafeHtml(''),
): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="kodex">
<title>${title}</title>
<style>${STYLE}${css}</style>
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
): SafeHtml {
  const formats = catalog.formats.map((f) => FORMAT_NAMES[f] ?? f).join(', ');
  const facts: [string, HtmlValue][] = [
    ['Provider id', html`<code>${catalog.id}</code>`],
    ['Codes', `${catalog.entries.length} in ${groups.length} section(s)`],
    ['Wire formats', formats],
    ['Success', SUCCESS_SIGNAL_NAMES[catalog.success.signal] ?? catalog.success.signal],
  ];
  if (catalog.docs) facts.push(['Documentation', linkHtml(catalog.docs)]);
  return joinHtml([
    html`<header>`,
    options.indexHref &&
      html`<p class="crumbs"><a href="${options.indexHref}">All providers</a></p>`,
    html`<h1>${catalog.name} — error reference</h1>`,
    bilingualHtml(catalog.description),
    factsHtml(facts),
    html`</header>`,
  ]);
}

function successHtml(catalog: ProviderCatalog): SafeHtml {
  return html`<h2 id="success">How success is signalled</h2>\n${bilingualHtml(catalog.success.description)}`;
}

function limitsHtml(catalog: ProviderCatalog): SafeHtml {
  if (!catalog.limits.length) {
    return html`<h2 id="limits">Documented limits</h2>\n<p class="muted">The provider documents no limit with a figure.</p>`;
  }
  const rows = catalog.limits.map(
    (l) =>
      html`<tr><td>${l.kind}</td><td>${formatLimit(l)}</td><td lang="ru">${l.description.ru}</td><td lang="en">${l.description.en}</td></tr>`,
  );
  const table = html`<table><thead><tr><th>kind</th><th>limit</th><th>ru</th><th>en</th></tr></thead><tbody>\n${joinHtml(rows)}\n</tbody></table>`;
  return html`<h2 id="limits">Documented limits</h2>\n${tableHtml(table, 'Documented limits')}`;
}

function tocHtml(groups: readonly SectionView[]): SafeHtml {
  const items = groups.map(
    (g) =>
      html`<li><a href="#${g.anchor}">${g.section.title.en}</a> — <span lang="ru">${g.section.title.ru}</span> <span class="muted">(${g.entries.length} codes)</span></li>`,
  );
  return html`<nav class="toc" aria-label="Sections"><h2 id="contents">Codes by section</h2>\n<ol>\n${joinHtml(items)}\n</ol></nav>`;
}

function summaryTable(group: SectionView): SafeHtml {
  const rows = group.entries.map(({ entry, anchor }) => {
    const status = `${entry.status}${entry.statusInferred ? '*' : ''}`;
    const variant = entry.variant && html` <span class="muted">${entry.variant}</span>`;
    return html`<tr><td><a href="#${anchor}"><code>${entry.code}</code></a>${variant}</td><td data-label="HTTP">${status}</td><td>${CATEGORY_LABELS[entry.category].en}</td><td data-label="retryable:">${yesNo(entry.retryable)}</td><td lang="ru">${entry.title.ru}</td><td lang="en">${entry.title.en}</td></tr>`;
  });
  const table = html`<table class="summary cards"><thead><tr><th>code</th><th>HTTP</th><th>category</th><th>retryable</th><th>ru</th><th>en</th></tr></thead><tbody>\n${joinHtml(rows)}\n</tbody></table>`;
  return tableHtml(table, `${group.section.title.en}: codes`);
}

function sectionHtml(
  catalog: ProviderCatalog,
  group: SectionView,
  options: HtmlPageOptions,
): SafeHtml {
  const { section } = group;
  const origin = joinHtml(
    [
      section.source && `source: ${section.source}`,
      section.docs && linkHtml(section.docs, 'documentation'),
    ],
    ' · ',
  );
  const entryOptions = { lang: options.lang, examples: options.examples };
  return joinHtml([
    html`<section class="group" id="${group.anchor}">`,
    html`<h2>${section.title.en} <span class="muted" lang="ru">${section.title.ru}</span></h2>`,
    origin.toString() && html`<p class="muted">${origin}</p>`,
    summaryTable(group),
    ...group.entries.map(({ entry }) => entryHtml(catalog, entry, entryOptions)),
    html`</section>`,
  ]);
}

/**
 * A provider's whole reference as one self-contained HTML page: inline CSS, no
 * script, no external request; every code under its permanent anchor.
 * @example writeFileSync('avtocod.html', renderHtmlPage(catalogs.avtocod, { indexHref: 'index.html' }))
 */
export function renderHtmlPage(catalog: ProviderCatalog, options: HtmlPageOptions = {}): string {
  const groups = groupBySection(catalog);
  const body = joinHtml([
    headerHtml(catalog, groups, options),
    tocHtml(groups),
    successHtml(catalog),
    limitsHtml(catalog),
    html`<main>`,
    ...groups.map((g) => sectionHtml(catalog, g, options)),
    html`</main>`,
    html`<footer><p>* ${INFERRED_NOTE}</p><p>${ANCHOR_RULE}</p><p>Generated by kodex from the <code>${catalog.id}</code> catalog.</p></footer>`,
  ]);
  return documentHtml(`${catalog.name} — error reference`, body).toString();
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
      html`<tr><td><a href="${href(c.id)}">${c.name}</a></td><td><code>${c.id}</code></td><td data-label="codes:">${c.entries.length}</td><td lang="ru">${c.description.ru}</td><td lang="en">${c.description.en}</td></tr>`,
  );
  const total = catalogs.reduce((n, c) => n + c.entries.length, 0);
  const table = html`<table class="cards"><thead><tr><th>provider</th><th>id</th><th>codes</th><th>ru</th><th>en</th></tr></thead><tbody>\n${joinHtml(rows)}\n</tbody></table>`;
  const body = html`<header><h1>API error reference</h1>\n<p class="lead">${catalogs.length} provider(s), ${total} codes.</p></header>
<main>${tableHtml(table, 'Providers')}</main>
<footer><p>${ANCHOR_RULE}</p><p>Generated by kodex.</p></footer>`;
  return documentHtml('API error reference', body).toString();
}
