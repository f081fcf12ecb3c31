import { html, type SafeHtml } from '../../docs/html-template.js';
import { defaultLookup } from '../../lookup/index.js';
import { ui } from '../i18n.js';
import { providerNames } from '../render/provider-names.js';
import { renderSearchResults } from '../render/search-results.js';
import { renderLayout } from './layout.js';
import type { PageContext } from './page-context.js';

/** The search page: the no-JavaScript side of the instant search, same engine, same rendering. */
export function renderSearchPage(ctx: PageContext, query: string): SafeHtml {
  const { lang } = ctx;
  const text = query.trim();
  const results = text
    ? renderSearchResults(defaultLookup().search(text, { limit: 50 }), lang, providerNames())
    : html`<p class="empty">${ui(lang, 'typeToSearch')}</p>`;
  const body = html`<h1>${ui(lang, 'searchResults')}${text ? html`: «${text}»` : ''}</h1>
<section id="results">${results}</section>`;
  return renderLayout(ctx, {
    title: `${text ? `${text} — ` : ''}${ui(lang, 'search')} — kodex`,
    section: 'search',
    body,
    query: text,
  });
}
