import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogs } from '../src/catalogs/index.js';
import { decode } from '../src/decode/decode.js';
import { renderTriageHtml } from '../src/triage/render-html.js';
import { createTriage } from '../src/triage/triage.js';
import { CHROMIUM, CHROMIUM_ARGS } from './helpers/chromium.js';
import { morningTraffic, T0 } from './helpers/traffic.js';

// The HTML report of kodex triage, opened from disk in a real Chromium with
// JavaScript on: both charts are drawn, it asks for nothing beyond its own
// file, and traffic built to inject markup shows as text and runs nothing.

const PAYLOAD = 'kodexTriagePwned';
const SCREENSHOTS = fileURLToPath(new URL('../reports/screenshots/', import.meta.url));
const INJECT = `<script>window.${PAYLOAD}=1</script><img src=x onerror="window.${PAYLOAD}=1"><svg onload="window.${PAYLOAD}=1">`;

let work: string;
let browser: Browser;
let page: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install the Debian package "chromium".`);
  }
  work = await mkdtemp(join(tmpdir(), 'kodex-triage-browser-'));
  const triage = createTriage({ decode, catalogs: Object.values(catalogs) });
  const traffic = [
    ...morningTraffic(),
    {
      time: T0 + 300_000,
      method: 'GET',
      url: `https://b2b-api.avtocod.ru/x?q="><script>window.${PAYLOAD}=1</script>`,
      status: 422,
      body: JSON.stringify({ state: 'fail', event: { code: INJECT, message: INJECT } }),
    },
  ];
  for (const [i, item] of traffic.entries()) triage.add(item, i);
  page = join(work, 'triage.html');
  await writeFile(page, renderTriageHtml(triage.report()));
  await mkdir(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the triage HTML report in Chromium', () => {
  it('draws both charts offline and runs nothing from the traffic', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    tab.on('request', (request) => requests.push(request.url()));
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await tab.goto(pathToFileURL(page).href);
    await tab.screenshot({ path: join(SCREENSHOTS, 'triage.png'), fullPage: true });

    expect(await tab.title()).toBe('Traffic triage');
    // Errors over time (stacked columns) and top codes (bars), each part drawn.
    const charts = tab.locator('svg.chart');
    expect(await charts.count()).toBe(2);
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      expect(await chart.locator('rect').count()).toBeGreaterThan(0);
    }
    expect(await tab.locator('#timeline svg rect').count()).toBe(6);
    expect(await tab.locator('#codes svg rect').count()).toBe(5);
    expect(await tab.locator('#timeline .legend li').allTextContents()).toEqual([
      'invalid_request',
      'unauthenticated',
      'rate_limited',
      'unavailable',
    ]);

    // The injected markup is text in its cells, nothing more.
    expect(await tab.evaluate(`typeof window.${PAYLOAD}`)).toBe('undefined');
    expect(dialogs).toEqual([]);
    expect(await tab.locator('script, img, iframe, svg:not(.chart)').count()).toBe(0);
    expect(await tab.locator('#unknown td', { hasText: INJECT }).count()).toBe(1);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    await context.close();
  }, 60_000);

  it('fits the width of a 390×844 phone: wide tables scroll in their own box', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(page).href);
    const width = await tab.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
      return { document: document.documentElement.scrollWidth, viewport: window.innerWidth };
    });
    expect(width.viewport).toBe(390);
    expect(width.document).toBeLessThanOrEqual(width.viewport);
    await context.close();
  }, 60_000);
});
