// Takes docs/screenshot.png, the README's picture of the web reference: the
// home page with «квота» typed into the instant search, in Debian's Chromium.
//
//   npm run build && node scripts/screenshot.mjs [--url http://127.0.0.1:4000] [--out docs/screenshot.png]
//
// Without --url it starts the built server (dist/web) on a free loopback port
// and stops it afterwards. KODEX_CHROMIUM overrides /usr/bin/chromium.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string', default: 'docs/screenshot.png' },
    query: { type: 'string', default: 'квота' },
  },
});
const executablePath = process.env.KODEX_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium is missing at ${executablePath} (set KODEX_CHROMIUM).`);
  process.exit(1);
}

let web;
let base = values.url;
if (!base) {
  const server = new URL('../dist/web/server.js', import.meta.url);
  if (!existsSync(server)) {
    console.error('dist/web is missing: run `npm run build` first.');
    process.exit(1);
  }
  const { startWebServer } = await import(server.href);
  web = await startWebServer({ port: 0 });
  if (!web.bundled) console.error('warning: the browser bundle is not built; no instant search.');
  base = web.url;
}

const browser = await chromium.launch({
  executablePath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 760 },
    locale: 'en-US',
    colorScheme: 'light',
  });
  await page.goto(`${base}/?lang=en`);
  await page.waitForSelector('html[data-kodex-ready="true"]', { timeout: 10_000 });
  await page.locator('#q').pressSequentially(values.query);
  await page.locator('#search-panel .hit').first().waitFor();
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await web?.close();
}
