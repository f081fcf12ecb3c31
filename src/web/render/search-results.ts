import { html, type SafeHtml } from '../../docs/html-template.js';
import type { SearchHit } from '../../lookup/lookup.js';
import type { Lang } from '../../model/catalog.js';
import { ui } from '../i18n.js';
import { entryPath } from '../paths.js';
import { categoryBadge, statusBadge } from './badges.js';
import { otherLang } from './bilingual.js';
import { inlineMarkdown } from './markdown.js';

/** Options of {@link renderSearchResults}. */
export interface SearchResultsOptions {
  /**
   * The instant-search panel: one tab stop per hit (its code link), so the
   * category badge stays clickable but out of the tab order.
   * @default false
   */
  readonly panel?: boolean;
}

/**
 * Ranked search hits as a list of links to each code's anchor; the server's
 * `/search` page and the browser's instant search both render with this.
 */
export function renderSearchResults(
  hits: readonly SearchHit[],
  lang: Lang,
  providerNames: ReadonlyMap<string, string>,
  options: SearchResultsOptions = {},
): SafeHtml {
  if (!hits.length) return html`<p class="empty">${ui(lang, 'nothingFound')}</p>`;
  const items = hits.map(
    (hit) => html`<li class="hit" data-provider="${hit.provider}" data-code="${hit.code}">
<a href="${entryPath(hit.provider, hit.key)}"><span class="hit-provider">${providerNames.get(hit.provider) ?? hit.provider}</span> <span class="hit-code">${hit.code}</span>${hit.name === hit.code ? '' : html` <span class="hit-name">${hit.name}</span>`}</a>
<span class="hit-meta">${statusBadge(hit.status)} ${categoryBadge(hit.category, lang, options.panel ? -1 : undefined)}</span>
<span class="hit-title" lang="${lang}">${inlineMarkdown(hit.title[lang])}</span>
${hit.title[otherLang(lang)] === hit.title[lang] ? '' : html`<span class="hit-title alt" lang="${otherLang(lang)}">${inlineMarkdown(hit.title[otherLang(lang)])}</span>`}
</li>`,
  );
  return html`<ol class="hits">${items}</ol>`;
}
