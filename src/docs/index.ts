// kodex/docs: reference pages (Markdown, HTML) and OpenAPI 3.1 components
// generated from any catalog. Pure functions: no file system, no network, so
// they run in a browser too; `loadCatalog` (Node) lives in load-catalog.ts.
// `renderDocs` is the one public entry: the per-format renderers, escapes,
// anchors and example builders behind it are how it works, not promises.

export {
  DOCS_FORMATS,
  type DocsFile,
  type DocsFormat,
  type RenderDocsOptions,
  renderDocs,
} from './render-docs.js';
