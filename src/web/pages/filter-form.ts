import { html, type SafeHtml } from '../../docs/html-template.js';
import type { Lang } from '../../model/catalog.js';
import { CATEGORIES, CATEGORY_LABELS } from '../../model/categories.js';
import type { ListedEntry } from '../../model/listed-entry.js';
import { type EntryFilters, matchesFilters } from '../filters.js';
import { ui } from '../i18n.js';

/** The values of one field with their counts: those the entries have, and the chosen one even at 0. */
function facet<T>(values: readonly T[], countOf: (value: T) => number, chosen: T | undefined) {
  return values
    .map((value) => ({ value, count: countOf(value) }))
    .filter((v) => v.count > 0 || v.value === chosen);
}

/**
 * The filter form of a list of entries: a GET form to the same page, so it
 * works without JavaScript (the bundle only submits it on change). Each
 * field offers the values the entries have under the other field's choice,
 * with their counts, and always shows the choice made, even one that
 * matches nothing here.
 */
export function renderFilterForm(
  action: string,
  entries: readonly ListedEntry[],
  filters: EntryFilters,
  lang: Lang,
  fields: { category?: boolean; status?: boolean } = { category: true, status: true },
): SafeHtml {
  const underStatus = entries.filter((e) => matchesFilters(e, { status: filters.status }));
  const underCategory = entries.filter((e) => matchesFilters(e, { category: filters.category }));
  const categoryOptions = facet(
    CATEGORIES,
    (category) => underStatus.filter((e) => e.category === category).length,
    filters.category,
  ).map(
    ({ value, count }) =>
      html`<option value="${value}"${filters.category === value ? html` selected` : ''}>${CATEGORY_LABELS[value][lang]} (${count})</option>`,
  );
  const statuses = [...new Set([...entries.map((e) => e.status), filters.status ?? 0])]
    .filter((s) => s > 0)
    .sort((a, b) => a - b);
  const statusOptions = facet(
    statuses,
    (status) => underCategory.filter((e) => e.status === status).length,
    filters.status,
  ).map(
    ({ value, count }) =>
      html`<option value="${value}"${filters.status === value ? html` selected` : ''}>${value} (${count})</option>`,
  );
  return html`<form class="filters" method="get" action="${action}" data-autosubmit>
${fields.category === false ? '' : html`<label>${ui(lang, 'category')}<select name="category"><option value="">${ui(lang, 'allCategories')}</option>${categoryOptions}</select></label>`}
${fields.status === false ? '' : html`<label>${ui(lang, 'httpStatus')}<select name="status"><option value="">${ui(lang, 'allStatuses')}</option>${statusOptions}</select></label>`}
<button type="submit">${ui(lang, 'apply')}</button>
<a class="button secondary" href="${action}">${ui(lang, 'reset')}</a>
</form>`;
}
