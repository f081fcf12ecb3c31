import { html, type SafeHtml } from '../../docs/html-template.js';
import { defaultLookup } from '../../lookup/index.js';
import type { Lang } from '../../model/catalog.js';
import { pick } from '../../model/catalog.js';
import { CATEGORY_ADVICE } from '../../model/categories.js';
import type { ErrorRecord, FieldIssue } from '../../model/record.js';
import { ui } from '../i18n.js';
import { entryPath } from '../paths.js';
import { PLAYGROUND_EXAMPLES } from '../playground-examples.js';
import { categoryBadge, retryBadge, statusBadge } from './badges.js';
import { docsLink, renderEntryCard } from './entry-card.js';
import { inlineMarkdown } from './markdown.js';
import { providerNames } from './provider-names.js';

/** What the playground decoded, to be shown. */
export interface DecodedView {
  /** The record, or `null` for a success. */
  readonly record: ErrorRecord | null;
  /** True when the provider was detected from the body rather than chosen. */
  readonly detected: boolean;
  /** The request URL's host, when it named the provider. */
  readonly host?: string;
  readonly lang: Lang;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function paramRows(record: ErrorRecord, lang: Lang): SafeHtml {
  const params = Object.entries(record.params ?? {});
  if (!params.length) return html``;
  const specs = record.key
    ? defaultLookup().explain(record.provider, record.key)?.params
    : undefined;
  const rows = params.map(
    ([name, value]) =>
      html`<tr data-param="${name}"><td><code>{${name}}</code></td><td class="value">${show(value)}</td><td>${inlineMarkdown(pick(specs?.[name]?.description, lang))}</td></tr>`,
  );
  return html`<div class="block"><h4>${ui(lang, 'parameters')}</h4><div class="scroll"><table class="params"><tbody>${rows}</tbody></table></div></div>`;
}

function fieldRows(fields: readonly FieldIssue[], lang: Lang): SafeHtml {
  if (!fields.length) return html``;
  // One item per field, its message under its path and code: a field path
  // such as custom_fields_values.0.field_id leaves a table's message column
  // a few letters wide in a card.
  const items = fields.map(
    (f) =>
      html`<li><code>${f.path}</code>${f.code ? html` <span class="field-code">${f.code}</span>` : ''}${f.message ? html`<div>${f.message}</div>` : ''}${f.validValues ? html`<small>valid: ${show(f.validValues)}</small>` : ''}${f.badValues ? html`<small>bad: ${show(f.badValues)}</small>` : ''}</li>`,
  );
  return html`<div class="block"><h4>${ui(lang, 'fields')}</h4><ul class="field-issues">${items}</ul></div>`;
}

// The category's advice already says whether to retry, and the facts above
// say whether this record is retryable: only a known wait adds something.
function retrySentence(record: ErrorRecord, lang: Lang): SafeHtml {
  if (record.retryAfterMs === undefined) return html``;
  return html`<p>${ui(lang, 'retryAfter')} ${Math.ceil(record.retryAfterMs / 1000)} ${ui(lang, 'seconds')}.</p>`;
}

function recordFacts(record: ErrorRecord, lang: Lang): SafeHtml {
  return html`<dl class="facts">
<div><dt>${ui(lang, 'provider')}</dt><dd><code>${record.provider}</code></dd></div>
<div><dt>code</dt><dd><code class="record-code">${record.code}</code>${record.known ? '' : html` <small>(${ui(lang, 'notInCatalog')})</small>`}</dd></div>
<div><dt>${ui(lang, 'httpStatus')}</dt><dd>${statusBadge(record.status)}</dd></div>
<div><dt>${ui(lang, 'category')}</dt><dd>${categoryBadge(record.category, lang)} <code class="record-category">${record.category}</code></dd></div>
<div><dt>${ui(lang, 'retryable')}</dt><dd>${retryBadge(record.retryable, lang)}</dd></div>
${record.retryAfterMs === undefined ? '' : html`<div><dt>${ui(lang, 'retryAfter')}</dt><dd>${Math.ceil(record.retryAfterMs / 1000)} ${ui(lang, 'seconds')}</dd></div>`}
</dl>`;
}

function others(record: ErrorRecord, lang: Lang): SafeHtml {
  if (!record.others?.length) return html``;
  const items = record.others.map(
    (o) =>
      html`<li><code>${o.code}</code> ${categoryBadge(o.category, lang)} ${o.title}${o.detail ? html` — <span>${o.detail}</span>` : ''}</li>`,
  );
  return html`<div class="block"><h4>${ui(lang, 'otherErrors')}</h4><ul class="others">${items}</ul></div>`;
}

/** Which signal named the provider, when it was not chosen: the URL's host or the body. */
function namedBy(view: DecodedView): SafeHtml {
  if (view.host !== undefined) {
    return html` <span class="detected" data-named-by="url">${ui(view.lang, 'namedByHost')} <code>${view.host}</code></span>`;
  }
  return view.detected
    ? html` <span class="detected" data-named-by="body">${ui(view.lang, 'detected')}</span>`
    : html``;
}

/**
 * The playground's answer: the record, what to do about it, and the matching
 * catalog entry. Rendered by the browser after decoding there, and by the
 * server for the same form sent without JavaScript.
 */
export function renderDecoded(view: DecodedView): SafeHtml {
  const { record, lang } = view;
  if (!record) {
    return html`<section class="decoded success" id="decoded" data-success="true"><h2>${ui(lang, 'record')}</h2><p>${ui(lang, 'success200')}</p></section>`;
  }
  const entry = record.key ? defaultLookup().explain(record.provider, record.key) : undefined;
  const heading = html`${providerNames().get(record.provider) ?? record.provider} ${record.code}${record.name ? html` · <span class="name">${record.name}</span>` : ''}`;
  return html`<section class="decoded" id="decoded" data-category="${record.category}" data-code="${record.code}" data-provider="${record.provider}">
<h2>${ui(lang, 'record')}</h2>
<div class="entry">
<header class="entry-head"><h3>${heading}${namedBy(view)}</h3><p class="title" lang="${record.lang}">${inlineMarkdown(record.title)}</p>${record.detail ? html`<blockquote class="detail">${record.detail}</blockquote>` : ''}</header>
${recordFacts(record, lang)}
<div class="advice what-to-do"><h4>${ui(lang, 'whatToDo')}</h4><p>${CATEGORY_ADVICE[record.category][lang]}</p>${retrySentence(record, lang)}</div>
${paramRows(record, lang)}${fieldRows(record.fields, lang)}${others(record, lang)}
${record.warnings?.length ? html`<div class="block warnings"><h4>${ui(lang, 'warnings')}</h4><ul>${record.warnings.map((w) => html`<li>${w}</li>`)}</ul></div>` : ''}
${docsLink(record.docs, lang)}
<details class="example"><summary>${ui(lang, 'rawRecord')}</summary><pre><code>${JSON.stringify(record, null, 2)}</code></pre></details>
</div>
${entry ? html`<h2>${ui(lang, 'catalogEntry')}</h2>${renderEntryCard(entry, { lang, href: entryPath(entry.provider, entry.key), example: false })}` : ''}
</section>`;
}

/**
 * The playground's answer before there is anything to decode: what to do,
 * and a few examples to start from (links, so they work without JavaScript).
 */
export function renderNothingDecoded(lang: Lang): SafeHtml {
  const examples = PLAYGROUND_EXAMPLES.slice(0, 4).map(
    (e) =>
      html`<li><a href="/playground?example=${encodeURIComponent(e.id)}">${e.label[lang]}</a></li>`,
  );
  return html`<section class="decoded empty-state" id="nothing-decoded">
<h2>${ui(lang, 'record')}</h2>
<p>${ui(lang, 'nothingDecoded')}</p>
<p class="muted">${ui(lang, 'tryExample')}</p>
<ul>${examples}</ul>
</section>`;
}
