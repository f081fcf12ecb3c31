import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowsedReference, browseReference, openPage } from './helpers/web-reference.js';

// The web reference as Stripe's or Twilio's error references are read: at a
// desktop and a phone size, in Russian and English, with and without
// JavaScript. Debian's Chromium, the bundle built from the current sources.

let reference: BrowsedReference;

beforeAll(async () => {
  reference = await browseReference();
}, 120_000);

afterAll(() => reference?.stop());

const SIZES = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const;

type Size = keyof typeof SIZES;

async function contextFor(
  size: Size,
  lang: 'ru' | 'en',
  javaScriptEnabled = true,
): Promise<BrowserContext> {
  return reference.browser.newContext({
    ...SIZES[size],
    locale: lang === 'ru' ? 'ru-RU' : 'en-US',
    javaScriptEnabled,
  });
}

async function open(context: BrowserContext, path: string, js = true): Promise<Page> {
  const { page } = await openPage(context);
  await page.goto(reference.web.url + path);
  if (js) await page.waitForSelector('html[data-kodex-ready="true"]');
  return page;
}

const KB = 1024;

describe('page weight', () => {
  // Every page's first load — the document and every subresource it loads,
  // as transferred (compressed) — stays within 100 KB.
  it.each([
    ['desktop', 'en'],
    ['phone', 'ru'],
  ] as const)('keeps the first load of every page under 100 KB (%s, %s)', async (size, lang) => {
    const context = await contextFor(size, lang);
    const weights: Record<string, number> = {};
    for (const path of [
      '/',
      '/providers/google',
      '/providers/avtocod',
      '/categories/rate_limited',
      '/search?q=quota',
      '/playground',
      '/playground?example=avtocod-b011',
    ]) {
      const page = await context.newPage();
      const transfers: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        transfers.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
      });
      await page.route('**/*', (route) =>
        route.continue({
          headers: { ...route.request().headers(), 'accept-encoding': 'gzip, br' },
        }),
      );
      await page.goto(reference.web.url + path, { waitUntil: 'networkidle' });
      weights[path] = (await Promise.all(transfers)).reduce((a, b) => a + b, 0);
      await page.close();
    }
    console.log(
      `first load, ${size} ${lang}, KB:`,
      Object.fromEntries(
        Object.entries(weights).map(([p, w]) => [p, Math.round((w / KB) * 10) / 10]),
      ),
    );
    for (const [path, weight] of Object.entries(weights)) {
      expect({ path, weight: weight < 100 * KB }).toEqual({ path, weight: true });
    }
    await context.close();
  });
});
