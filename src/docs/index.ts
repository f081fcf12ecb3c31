// kodex/docs: reference pages (Markdown, HTML) and OpenAPI 3.1 components
// generated from any catalog. Pure functions: no file system, no network, so
// they run in a browser too; `loadCatalog` (Node) lives in load-catalog.ts.

export { anchorId, sectionAnchorId } from './anchor.js';
export {
  type CatalogIssue,
  CatalogLoadError,
  type CatalogLoadReason,
  isCatalogLoadError,
} from './catalog-load-error.js';
export { type EntryView, groupBySection, type SectionView } from './catalog-view.js';
export { escapeHtml } from './escape-html.js';
export { codeBlock, codeSpan, escapeMarkdown, markdownLink } from './escape-markdown.js';
export {
  type ExampleBody,
  type ExampleOptions,
  exampleBodies,
  exampleRecord,
  providerDialect,
  sampleParams,
} from './examples.js';
export {
  type HtmlIndexOptions,
  type HtmlPageOptions,
  htmlDocument,
  renderHtmlIndex,
  renderHtmlPage,
} from './html.js';
export { type EntryHtmlOptions, htmlBilingual, htmlLink, renderEntryHtml } from './html-entry.js';
export { DOCS_CSS } from './html-style.js';
export { inferBodySchema, inferSchema, type JsonSchema } from './infer-schema.js';
export {
  type MarkdownIndexOptions,
  type MarkdownPageOptions,
  renderMarkdownIndex,
  renderMarkdownPage,
} from './markdown.js';
export {
  type OpenApiDocument,
  type OpenApiOptions,
  pascalName,
  renderOpenApi,
  responseName,
} from './openapi.js';
export {
  DOCS_FORMATS,
  type DocsFile,
  type DocsFormat,
  type RenderDocsOptions,
  renderDocs,
} from './render-docs.js';
export { safeUrl } from './safe-url.js';
export { formatIssuePath, validateCatalog } from './validate-catalog.js';
