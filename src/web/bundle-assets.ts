import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PageAssets } from './pages/page-context.js';

/** Where the server mounts the bundle's output directory. */
export const STATIC_PREFIX = '/static/';

/** No bundle: pages render without a script, the reference still works. */
export const NO_ASSETS: PageAssets = { scripts: [], styles: [], preloads: [], playground: [] };

interface ManifestChunk {
  readonly file?: unknown;
  readonly name?: unknown;
  readonly css?: unknown;
  readonly isEntry?: unknown;
  readonly imports?: unknown;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * The script and style URLs of the browser bundle, from the manifest Vite
 * writes (`.vite/manifest.json` in the output directory), or
 * {@link NO_ASSETS} when it was not built. The `playground` entry goes to
 * the playground page only; every other entry to every page, with the
 * chunks it imports preloaded.
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
  const preloads = new Set<string>();
  const playground: string[] = [];
  for (const chunk of Object.values(manifest)) {
    if (chunk.isEntry !== true || typeof chunk.file !== 'string') continue;
    if (chunk.name === 'playground') {
      playground.push(STATIC_PREFIX + chunk.file);
      continue;
    }
    scripts.push(STATIC_PREFIX + chunk.file);
    for (const css of strings(chunk.css)) styles.push(STATIC_PREFIX + css);
    for (const key of strings(chunk.imports)) {
      const file = manifest[key]?.file;
      if (typeof file === 'string') preloads.add(STATIC_PREFIX + file);
    }
  }
  return { scripts, styles, preloads: [...preloads], playground };
}
