import { html, type SafeHtml } from '../../docs/html-template.js';
import type { Lang, Section } from '../../model/catalog.js';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../../model/categories.js';
import type { ListedEntry } from '../../model/listed-entry.js';
import { ui } from '../i18n.js';
import { inlineMarkdown } from '../render/markdown.js';

/** What a long page lists in its side navigation. */
export interface SideNavContent {
  /** The sections on the page, with how many codes each shows. */
  readonly sections: readonly { readonly section: Section; readonly count: number }[];
  /** Every entry of the page's provider, for the categories and their counts. */
  readonly entries: readonly ListedEntry[];
  /** The page's own path, which a category link filters. */
  readonly path: string;
  readonly category?: Category;
}

/**
 * The side navigation of a long page: its sections (anchors) and the
 * categories (filters) with their counts. A `<details>`: collapsed on a
 * phone, kept open beside the codes on a wide screen (the bundle opens it;
 * without JavaScript it is one tap away).
 */
export function renderSideNav(content: SideNavContent, lang: Lang): SafeHtml {
  const sections = content.sections.map(
    ({ section, count }) =>
      html`<li><a href="#section-${section.id}">${inlineMarkdown(section.title[lang])}</a> <small>${count}</small></li>`,
  );
  const categories = CATEGORIES.map((category) => ({
    category,
    count: content.entries.filter((e) => e.category === category).length,
  }))
    .filter((c) => c.count > 0)
    .map(
      ({ category, count }) =>
        html`<li><a href="${content.path}?category=${category}"${content.category === category ? html` aria-current="true"` : ''}>${CATEGORY_LABELS[category][lang]}</a> <small>${count}</small></li>`,
    );
  return html`<details class="side-nav" id="side-nav">
<summary>${ui(lang, 'onThisPage')}</summary>
<nav aria-label="${ui(lang, 'onThisPage')}">
${sections.length ? html`<h2>${ui(lang, 'sections')}</h2><ul class="toc">${sections}</ul>` : ''}
<h2>${ui(lang, 'categories')}</h2><ul class="toc">${categories}</ul>
</nav>
</details>`;
}
