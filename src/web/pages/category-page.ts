import { html, type SafeHtml } from '../../docs/html-template.js';
import { defaultLookup } from '../../lookup/index.js';
import { CATEGORY_ADVICE, CATEGORY_LABELS, type Category } from '../../model/categories.js';
import { type EntryFilters, matchesFilters } from '../filters.js';
import { ui } from '../i18n.js';
import { categoryPath, entryPath, providerPath } from '../paths.js';
import { counted } from '../plural.js';
import { renderEntryCard } from '../render/entry-card.js';
import { renderFilterForm } from './filter-form.js';
import { renderLayout } from './layout.js';
import type { PageContext } from './page-context.js';

/** Every provider's codes of one category, grouped by provider, filterable by status. */
export function renderCategoryPage(
  ctx: PageContext,
  category: Category,
  filters: EntryFilters,
): SafeHtml {
  const { lang } = ctx;
  const lookup = defaultLookup();
  const entries = lookup.list(undefined, { category });
  const shown = entries.filter((e) => matchesFilters(e, { status: filters.status }));
  const groups = lookup.catalogs
    .map((catalog) => ({ catalog, entries: shown.filter((e) => e.provider === catalog.id) }))
    .filter((g) => g.entries.length > 0)
    .map(
      (g) => html`<section class="group" id="provider-${g.catalog.id}">
<h2><a href="${providerPath(g.catalog.id)}">${g.catalog.name}</a></h2>
<div class="entries">${g.entries.map((e) => renderEntryCard(e, { lang, href: entryPath(e.provider, e.key), example: false, section: g.catalog.sections.find((s) => s.id === e.section) }))}</div>
</section>`,
    );
  const body = html`<nav class="crumbs"><a href="/">${ui(lang, 'reference')}</a> / ${ui(lang, 'categories')}</nav>
<h1 data-category="${category}">${CATEGORY_LABELS[category][lang]} <code>${category}</code></h1>
<p class="lead">${CATEGORY_ADVICE[category][lang]}</p>
${renderFilterForm(categoryPath(category), entries, filters, lang, { category: false, status: true })}
<p class="count" id="count" data-shown="${shown.length}">${counted(lang, 'shownOf', entries.length, { shown: shown.length })}</p>
${groups.length ? groups : html`<p class="empty">${ui(lang, 'nothingFound')} <a href="${categoryPath(category)}">${ui(lang, 'reset')}</a></p>`}`;
  return renderLayout(ctx, {
    title: `${CATEGORY_LABELS[category][lang]} — kodex`,
    section: 'reference',
    body,
  });
}
