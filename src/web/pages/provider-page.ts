import { html, type SafeHtml } from '../../docs/html-template.js';
import { defaultLookup } from '../../lookup/index.js';
import type { Lang, Limit, ProviderCatalog } from '../../model/catalog.js';
import { type EntryFilters, matchesFilters } from '../filters.js';
import { ui } from '../i18n.js';
import { providerPath } from '../paths.js';
import { counted } from '../plural.js';
import { bilingual, otherLang } from '../render/bilingual.js';
import { docsLink, renderEntryCard } from '../render/entry-card.js';
import { inlineMarkdown } from '../render/markdown.js';
import { renderFilterForm } from './filter-form.js';
import { renderLayout } from './layout.js';
import type { PageContext } from './page-context.js';
import { renderSideNav } from './side-nav.js';

function limitsBlock(limits: readonly Limit[], lang: Lang): SafeHtml {
  if (!limits.length) return html``;
  const items = limits.map(
    (l) => html`<li>${inlineMarkdown(l.description[lang])} <small>(${l.kind})</small></li>`,
  );
  return html`<h2>${ui(lang, 'limits')}</h2><ul class="limits">${items}</ul>`;
}

/**
 * One provider's reference, laid out like its documentation: codes grouped by
 * section, each with a permanent anchor, filtered by category and status.
 */
export function renderProviderPage(
  ctx: PageContext,
  catalog: ProviderCatalog,
  filters: EntryFilters,
): SafeHtml {
  const { lang } = ctx;
  const entries = defaultLookup().list(catalog.id);
  const shown = entries.filter((e) => matchesFilters(e, filters));
  const groups = catalog.sections
    .map((section) => ({ section, entries: shown.filter((e) => e.section === section.id) }))
    .filter((g) => g.entries.length > 0);
  const side = renderSideNav(
    {
      sections: groups.map((g) => ({ section: g.section, count: g.entries.length })),
      entries,
      path: providerPath(catalog.id),
      category: filters.category,
    },
    lang,
  );
  const sections = groups.map(
    (
      g,
    ) => html`<section class="group" id="section-${g.section.id}" aria-labelledby="h-${g.section.id}">
<h2 id="h-${g.section.id}">${inlineMarkdown(g.section.title[lang])}</h2>
${g.section.title[otherLang(lang)] === g.section.title[lang] ? '' : html`<p class="muted" lang="${otherLang(lang)}">${inlineMarkdown(g.section.title[otherLang(lang)])}</p>`}
${docsLink(g.section.docs, lang)}
<div class="entries">${g.entries.map((e) => renderEntryCard(e, { lang }))}</div>
</section>`,
  );
  const body = html`<nav class="crumbs"><a href="/">${ui(lang, 'reference')}</a> / ${catalog.name}</nav>
<div class="with-side">
${side}
<div class="main-col">
<h1 data-provider="${catalog.id}">${catalog.name}</h1>
${bilingual(catalog.description, lang, 'p', 'lead')}
<dl class="facts">
<div><dt>${ui(lang, 'codes')}</dt><dd>${entries.length}</dd></div>
<div><dt>${ui(lang, 'formats')}</dt><dd>${catalog.formats.join(', ')}</dd></div>
<div class="wide"><dt>${ui(lang, 'success')}</dt><dd>${inlineMarkdown(catalog.success.description[lang])}</dd></div>
</dl>
${docsLink(catalog.docs, lang)}
${limitsBlock(catalog.limits, lang)}
${renderFilterForm(providerPath(catalog.id), entries, filters, lang)}
<p class="count" id="count" data-shown="${shown.length}">${counted(lang, 'shownOf', entries.length, { shown: shown.length })}</p>
${shown.length ? '' : html`<p class="empty">${ui(lang, 'nothingFound')} <a href="${providerPath(catalog.id)}">${ui(lang, 'reset')}</a></p>`}
${sections}
</div>
</div>`;
  return renderLayout(ctx, { title: `${catalog.name} — kodex`, section: 'reference', body });
}
