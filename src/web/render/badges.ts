import { html, type SafeHtml } from '../../docs/html-template.js';
import type { Lang } from '../../model/catalog.js';
import { CATEGORY_LABELS, type Category } from '../../model/categories.js';
import { ui } from '../i18n.js';

/** An HTTP status, coloured by its class (2xx … 5xx). */
export function statusBadge(status: number): SafeHtml {
  const family = status >= 100 && status < 600 ? `s${Math.floor(status / 100)}xx` : 'sxxx';
  return html`<span class="status ${family}">${status}</span>`;
}

/** A category label linking to the category's page; `tabIndex` -1 keeps it out of the tab order. */
export function categoryBadge(category: Category, lang: Lang, tabIndex?: number): SafeHtml {
  return html`<a class="cat cat-${category}" href="/categories/${category}"${tabIndex === undefined ? '' : html` tabindex="${tabIndex}"`}>${CATEGORY_LABELS[category][lang]}</a>`;
}

/** Whether a code is retryable, in words. */
export function retryBadge(retryable: boolean, lang: Lang): SafeHtml {
  return retryable
    ? html`<span class="retry yes">${ui(lang, 'retryableYes')}</span>`
    : html`<span class="retry no">${ui(lang, 'retryableNo')}</span>`;
}
