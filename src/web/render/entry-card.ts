import { anchorId } from '../../docs/anchor.js';
import { exampleBodies } from '../../docs/examples.js';
import { html, type SafeHtml } from '../../docs/html-template.js';
import { safeUrl } from '../../docs/safe-url.js';
import { defaultLookup } from '../../lookup/index.js';
import type { Lang, Section } from '../../model/catalog.js';
import { pick } from '../../model/catalog.js';
import { CATEGORY_ADVICE } from '../../model/categories.js';
import type { ListedEntry } from '../../model/listed-entry.js';
import { ui } from '../i18n.js';
import { codePath } from '../paths.js';
import { categoryBadge, retryBadge, statusBadge } from './badges.js';
import { bilingual } from './bilingual.js';
import { inlineMarkdown } from './markdown.js';

/** Options of {@link renderEntryCard}. */
export interface EntryCardOptions {
  readonly lang: Lang;
  /** The entry's section, shown when the card stands outside its section's group. */
  readonly section?: Section;
  /** Where the code link points. @default the anchor on this page */
  readonly href?: string;
  /** Include the example response body. @default true */
  readonly example?: boolean;
}

function fact(label: string, value: SafeHtml | string): SafeHtml {
  return html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
}

function paramsTable(entry: ListedEntry, lang: Lang): SafeHtml {
  const params = Object.entries(entry.params ?? {});
  if (!params.length) return html``;
  const rows = params.map(
    ([name, spec]) =>
      html`<tr><td><code>{${name}}</code></td><td>${spec.type}</td><td>${inlineMarkdown(pick(spec.description, lang))}</td></tr>`,
  );
  return html`<div class="block"><h4>${ui(lang, 'parameters')}</h4><div class="scroll"><table class="params"><tbody>${rows}</tbody></table></div></div>`;
}

// The docs generator's examples: the provider's own dialect (and its XML form
// where it has one), then RFC 9457 problem+json; the same bodies as the
// generated reference pages.
function exampleBlock(entry: ListedEntry, lang: Lang): SafeHtml {
  const examples = exampleBodies(defaultLookup().catalog(entry.provider), entry, { lang });
  const blocks = examples.map(
    (example) =>
      html`<details class="example" data-dialect="${example.dialect}" data-format="${example.format}"><summary>${ui(lang, 'exampleBody')} · HTTP ${example.status} · ${example.mediaType}</summary><pre><code>${example.body}</code></pre></details>`,
  );
  return html`${blocks}`;
}

/** A link to a documentation page, when the URL is an http(s) address (never `javascript:`). */
export function docsLink(url: string | undefined, lang: Lang): SafeHtml {
  const href = safeUrl(url);
  return href
    ? html`<p class="docs"><a href="${href}" rel="noopener noreferrer" target="_blank">${ui(lang, 'docs')} ↗</a></p>`
    : html``;
}

/**
 * One catalog entry as a card with a permanent anchor: code, name, HTTP
 * status, category, retryability, ru and en text, template and parameters,
 * what to do, and an example body encoded by the provider's own dialect.
 */
export function renderEntryCard(entry: ListedEntry, options: EntryCardOptions): SafeHtml {
  const { lang } = options;
  const anchor = anchorId(entry.key);
  const facts = [
    fact(
      ui(lang, 'httpStatus'),
      html`${statusBadge(entry.status)}${entry.statusInferred ? html` <small>(${ui(lang, 'statusInferred')})</small>` : ''}`,
    ),
    fact(
      ui(lang, 'category'),
      html`${categoryBadge(entry.category, lang)} <code>${entry.category}</code>`,
    ),
    fact(ui(lang, 'retryable'), retryBadge(entry.retryable, lang)),
    entry.kind !== 'error' && fact(ui(lang, 'kind'), `${ui(lang, 'notAnError')}: ${entry.kind}`),
    entry.class && fact(ui(lang, 'class'), entry.class),
    options.section && fact(ui(lang, 'section'), inlineMarkdown(options.section.title[lang])),
  ];
  const templates = entry.template
    ? html`<div class="block"><h4>${ui(lang, 'template')}</h4>${bilingual(entry.template, lang, 'blockquote', 'template')}</div>`
    : '';
  const description = entry.description
    ? html`<div class="block"><h4>${ui(lang, 'description')}</h4>${bilingual(entry.description, lang)}</div>`
    : '';
  return html`<article class="entry" id="${anchor}" data-category="${entry.category}" data-status="${entry.status}">
<header class="entry-head"><h3><a class="code" href="${options.href ?? `#${anchor}`}" title="${ui(lang, 'permalink')}">${entry.code}</a>${entry.variant ? html` <span class="variant">${entry.variant}</span>` : ''}${entry.name === entry.code ? '' : html` <span class="name">${entry.name}</span>`}</h3>
<a class="permalink" href="${codePath(entry.provider, entry.key)}">${ui(lang, 'permalink')}</a>
${bilingual(entry.title, lang, 'p', 'title')}</header>
<dl class="facts">${facts}</dl>
${description}${templates}${paramsTable(entry, lang)}
<p class="advice"><strong>${ui(lang, 'whatToDo')}:</strong> ${CATEGORY_ADVICE[entry.category][lang]}</p>
${docsLink(entry.docs, lang)}
${entry.decision ? html`<details class="decision"><summary>${ui(lang, 'decision')}</summary><p lang="en">${inlineMarkdown(entry.decision)}</p></details>` : ''}
${options.example === false ? '' : exampleBlock(entry, lang)}
</article>`;
}
