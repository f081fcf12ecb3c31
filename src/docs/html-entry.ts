import type { CatalogEntry, Lang, ProviderCatalog, Text } from '../model/catalog.js';
import { entryKey } from '../model/catalog.js';
import { CATEGORY_ADVICE, CATEGORY_LABELS } from '../model/categories.js';
import { anchorId } from './anchor.js';
import { type ExampleBody, exampleBodies } from './examples.js';
import { INFERRED_NOTE, yesNo } from './facts.js';
import { type HtmlValue, html, joinHtml, type SafeHtml } from './html-template.js';
import { safeUrl } from './safe-url.js';

// The pieces of a generated reference page, built with the auto-escaping
// `html` template. The exported `html…` and `render…` functions hand out
// strings, as kodex/docs always has; the pages compose the SafeHtml versions.

/** Options of {@link renderEntryHtml}. */
export interface EntryHtmlOptions {
  /** Language of the example bodies. @default 'en' */
  readonly lang?: Lang;
  /** Include example bodies (collapsed). @default true */
  readonly examples?: boolean;
  /** Heading level of the code's title. @default 3 */
  readonly headingLevel?: 2 | 3 | 4;
}

// Russian first, as the provider writes it; English beside it.
const LANGS: readonly Lang[] = ['ru', 'en'];

/** A link when the URL is a web link, else the URL as plain text. */
export function linkHtml(url: string, text: string = url): SafeHtml {
  const safe = safeUrl(url);
  return safe
    ? html`<a href="${safe}" rel="noopener noreferrer">${text}</a>`
    : html`<span>${text}</span>`;
}

/**
 * A table in a container that scrolls sideways on its own, so a wide table
 * never widens the page on a phone; focusable, so a keyboard can scroll it.
 */
export function tableHtml(table: SafeHtml, label: string): SafeHtml {
  return html`<div class="table-scroll" role="region" tabindex="0" aria-label="${label}">${table}</div>`;
}

/** Text in both languages, each tagged, one paragraph per language present. */
export function bilingualHtml(text: Partial<Text> | undefined, className = 'lead'): SafeHtml {
  return joinHtml(
    LANGS.filter((l) => text?.[l]).map(
      (l) => html`<p class="${className}" lang="${l}"><span class="tag">${l}</span>${text![l]}</p>`,
    ),
  );
}

/** A definition list of facts, one `<dt>`/`<dd>` pair a line. */
export function factsHtml(facts: readonly (readonly [string, HtmlValue])[]): SafeHtml {
  const items = facts.map(([dt, dd]) => html`<dt>${dt}</dt><dd>${dd}</dd>`);
  return html`<dl class="facts">\n${joinHtml(items)}\n</dl>`;
}

function statusHtml(entry: CatalogEntry): SafeHtml {
  const inferred =
    entry.statusInferred && html` <span class="badge" title="${INFERRED_NOTE}">inferred</span>`;
  return html`<code>${entry.status}</code>${inferred}`;
}

function templateHtml(entry: CatalogEntry): SafeHtml | undefined {
  const rows = LANGS.filter((l) => entry.template?.[l]).map(
    (l) => html`<tr><td>${l}</td><td lang="${l}"><code>${entry.template![l]}</code></td></tr>`,
  );
  if (!rows.length) return undefined;
  const table = html`<table class="template"><tbody>\n${joinHtml(rows)}\n</tbody></table>`;
  return html`<h4>Message template</h4>\n${tableHtml(table, 'Message template')}`;
}

function paramsHtml(entry: CatalogEntry): SafeHtml | undefined {
  const params = Object.entries(entry.params ?? {});
  if (!params.length) return undefined;
  const rows = params.map(
    ([name, spec]) =>
      html`<tr><td><code>{${name}}</code></td><td>${spec.type}</td><td lang="ru">${spec.description?.ru ?? ''}</td><td lang="en">${spec.description?.en ?? ''}</td></tr>`,
  );
  const table = html`<table class="params"><thead><tr><th>name</th><th>type</th><th>ru</th><th>en</th></tr></thead><tbody>\n${joinHtml(rows)}\n</tbody></table>`;
  return html`<h4>Parameters</h4>\n${tableHtml(table, 'Parameters')}`;
}

function exampleHtml(example: ExampleBody): SafeHtml {
  const headers = Object.entries(example.headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
  const label = `${example.dialect === 'problem' ? 'RFC 9457 problem' : example.dialect} · ${example.format.toUpperCase()} · HTTP ${example.status}`;
  const body = example.body === '' ? '(empty body)' : example.body;
  return html`<h4>${label}</h4>\n<pre><code>${headers}\n\n${body}</code></pre>`;
}

function examplesHtml(catalog: ProviderCatalog, entry: CatalogEntry, lang: Lang) {
  const examples = exampleBodies(catalog, entry, { lang });
  if (!examples.length) return undefined;
  return html`<details class="examples"><summary>Example responses (${examples.length})</summary>\n${joinHtml(examples.map(exampleHtml))}\n</details>`;
}

/** One catalog entry as an `<article>` under its permanent anchor; see {@link renderEntryHtml}. */
export function entryHtml(
  catalog: ProviderCatalog,
  entry: CatalogEntry,
  options: EntryHtmlOptions = {},
): SafeHtml {
  const key = entryKey(entry);
  const anchor = anchorId(key);
  const level = options.headingLevel ?? 3;
  const label = CATEGORY_LABELS[entry.category];
  const kind = entry.kind ?? 'error';
  const facts: [string, HtmlValue][] = [
    ['HTTP status', statusHtml(entry)],
    [
      'Category',
      html`<code>${entry.category}</code> — <span lang="ru">${label.ru}</span> / <span lang="en">${label.en}</span>`,
    ],
    [
      'Retryable',
      html`<span class="${entry.retryable ? 'yes' : 'no'}">${yesNo(entry.retryable)}</span>`,
    ],
  ];
  if (kind !== 'error') facts.push(['Kind', html`not an error: <code>${kind}</code>`]);
  if (entry.class) facts.push(['Class', entry.class]);
  if (entry.variant) facts.push(['Key', html`<code>${key}</code>`]);
  if (kind === 'error') {
    const advice = CATEGORY_ADVICE[entry.category];
    facts.push(['What to do', html`<span lang="en">${advice.en}</span>`]);
  }
  if (entry.docs) facts.push(['Documentation', linkHtml(entry.docs)]);

  const variant = entry.variant && html` <span class="badge">${entry.variant}</span>`;
  return joinHtml([
    html`<article class="entry" id="${anchor}">`,
    html`<h${level}><a class="self" href="#${anchor}">${entry.code}</a>${variant}<code class="name">${entry.name}</code></h${level}>`,
    bilingualHtml(entry.title, 'title'),
    factsHtml(facts),
    bilingualHtml(entry.description, 'description'),
    templateHtml(entry),
    paramsHtml(entry),
    entry.decision && html`<p class="decision"><strong>Decision:</strong> ${entry.decision}</p>`,
    options.examples !== false && examplesHtml(catalog, entry, options.lang ?? 'en'),
    html`</article>`,
  ]);
}

/**
 * One catalog entry as an HTML `<article>` whose id is the entry's permanent
 * anchor; every catalog text is escaped.
 * @example renderEntryHtml(catalogs.avtocod, catalogs.avtocod.entries[0]) // '<article class="entry" id="code-G001">…'
 */
export function renderEntryHtml(
  catalog: ProviderCatalog,
  entry: CatalogEntry,
  options: EntryHtmlOptions = {},
): string {
  return entryHtml(catalog, entry, options).toString();
}
