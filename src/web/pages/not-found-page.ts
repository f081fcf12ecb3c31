import { html, type SafeHtml } from '../../docs/html-template.js';
import { ui } from '../i18n.js';
import { renderLayout } from './layout.js';
import type { PageContext } from './page-context.js';

/** The page for a path that names nothing. */
export function renderNotFoundPage(ctx: PageContext): SafeHtml {
  const { lang } = ctx;
  const body = html`<h1>${ui(lang, 'notFoundTitle')}</h1><p>${ui(lang, 'notFoundText')}</p><p><a href="/">${ui(lang, 'backHome')}</a></p>`;
  return renderLayout(ctx, {
    title: `${ui(lang, 'notFoundTitle')} — kodex`,
    section: 'none',
    body,
  });
}
