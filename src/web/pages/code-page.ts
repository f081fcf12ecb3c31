import { html, type SafeHtml } from '../../docs/html-template.js';
import type { ProviderCatalog } from '../../model/catalog.js';
import type { ListedEntry } from '../../model/listed-entry.js';
import { ui } from '../i18n.js';
import { entryPath, providerPath } from '../paths.js';
import { counted } from '../plural.js';
import { renderEntryCard } from '../render/entry-card.js';
import { renderLayout } from './layout.js';
import type { PageContext } from './page-context.js';

/**
 * One code on a page of its own, the target of its permanent link: the
 * card, its section, and the way back to its place among the provider's codes.
 */
export function renderCodePage(
  ctx: PageContext,
  catalog: ProviderCatalog,
  entry: ListedEntry,
): SafeHtml {
  const { lang } = ctx;
  const section = catalog.sections.find((s) => s.id === entry.section);
  const body = html`<nav class="crumbs"><a href="/">${ui(lang, 'reference')}</a> / <a href="${providerPath(catalog.id)}">${catalog.name}</a> / ${entry.code}</nav>
<h1 class="visually-hidden">${catalog.name} ${entry.code}</h1>
<div class="entries">${renderEntryCard(entry, { lang, section, href: entryPath(entry.provider, entry.key) })}</div>
<p><a href="${entryPath(entry.provider, entry.key)}">${catalog.name}: ${counted(lang, 'codes', catalog.entries.length)}</a></p>`;
  return renderLayout(ctx, {
    title: `${catalog.name} ${entry.code} — kodex`,
    section: 'reference',
    body,
  });
}
