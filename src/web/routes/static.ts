import { readFile } from 'node:fs/promises';
import { STATIC_PREFIX } from '../bundle-assets.js';
import type { Router } from '../router.js';
import { resolveStaticFile } from '../static-files.js';
import { STYLESHEET } from '../styles.js';
import type { WebResponse } from '../web-response.js';

/** Not a file under the root: plain text, so a probe learns nothing. */
const NO_FILE: WebResponse = {
  status: 404,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: 'Not found\n',
};

/**
 * The stylesheet (served from the code, so pages keep their layout without
 * the bundle) and the bundle's files under `/static/`, from `assetsDir` only.
 */
export function addStaticRoutes(router: Router, assetsDir: string): void {
  router.add('GET', '/style.css', () => ({
    status: 200,
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' },
    body: STYLESHEET,
  }));

  router.add('GET', `${STATIC_PREFIX}*`, async (request) => {
    const file = await resolveStaticFile(assetsDir, request.params['*'] ?? '');
    if (!file) return NO_FILE;
    // Vite names bundle files by content hash, so they never change under one name.
    const hashed = /-[\w-]{8,}\.\w+$/.test(file.path);
    return {
      status: 200,
      headers: {
        'content-type': file.contentType,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
      body: await readFile(file.path),
    };
  });
}
