import type { Lang } from '../../model/catalog.js';

/** The browser bundle's files, as the page links them; empty when the bundle is not built. */
export interface PageAssets {
  /** The scripts of every page. */
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
  /** Chunks the scripts import, fetched beside them rather than after. @default [] */
  readonly preloads?: readonly string[];
  /** The playground's own script, which brings the decoders. @default [] */
  readonly playground?: readonly string[];
}

/** What every page needs to know about the request it answers. */
export interface PageContext {
  readonly lang: Lang;
  /** The page's own URL (path and query), for the language switch and forms. */
  readonly url: URL;
  readonly assets: PageAssets;
}

/** The stylesheet's URL; the server serves it itself, bundle or not. */
export const STYLESHEET_PATH = '/style.css';
