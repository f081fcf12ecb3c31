import type { CatalogEntry, Lang, ProviderCatalog, Text } from '../model/catalog.js';
import { entryKey } from '../model/catalog.js';
import { CATEGORY_ADVICE, CATEGORY_LABELS } from '../model/categories.js';
import { anchorId } from './anchor.js';
import { escapeHtml as h } from './escape-html.js';
import { type ExampleBody, exampleBodies } from './examples.js';
import { INFERRED_NOTE, yesNo } from './facts.js';
import { safeUrl } from './safe-url.js';

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
export function htmlLink(url: string, text: string = url): string {
  const safe = safeUrl(url);
  return safe
    ? `<a href="${h(safe)}" rel="noopener noreferrer">${h(text)}</a>`
    : `<span>${h(text)}</span>`;
}

/**
 * A table in a container that scrolls sideways on its own, so a wide table
 * never widens the page on a phone; focusable, so a keyboard can scroll it.
 */
export function htmlTable(table: string, label: string): string {
  return `<div class="table-scroll" role="region" tabindex="0" aria-label="${h(label)}">${table}</div>`;
}

/** Text in both languages, each tagged, one paragraph per language present. */
export function htmlBilingual(text: Partial<Text> | undefined, className = 'lead'): string {
  return LANGS.filter((l) => text?.[l])
    .map(
      (l) =>
        `<p class="${h(className)}" lang="${l}"><span class="tag">${l}</span>${h(text![l]!)}</p>`,
    )
    .join('\n');
}

function statusHtml(entry: CatalogEntry): string {
  const inferred = entry.statusInferred
    ? ` <span class="badge" title="${h(INFERRED_NOTE)}">inferred</span>`
    : '';
  return `<code>${h(String(entry.status))}</code>${inferred}`;
}

function templateHtml(entry: CatalogEntry): string {
  const rows = LANGS.filter((l) => entry.template?.[l]).map(
    (l) => `<tr><td>${l}</td><td lang="${l}"><code>${h(entry.template![l]!)}</code></td></tr>`,
  );
  if (!rows.length) return '';
  const table = `<table class="template"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
  return `<h4>Message template</h4>\n${htmlTable(table, 'Message template')}`;
}

function paramsHtml(entry: CatalogEntry): string {
  const params = Object.entries(entry.params ?? {});
  if (!params.length) return '';
  const rows = params.map(
    ([name, spec]) =>
      `<tr><td><code>{${h(name)}}</code></td><td>${h(spec.type)}</td><td lang="ru">${h(spec.description?.ru ?? '')}</td><td lang="en">${h(spec.description?.en ?? '')}</td></tr>`,
  );
  const table = `<table class="params"><thead><tr><th>name</th><th>type</th><th>ru</th><th>en</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
  return `<h4>Parameters</h4>\n${htmlTable(table, 'Parameters')}`;
}

function exampleHtml(example: ExampleBody): string {
  const headers = Object.entries(example.headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
  const label = `${example.dialect === 'problem' ? 'RFC 9457 problem' : example.dialect} · ${example.format.toUpperCase()} · HTTP ${example.status}`;
  const body = example.body === '' ? '(empty body)' : example.body;
  return `<h4>${h(label)}</h4>\n<pre><code>${h(headers)}\n\n${h(body)}</code></pre>`;
}

function examplesHtml(catalog: ProviderCatalog, entry: CatalogEntry, lang: Lang): string {
  const examples = exampleBodies(catalog, entry, { lang });
  if (!examples.length) return '';
  return `<details class="examples"><summary>Example responses (${examples.length})</summary>\n${examples.map(exampleHtml).join('\n')}\n</details>`;
}

/**
 * One catalog entry as an HTML `<article>` whose id is the entry's permanent
 * anchor; every catalog text is escaped. Pure: the web reference reuses it.
 * @example renderEntryHtml(catalogs.avtocod, catalogs.avtocod.entries[0]) // '<article class="entry" id="code-G001">…'
 */
export function renderEntryHtml(
  catalog: ProviderCatalog,
  entry: CatalogEntry,
  options: EntryHtmlOptions = {},
): string {
  const key = entryKey(entry);
  const anchor = anchorId(key);
  const level = options.headingLevel ?? 3;
  const label = CATEGORY_LABELS[entry.category];
  const kind = entry.kind ?? 'error';
  const facts: [string, string][] = [
    ['HTTP status', statusHtml(entry)],
    [
      'Category',
      `<code>${h(entry.category)}</code> — <span lang="ru">${h(label.ru)}</span> / <span lang="en">${h(label.en)}</span>`,
    ],
    [
      'Retryable',
      `<span class="${entry.retryable ? 'yes' : 'no'}">${yesNo(entry.retryable)}</span>`,
    ],
  ];
  if (kind !== 'error') facts.push(['Kind', `not an error: <code>${h(kind)}</code>`]);
  if (entry.class) facts.push(['Class', h(entry.class)]);
  if (entry.variant) facts.push(['Key', `<code>${h(key)}</code>`]);
  if (kind === 'error') {
    const advice = CATEGORY_ADVICE[entry.category];
    facts.push(['What to do', `<span lang="en">${h(advice.en)}</span>`]);
  }
  if (entry.docs) facts.push(['Documentation', htmlLink(entry.docs)]);

  const parts = [
    `<article class="entry" id="${h(anchor)}">`,
    `<h${level}><a class="self" href="#${h(anchor)}">${h(entry.code)}</a>${entry.variant ? ` <span class="badge">${h(entry.variant)}</span>` : ''}<code class="name">${h(entry.name)}</code></h${level}>`,
    htmlBilingual(entry.title, 'title'),
    `<dl class="facts">\n${facts.map(([dt, dd]) => `<dt>${dt}</dt><dd>${dd}</dd>`).join('\n')}\n</dl>`,
    htmlBilingual(entry.description, 'description'),
    templateHtml(entry),
    paramsHtml(entry),
    entry.decision ? `<p class="decision"><strong>Decision:</strong> ${h(entry.decision)}</p>` : '',
    options.examples === false ? '' : examplesHtml(catalog, entry, options.lang ?? 'en'),
    '</article>',
  ];
  return parts.filter(Boolean).join('\n');
}
