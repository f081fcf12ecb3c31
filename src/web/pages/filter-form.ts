import type { ListedEntry } from '../../lookup/listed-entry.js';
import type { Lang } from '../../model/catalog.js';
import { CATEGORIES, CATEGORY_LABELS } from '../../model/categories.js';
import type { EntryFilters } from '../filters.js';
import { html, type SafeHtml } from '../html.js';
import { ui } from '../i18n.js';

/**
 * The filter form of a list of entries: a GET form to the same page, so it
 * works without JavaScript (the bundle only submits it on change). Offers
 * only the categories and statuses the entries have, with their counts.
 */
export function renderFilterForm(
  action: string,
  entries: readonly ListedEntry[],
  filters: EntryFilters,
  lang: Lang,
  fields: { category?: boolean; status?: boolean } = { category: true, status: true },
): SafeHtml {
  const categoryOptions = CATEGORIES.map((category) => ({
    category,
    count: entries.filter((e) => e.category === category).length,
  }))
    .filter((c) => c.count > 0)
    .map(
      ({ category, count }) =>
        html`<option value="${category}"${filters.category === category ? html` selected` : ''}>${CATEGORY_LABELS[category][lang]} (${count})</option>`,
    );
  const statuses = [...new Set(entries.map((e) => e.status))].sort((a, b) => a - b);
  const statusOptions = statuses.map(
    (status) =>
      html`<option value="${status}"${filters.status === status ? html` selected` : ''}>${status} (${entries.filter((e) => e.status === status).length})</option>`,
  );
  return html`<form class="filters" method="get" action="${action}" data-autosubmit>
${fields.category === false ? '' : html`<label>${ui(lang, 'category')}<select name="category"><option value="">${ui(lang, 'allCategories')}</option>${categoryOptions}</select></label>`}
${fields.status === false ? '' : html`<label>${ui(lang, 'httpStatus')}<select name="status"><option value="">${ui(lang, 'allStatuses')}</option>${statusOptions}</select></label>`}
<button type="submit">${ui(lang, 'apply')}</button>
<a class="button secondary" href="${action}">${ui(lang, 'reset')}</a>
</form>`;
}
