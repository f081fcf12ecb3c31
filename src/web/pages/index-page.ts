import { html, type SafeHtml } from '../../docs/html-template.js';
import { defaultLookup } from '../../lookup/index.js';
import { CATEGORIES, CATEGORY_ADVICE, CATEGORY_LABELS } from '../../model/categories.js';
import { ui } from '../i18n.js';
import { categoryPath, providerPath } from '../paths.js';
import { counted } from '../plural.js';
import { inlineMarkdown } from '../render/markdown.js';
import { renderLayout } from './layout.js';
import type { PageContext } from './page-context.js';

/** The home page: every provider and every category, with their code counts. */
export function renderIndexPage(ctx: PageContext): SafeHtml {
  const { lang } = ctx;
  const lookup = defaultLookup();
  const providers = lookup.catalogs.map(
    (c) => html`<li class="card provider-card" data-provider="${c.id}">
<h3><a href="${providerPath(c.id)}">${c.name}</a></h3>
<p>${inlineMarkdown(c.description[lang])}</p>
<p class="muted">${counted(lang, 'codes', c.entries.length)} · ${c.formats.join(', ')}</p>
</li>`,
  );
  const all = lookup.list();
  const categories = CATEGORIES.map((category) => ({
    category,
    count: all.filter((e) => e.category === category).length,
  }))
    .filter((c) => c.count > 0)
    .map(
      ({ category, count }) => html`<li class="card category-card" data-category="${category}">
<h3><a href="${categoryPath(category)}">${CATEGORY_LABELS[category][lang]}</a> <code>${category}</code></h3>
<p>${CATEGORY_ADVICE[category][lang]}</p>
<p class="muted">${counted(lang, 'codes', count)}</p>
</li>`,
    );
  const body = html`<h1>${ui(lang, 'siteTitle')}</h1>
<p class="lead">${ui(lang, 'tagline')}</p>
<h2 id="providers">${ui(lang, 'providers')}</h2>
<ul class="cards">${providers}</ul>
<h2 id="categories">${ui(lang, 'categories')}</h2>
<ul class="cards">${categories}</ul>`;
  return renderLayout(ctx, { title: ui(lang, 'siteTitle'), section: 'reference', body });
}
