// Takes the README's pictures of the web reference, in Debian's Chromium, at
// a desktop (1280×800) and a phone (390×844) size, into docs/screenshots/:
// the home page with «квота» in the instant search, a provider's page, one
// code's permalink, the search page and the playground with an example
// decoded. --only NAME takes one of them.
//
//   npm run build && node scripts/screenshot.mjs [--url http://127.0.0.1:4000] [--out docs/screenshots] [--only home]
//
// Without --url it starts the built server (dist/web) on a free loopback port
// and stops it afterwards. KODEX_CHROMIUM overrides /usr/bin/chromium.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string', default: 'docs/screenshots' },
    query: { type: 'string', default: 'квота' },
    only: { type: 'string' },
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
// What each picture shows: a path, and what to do there before the shot.
const SHOTS = [
  {
    name: 'home',
    path: '/?lang=en',
    act: async (page) => {
      await page.locator('#q').pressSequentially(values.query);
      await page.locator('#search-panel .hit').first().waitFor();
    },
  },
  { name: 'provider', path: '/providers/avtocod?lang=en' },
  { name: 'permalink', path: '/providers/avtocod/codes/B011?lang=ru' },
  { name: 'search', path: `/search?q=${encodeURIComponent('rate limit')}&lang=en` },
  {
    name: 'playground',
    path: '/playground?example=amocrm-validation&lang=en',
    act: async (page) => {
      await page.locator('#decoded').waitFor({ timeout: 10_000 });
    },
  },
];
const SIZES = [
  { size: 'desktop', viewport: { width: 1280, height: 800 } },
  { size: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2 },
];

try {
  const dir = resolve(values.out);
  mkdirSync(dir, { recursive: true });
  for (const { size, ...device } of SIZES) {
    const context = await browser.newContext({ ...device, locale: 'en-US', colorScheme: 'light' });
    for (const shot of SHOTS) {
      if (values.only && shot.name !== values.only) continue;
      const page = await context.newPage();
      await page.goto(`${base}${shot.path}`);
      await page.waitForSelector('html[data-kodex-ready="true"]', { timeout: 10_000 });
      await shot.act?.(page);
      const out = join(dir, `${shot.name}-${size}.png`);
      await page.screenshot({ path: out });
      console.log(`wrote ${out}`);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await web?.close();
}
