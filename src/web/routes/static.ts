import { readFile } from 'node:fs/promises';
import { STATIC_PREFIX } from '../bundle-assets.js';
import { type Coding, compress } from '../compress.js';
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

/** A body compressed once per coding, on first request, then kept: for files that never change. */
function keptCompressed(body: Uint8Array): (coding: Coding) => Uint8Array {
  const kept = new Map<Coding, Uint8Array>();
  return (coding) => {
    let done = kept.get(coding);
    if (!done) {
      done = compress(body, coding, true);
      kept.set(coding, done);
    }
    return done;
  };
}

/**
 * The stylesheet (served from the code, so pages keep their layout without
 * the bundle) and the bundle's files under `/static/`, from `assetsDir` only.
 * Source maps are not served: they would double what a curious reader
 * downloads and show nothing the repository does not.
 */
export function addStaticRoutes(router: Router, assetsDir: string): void {
  const stylesheet = Buffer.from(STYLESHEET);
  const stylesheetCompressed = keptCompressed(stylesheet);
  router.add('GET', '/style.css', () => ({
    status: 200,
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' },
    body: stylesheet,
    compressed: stylesheetCompressed,
  }));

  // Hashed files never change under one name: each is read and compressed once.
  const hashedFiles = new Map<string, WebResponse>();
  router.add('GET', `${STATIC_PREFIX}*`, async (request) => {
    const file = await resolveStaticFile(assetsDir, request.params['*'] ?? '');
    if (!file || file.path.endsWith('.map')) return NO_FILE;
    const known = hashedFiles.get(file.path);
    if (known) return known;
    // Vite names bundle files by content hash, so they never change under one name.
    const hashed = /-[\w-]{8,}\.\w+$/.test(file.path);
    const body = await readFile(file.path);
    const response: WebResponse = {
      status: 200,
      headers: {
        'content-type': file.contentType,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
      body,
      ...(hashed ? { compressed: keptCompressed(body) } : {}),
    };
    if (hashed) hashedFiles.set(file.path, response);
    return response;
  });
}
