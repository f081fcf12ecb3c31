import { html, type SafeHtml } from '../../docs/html-template.js';
import { ui } from '../i18n.js';
import { providerNames } from '../render/provider-names.js';
import { type PageContext, STYLESHEET_PATH } from './page-context.js';

/** Which part of the site a page belongs to, for the navigation. */
export type Section = 'reference' | 'playground' | 'search' | 'none';

/** What a page puts into the layout. */
export interface PageContent {
  readonly title: string;
  readonly section: Section;
  readonly body: SafeHtml;
  /** The search box's current text. */
  readonly query?: string;
  /** A script beyond every page's: the playground's. */
  readonly bundle?: 'playground';
}

function langSwitch(ctx: PageContext): SafeHtml {
  const links = (['ru', 'en'] as const).map((lang) => {
    if (lang === ctx.lang)
      return html`<strong aria-current="true" lang="${lang}">${lang.toUpperCase()}</strong>`;
    const params = new URLSearchParams(ctx.url.search);
    params.set('lang', lang);
    return html`<a href="${ctx.url.pathname}?${params.toString()}" hreflang="${lang}" lang="${lang}" data-lang-switch="${lang}">${lang.toUpperCase()}</a>`;
  });
  return html`<nav class="langs" aria-label="${ui(ctx.lang, 'language')}">${links}</nav>`;
}

function navLink(href: string, label: string, current: boolean): SafeHtml {
  return html`<a href="${href}"${current ? html` aria-current="page"` : ''}>${label}</a>`;
}

/**
 * The page shell: head (viewport, stylesheet, bundle when built), header
 * with navigation, search box and language switch, and a footer.
 */
export function renderLayout(ctx: PageContext, page: PageContent): SafeHtml {
  const { lang } = ctx;
  const own = page.bundle === 'playground' ? (ctx.assets.playground ?? []) : [];
  const scripts = [...ctx.assets.scripts, ...own].map(
    (src) => html`<script type="module" src="${src}"></script>`,
  );
  const preloads = (ctx.assets.preloads ?? []).map(
    (href) => html`<link rel="modulepreload" href="${href}">`,
  );
  const styles = ctx.assets.styles.map((href) => html`<link rel="stylesheet" href="${href}">`);
  return html`<!doctype html>
<html lang="${lang}" data-lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${STYLESHEET_PATH}">
${styles}${preloads}${scripts}
</head>
<body>
<a class="skip" href="#main">${ui(lang, 'reference')}</a>
<header class="site-head"><div class="wrap">
<a class="brand" href="/">kodex<span>.</span></a>
<nav class="nav">${navLink('/', ui(lang, 'reference'), page.section === 'reference')}${navLink('/playground', ui(lang, 'playgroundNav'), page.section === 'playground')}</nav>
<form class="search" role="search" action="/search" method="get">
<input id="q" name="q" type="search" value="${page.query ?? ''}" placeholder="${ui(lang, 'searchPlaceholder')}" aria-label="${ui(lang, 'search')}" autocomplete="off" maxlength="200">
<button type="submit">${ui(lang, 'search')}</button>
<div id="search-panel" class="search-panel" hidden aria-live="polite" data-providers="${JSON.stringify(Object.fromEntries(providerNames()))}"></div>
</form>
${langSwitch(ctx)}
</div></header>
<main id="main"><div class="wrap">
${page.body}
</div></main>
<footer class="site-foot"><div class="wrap">${ui(lang, 'footer')} · <a href="/api/search?q=B011">${ui(lang, 'apiTitle')}</a></div></footer>
</body>
</html>`;
}
