import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PageAssets } from './pages/page-context.js';

/** Where the server mounts the bundle's output directory. */
export const STATIC_PREFIX = '/static/';

/** No bundle: pages render without a script, the reference still works. */
export const NO_ASSETS: PageAssets = { scripts: [], styles: [] };

interface ManifestChunk {
  readonly file?: unknown;
  readonly css?: unknown;
  readonly isEntry?: unknown;
}

/**
 * The script and style URLs of the browser bundle, from the manifest Vite
 * writes (`.vite/manifest.json` in the output directory), or
 * {@link NO_ASSETS} when it was not built.
 */
export async function loadBundleAssets(assetsDir: string): Promise<PageAssets> {
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = JSON.parse(await readFile(join(assetsDir, '.vite', 'manifest.json'), 'utf8'));
  } catch {
    return NO_ASSETS;
  }
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const chunk of Object.values(manifest)) {
    if (chunk.isEntry !== true || typeof chunk.file !== 'string') continue;
    scripts.push(STATIC_PREFIX + chunk.file);
    if (Array.isArray(chunk.css)) {
      for (const css of chunk.css) if (typeof css === 'string') styles.push(STATIC_PREFIX + css);
    }
  }
  return { scripts, styles };
}
