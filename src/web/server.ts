import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createWebApp, type WebAppOptions } from './app.js';
import { loadBundleAssets } from './bundle-assets.js';
import { answerClientError } from './client-error.js';

/** Where `vite build -c web.vite.config.ts` writes the bundle: two levels up from src/web and dist/web alike. */
export const DEFAULT_ASSETS_DIR = fileURLToPath(new URL('../../dist/web/static/', import.meta.url));

/** Options of {@link startWebServer}. */
export interface WebServerOptions extends Partial<Omit<WebAppOptions, 'assets'>> {
  /** @default 4000 (0 picks a free port) */
  readonly port?: number;
  /** Loopback only unless asked: the reference is for this machine. @default '127.0.0.1' */
  readonly host?: string;
}

/** A listening web reference. */
export interface RunningWebServer {
  readonly server: Server;
  readonly host: string;
  readonly port: number;
  /** `http://HOST:PORT`, with an IPv6 host in brackets. */
  readonly url: string;
  /** Whether the browser bundle was found (instant search and in-browser decoding). */
  readonly bundled: boolean;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** `http://HOST:PORT` for a host and port. */
export function originOf(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * Starts the web reference: pages, decode playground and JSON API.
 * @example
 * const web = await startWebServer({ port: 0 });
 * console.log(`listening on ${web.url}`);
 * await web.close();
 */
export async function startWebServer(options: WebServerOptions = {}): Promise<RunningWebServer> {
  const host = options.host ?? '127.0.0.1';
  const assetsDir = options.assetsDir ?? DEFAULT_ASSETS_DIR;
  const assets = await loadBundleAssets(assetsDir);
  const app = createWebApp({ ...options, assetsDir, assets });
  const server = createServer(app);
  server.on('clientError', answerClientError);
  // A slow or stuck client cannot hold a connection for long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    host,
    port,
    url: originOf(host, port),
    bundled: assets.scripts.length > 0,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
