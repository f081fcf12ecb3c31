import { KodexError } from '../errors/kodex-error.js';
import type { Lang, ProviderCatalog } from '../model/catalog.js';
import { renderHtmlIndex, renderHtmlPage } from './html.js';
import { renderMarkdownIndex, renderMarkdownPage } from './markdown.js';
import { renderOpenApi } from './openapi.js';

/** The formats `kodex docs` writes. */
export const DOCS_FORMATS = ['md', 'html', 'openapi'] as const;

/** One of {@link DOCS_FORMATS}. */
export type DocsFormat = (typeof DOCS_FORMATS)[number];

/** One generated file, named relative to the output folder. */
export interface DocsFile {
  /** `avtocod.html`, `index.md`, `avtocod.openapi.json`. */
  readonly name: string;
  readonly content: string;
  /** The catalog the file documents; absent for an index page. */
  readonly provider?: string;
  /** How many codes the file documents. */
  readonly codes: number;
}

/** Options of {@link renderDocs}. */
export interface RenderDocsOptions {
  /** Language of the example bodies. @default 'en' */
  readonly lang?: Lang;
}

const EXTENSION: Readonly<Record<DocsFormat, string>> = {
  md: '.md',
  html: '.html',
  openapi: '.openapi.json',
};

/**
 * The files of a reference in one format: one per catalog, plus an index page
 * for Markdown and HTML. Pure: writing them is the caller's business.
 * @example renderDocs(Object.values(catalogs), 'html').map((f) => f.name) // ['amocrm.html', …, 'index.html']
 */
export function renderDocs(
  catalogs: readonly ProviderCatalog[],
  format: DocsFormat,
  options: RenderDocsOptions = {},
): DocsFile[] {
  const seen = new Set<string>();
  for (const catalog of catalogs) {
    // Ids become file names: only a slug may, and no two the same.
    if (!/^[a-z][a-z0-9-]*$/.test(catalog.id)) {
      throw new KodexError(
        'docs_bad_id',
        `The catalog id ${JSON.stringify(catalog.id.slice(0, 64))} is not a lower-case slug, so it cannot name a file.`,
      );
    }
    if (seen.has(catalog.id)) {
      throw new KodexError('docs_duplicate_id', `Two catalogs have the id "${catalog.id}".`);
    }
    if (format !== 'openapi' && catalog.id === 'index') {
      throw new KodexError(
        'docs_name_clash',
        'A catalog with the id "index" would overwrite the index page; rename the catalog.',
      );
    }
    seen.add(catalog.id);
  }
  const { lang } = options;
  const files: DocsFile[] = catalogs.map((catalog) => {
    const name = `${catalog.id}${EXTENSION[format]}`;
    const content =
      format === 'md'
        ? renderMarkdownPage(catalog, { lang, indexHref: 'index.md' })
        : format === 'html'
          ? renderHtmlPage(catalog, { lang, indexHref: 'index.html' })
          : `${JSON.stringify(renderOpenApi(catalog, { lang }), null, 2)}\n`;
    return { name, content, provider: catalog.id, codes: catalog.entries.length };
  });
  const codes = catalogs.reduce((n, c) => n + c.entries.length, 0);
  if (format === 'md')
    files.push({ name: 'index.md', content: renderMarkdownIndex(catalogs), codes });
  if (format === 'html') {
    files.push({ name: 'index.html', content: renderHtmlIndex(catalogs), codes });
  }
  return files;
}
