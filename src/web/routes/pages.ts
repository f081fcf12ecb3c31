import { isUnknownProviderError } from '../../errors/unknown-provider-error.js';
import { defaultLookup } from '../../lookup/index.js';
import type { ProviderCatalog } from '../../model/catalog.js';
import { isCategory } from '../../model/categories.js';
import { parseFilters } from '../filters.js';
import { LANG_COOKIE, resolveLang } from '../lang.js';
import { renderCategoryPage } from '../pages/category-page.js';
import { renderCodePage } from '../pages/code-page.js';
import { renderIndexPage } from '../pages/index-page.js';
import { renderNotFoundPage } from '../pages/not-found-page.js';
import type { PageAssets, PageContext } from '../pages/page-context.js';
import { EMPTY_FORM, renderPlaygroundPage } from '../pages/playground-page.js';
import { renderProviderPage } from '../pages/provider-page.js';
import { renderSearchPage } from '../pages/search-page.js';
import { codePath } from '../paths.js';
import { decodeForm, exampleForm, findExample } from '../playground-input.js';
import type { Router, WebRequest } from '../router.js';
import { htmlResponse, redirectResponse, type WebResponse } from '../web-response.js';

const YEAR_SECONDS = 365 * 24 * 3600;

function contextOf(request: WebRequest, assets: PageAssets): PageContext {
  const lang = resolveLang({
    query: request.url.searchParams.get('lang'),
    cookie: request.headers.cookie,
    acceptLanguage: request.headers['accept-language'],
  });
  return { lang, url: request.url, assets };
}

/** An HTML answer that also remembers an explicit `?lang=` switch in a cookie. */
function page(
  request: WebRequest,
  ctx: PageContext,
  body: Parameters<typeof htmlResponse>[0],
  status = 200,
): WebResponse {
  const chosen = request.url.searchParams.get('lang');
  const headers: Record<string, string> =
    chosen === ctx.lang
      ? {
          'set-cookie': `${LANG_COOKIE}=${ctx.lang}; Path=/; Max-Age=${YEAR_SECONDS}; SameSite=Lax`,
        }
      : {};
  return htmlResponse(body, status, headers);
}

function catalogOf(id: string): ProviderCatalog | undefined {
  try {
    return defaultLookup().catalog(id);
  } catch (error) {
    if (isUnknownProviderError(error)) return undefined;
    throw error;
  }
}

/** Reads an `application/x-www-form-urlencoded` body. */
function formFields(bytes: Uint8Array): URLSearchParams {
  return new URLSearchParams(new TextDecoder().decode(bytes));
}

/**
 * The server-rendered pages: index, provider and category references,
 * search, and the playground (whose POST decodes on the server for readers
 * without JavaScript).
 */
export function addPageRoutes(router: Router, assets: () => PageAssets): void {
  const notFound = (request: WebRequest) => notFoundPage(request, assets());

  router.add('GET', '/', (request) => {
    const ctx = contextOf(request, assets());
    return page(request, ctx, renderIndexPage(ctx));
  });

  router.add('GET', '/providers/:provider', (request) => {
    const catalog = catalogOf(request.params.provider!);
    if (!catalog) return notFound(request);
    const ctx = contextOf(request, assets());
    return page(
      request,
      ctx,
      renderProviderPage(ctx, catalog, parseFilters(request.url.searchParams)),
    );
  });

  // An entry's own page; a loose spelling (/providers/avtocod/codes/b011)
  // redirects to the entry's key, keeping the query.
  router.add('GET', '/providers/:provider/codes/:code', (request) => {
    const catalog = catalogOf(request.params.provider!);
    const entry = catalog && defaultLookup().explain(catalog.id, request.params.code!);
    if (!catalog || !entry) return notFound(request);
    const canonical = codePath(entry.provider, entry.key);
    if (request.url.pathname !== canonical) {
      return redirectResponse(canonical + request.url.search);
    }
    const ctx = contextOf(request, assets());
    return page(request, ctx, renderCodePage(ctx, catalog, entry));
  });

  router.add('GET', '/categories/:category', (request) => {
    const category = request.params.category!;
    if (!isCategory(category)) return notFound(request);
    const ctx = contextOf(request, assets());
    return page(
      request,
      ctx,
      renderCategoryPage(ctx, category, parseFilters(request.url.searchParams)),
    );
  });

  router.add('GET', '/search', (request) => {
    const ctx = contextOf(request, assets());
    const query = (request.url.searchParams.get('q') ?? '').slice(0, 200);
    return page(request, ctx, renderSearchPage(ctx, query));
  });

  router.add('GET', '/playground', (request) => {
    const ctx = contextOf(request, assets());
    const example = findExample(request.url.searchParams.get('example'));
    const form = example ? exampleForm(example) : EMPTY_FORM;
    const state = example
      ? { form, example: example.id, result: decodeForm(form, ctx.lang) }
      : { form };
    return page(request, ctx, renderPlaygroundPage(ctx, state));
  });

  router.add('POST', '/playground', async (request) => {
    const ctx = contextOf(request, assets());
    const fields = formFields(await request.readBody());
    const form = {
      status: fields.get('status') ?? '',
      headers: fields.get('headers') ?? '',
      body: fields.get('body') ?? '',
      provider: fields.get('provider') ?? '',
      url: fields.get('url') ?? '',
    };
    return page(
      request,
      ctx,
      renderPlaygroundPage(ctx, { form, result: decodeForm(form, ctx.lang) }),
    );
  });
}

/** The HTML page for a path that names nothing. */
export function notFoundPage(request: WebRequest, assets: PageAssets): WebResponse {
  const ctx = contextOf(request, assets);
  return page(request, ctx, renderNotFoundPage(ctx), 404);
}
