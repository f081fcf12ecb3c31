import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { type RunningWebServer, startWebServer } from '../../src/web/server.js';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';

/** The repository's root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A web reference with its bundle built from the current sources, and a browser to read it. */
export interface BrowsedReference {
  readonly web: RunningWebServer;
  readonly browser: Browser;
  stop(): Promise<void>;
}

/**
 * Builds the bundle from the current sources into a temporary directory (so
 * a test never runs a stale dist/), starts the server on it and launches
 * Debian's Chromium.
 */
export async function browseReference(): Promise<BrowsedReference> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM} (apt-get install chromium, or set KODEX_CHROMIUM)`,
    );
  }
  const assetsDir = mkdtempSync(join(tmpdir(), 'kodex-web-bundle-'));
  await build({
    configFile: join(ROOT, 'web.vite.config.ts'),
    logLevel: 'error',
    build: { outDir: assetsDir, emptyOutDir: true },
  });
  const web = await startWebServer({ port: 0, assetsDir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    web,
    browser,
    async stop() {
      await browser.close();
      await web.close();
      rmSync(assetsDir, { recursive: true, force: true });
    },
  };
}

/** A page that fails the test on any script error or console error (a CSP violation is one). */
export async function openPage(
  context: BrowserContext,
): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return { page, problems };
}
