import { realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The media type a file is served with, by its extension. @default 'application/octet-stream' */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The path segments of a request path, percent-decoded, or `undefined` when
 * any could step out of the root or hide: empty, `.`/`..`, dot files, or
 * holding a slash, backslash or NUL once decoded (`..%2f`, `%5c`, `%00`).
 */
export function safeSegments(rawPath: string): string[] | undefined {
  if (rawPath.length > 1024) return undefined;
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (!segment || segment.startsWith('.') || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

/** A file found under the root: its real path, size and media type. */
export interface StaticFile {
  readonly path: string;
  readonly size: number;
  readonly contentType: string;
}

/**
 * Finds the file a request path names under `root`, never outside it: the
 * segments are checked, and the real path (symbolic links resolved) must
 * still lie under the root's real path. `undefined` when there is none.
 */
export async function resolveStaticFile(
  root: string,
  rawPath: string,
): Promise<StaticFile | undefined> {
  const segments = safeSegments(rawPath);
  if (!segments?.length) return undefined;
  try {
    const realRoot = await realpath(root);
    const real = await realpath(join(realRoot, ...segments));
    if (!real.startsWith(realRoot + sep)) return undefined;
    const info = await stat(real);
    if (!info.isFile()) return undefined;
    return { path: real, size: info.size, contentType: contentTypeOf(real) };
  } catch {
    return undefined;
  }
}
