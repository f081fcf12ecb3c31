import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { list } from '../src/lookup/index.js';
import type { RunningWebServer } from '../src/web/server.js';
import { responseFixture } from './helpers/response-fixtures.js';
import { type BrowsedReference, browseReference, openPage, ROOT } from './helpers/web-reference.js';

// The web reference in a real browser: Debian's Chromium driven by
// playwright-core. The bundle is built from the current sources into a
// temporary directory first, so the test never runs a stale dist/. Screenshots
// go to reports/screenshots (a CI artifact).

const root = ROOT;
const shots = join(root, 'reports', 'screenshots');
// Avtocod's example body from its error reference.
const seedB011 = responseFixture('avtocod/seed-example-b011').response;

let reference: BrowsedReference;
let web: RunningWebServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  reference = await browseReference();
  ({ web, browser } = reference);
}, 120_000);

afterAll(() => reference?.stop());

async function ready(page: Page, path: string): Promise<void> {
  await page.goto(web.url + path);
  await page.waitForSelector('html[data-kodex-ready="true"]');
}

describe('the web reference in Chromium', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  });
  afterAll(() => context.close());

  it('shows the quota codes, Avtocod B011 among them, as «квота» is typed', async () => {
    const { page, problems } = await openPage(context);
    await ready(page, '/');
    await page.locator('#q').pressSequentially('квота');
    const hits = page.locator('#search-panel[data-query="квота"] .hit');
    await hits.first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(
      await page.locator('#search-panel .hit[data-provider="avtocod"][data-code="B011"]').count(),
    ).toBe(1);
    const codes = await hits.evaluateAll((items) =>
      items.map((li) => li.querySelector('.cat')?.getAttribute('href')),
    );
    expect(
      codes.filter((href) => href === '/categories/quota_exceeded').length,
    ).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: join(shots, 'web-search.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a code by its anchor from a search hit', async () => {
    const { page, problems } = await openPage(context);
    await ready(page, '/');
    await page.locator('#q').fill('B011');
    await page.locator('#search-panel .hit[data-provider="avtocod"][data-code="B011"] > a').click();
    await page.waitForURL('**/providers/avtocod#code-B011');
    const target = page.locator('article.entry:target');
    expect(await target.getAttribute('id')).toBe('code-B011');
    await expect.poll(() => target.isVisible()).toBe(true);
    expect(await target.locator('.facts').innerText()).toContain('402');
    await page.screenshot({ path: join(shots, 'web-anchor.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters a provider by category and by HTTP status as soon as they are chosen', async () => {
    const { page, problems } = await openPage(context);
    await ready(page, '/providers/avtocod');
    await Promise.all([
      page.waitForURL(/category=quota_exceeded/),
      page.selectOption('select[name="category"]', 'quota_exceeded'),
    ]);
    const categories = await page
      .locator('article.entry')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-category')));
    expect(categories.length).toBe(list('avtocod', { category: 'quota_exceeded' }).length);
    expect(new Set(categories)).toEqual(new Set(['quota_exceeded']));
    await page.waitForSelector('html[data-kodex-ready="true"]');
    await Promise.all([
      page.waitForURL(/status=402/),
      page.selectOption('select[name="status"]', '402'),
    ]);
    const statuses = await page
      .locator('article.entry')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses.length).toBe(
      list('avtocod', { category: 'quota_exceeded', status: 402 }).length,
    );
    expect(new Set(statuses)).toEqual(new Set(['402']));
    await page.screenshot({ path: join(shots, 'web-filter.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches the language and keeps it on the next page', async () => {
    const { page, problems } = await openPage(context);
    await ready(page, '/providers/avtocod');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('[data-lang-switch="ru"]');
    await page.waitForSelector('html[lang="ru"]');
    expect(await page.locator('#code-B011 .advice').innerText()).toContain('Что делать');
    await page.goto(`${web.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await page.screenshot({ path: join(shots, 'web-lang.png') });
    await page.click('[data-lang-switch="en"]');
    await page.waitForSelector('html[lang="en"]');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('decodes a pasted Avtocod B011 body in the browser, with its template parameters', async () => {
    const { page, problems } = await openPage(context);
    await ready(page, '/playground');
    const sent: string[] = [];
    page.on('request', (request) => sent.push(`${request.method()} ${request.url()}`));
    await page.fill('#status', String(seedB011.status));
    await page.fill('#headers', 'Content-Type: application/json');
    await page.fill('#body', seedB011.body);
    await page.click('#decode');
    const decoded = page.locator('#decoded');
    await decoded.waitFor();
    expect(await decoded.getAttribute('data-category')).toBe('quota_exceeded');
    expect(await decoded.getAttribute('data-code')).toBe('B011');
    expect(await decoded.locator('.record-category').first().innerText()).toBe('quota_exceeded');
    expect(await decoded.locator('tr[data-param="day_quote"] .value').innerText()).toBe('2');
    expect(await decoded.locator('tr[data-param="report_type"] .value').innerText()).toBe(
      'test_report_type2@test_domain',
    );
    expect(await decoded.locator('.what-to-do').innerText()).toMatch(/quota is exhausted/i);
    expect(await decoded.locator('article#code-B011').count()).toBe(1);
    // Decoded here, not by the server: the only requests fetch the decoder chunk.
    expect(sent.filter((r) => !new URL(r.split(' ')[1]!).pathname.startsWith('/static/'))).toEqual(
      [],
    );
    await page.screenshot({ path: join(shots, 'web-playground.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets the request URL’s host name the provider of a bare answer, live in the browser', async () => {
    const { page, problems } = await openPage(context);
    await ready(page, '/playground');
    expect(await page.getAttribute('#url', 'placeholder')).toBe(
      'https://example.amocrm.ru/api/v4/leads',
    );
    await page.fill('#status', '429');
    await page.fill('#body', '{"message":"Too Many Requests"}');
    await page.fill('#url', 'https://apiproxy.telphin.ru/api/ver1.0/client/@me/');
    const decoded = page.locator('#decoded[data-provider="telphin"]');
    await decoded.waitFor();
    expect(await decoded.getAttribute('data-code')).toBe('429');
    expect(await decoded.getAttribute('data-category')).toBe('rate_limited');
    expect(await decoded.locator('[data-named-by="url"]').innerText()).toContain(
      'apiproxy.telphin.ru',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fills and decodes a seed example picked from the list', async () => {
    const { page, problems } = await openPage(context);
    await ready(page, '/playground');
    await page.selectOption('#example', 'dellin-xml');
    await page.locator('#decoded[data-provider="dellin"]').waitFor();
    expect(await page.inputValue('#status')).toBe('400');
    expect(await page.locator('#decoded .others li').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a field issue whole in the record card: nothing cut or left to scroll', async () => {
    const { page, problems } = await openPage(context);
    await ready(page, '/playground?example=amocrm-validation');
    await page.locator('#decoded[data-provider="amocrm"]').waitFor();
    const message = page.locator('#decoded .field-issues li div').first();
    expect(await message.textContent()).toBe('The value you selected is not a valid choice.');
    // The message takes the card's width, not a column a few letters wide.
    const widths = await page.evaluate(() => {
      const card = document.querySelector('#decoded')!.getBoundingClientRect().width;
      const text = document.querySelector('#decoded .field-issues li div')!.getBoundingClientRect();
      const cut = [...document.querySelectorAll('#decoded *')].filter(
        (e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible',
      ).length;
      return { share: text.width / card, cut };
    });
    expect(widths.share).toBeGreaterThan(0.5);
    expect(widths.cut).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the web reference on a phone', () => {
  // Every provider's page and the code page of its longest-titled code, a
  // category, search and the playground: each kind of page at its widest.
  const providers = [...new Set(list().map((entry) => entry.provider))];
  const longest = (provider: string) =>
    list(provider).reduce((a, b) => (b.title.en.length > a.title.en.length ? b : a));
  const paths = [
    '/',
    ...providers.flatMap((provider) => [
      `/providers/${provider}`,
      `/providers/${provider}/codes/${encodeURIComponent(longest(provider).key)}`,
    ]),
    '/categories/rate_limited',
    '/search?q=%D0%BA%D0%B2%D0%BE%D1%82%D0%B0',
    '/playground',
    '/playground?example=avtocod-b011',
    '/playground?example=amocrm-validation',
  ];
  // Some 25 page loads each: a loaded CI machine needs more than the default 20 s.
  it.each(['ru', 'en'])(
    'renders every page of the reference without horizontal scrolling at 390 px (%s)',
    async (lang) => {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      });
      const { page, problems } = await openPage(context);
      for (const path of paths) {
        await ready(page, `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        // Open every example body: long JSON lines must wrap or scroll inside their box.
        await page.evaluate(() => {
          for (const d of document.querySelectorAll('details')) d.open = true;
        });
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
          inner: window.innerWidth,
        }));
        // On a phone an overflowing page is zoomed out, which widens innerWidth too.
        expect({ path, lang, ...widths }).toEqual({
          path,
          lang,
          scroll: 390,
          client: 390,
          inner: 390,
        });
      }
      await ready(page, `/providers/avtocod?lang=${lang}`);
      await page.screenshot({ path: join(shots, `web-phone-${lang}.png`) });
      expect(problems).toEqual([]);
      await context.close();
    },
    60_000,
  );
});

describe('the web reference without JavaScript', () => {
  it('still searches, opens anchors, filters, switches language and decodes on the server', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1024, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`${web.url}/`);
    await page.fill('#q', 'квота');
    await Promise.all([page.waitForURL(/\/search\?q=/), page.press('#q', 'Enter')]);
    expect(await page.locator('#results .hit[data-code="B011"]').count()).toBe(1);
    await page.click('#results .hit[data-code="B011"] > a');
    await page.waitForURL('**/providers/avtocod#code-B011');
    expect(await page.locator('article.entry:target').getAttribute('id')).toBe('code-B011');

    await page.selectOption('select[name="category"]', 'quota_exceeded');
    await Promise.all([
      page.waitForURL(/category=quota_exceeded/),
      page.click('form.filters button[type="submit"]'),
    ]);
    expect(await page.locator('article.entry').count()).toBe(
      list('avtocod', { category: 'quota_exceeded' }).length,
    );

    await page.click('[data-lang-switch="ru"]');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.locator('article.entry').count()).toBe(
      list('avtocod', { category: 'quota_exceeded' }).length,
    );

    await page.goto(`${web.url}/playground`);
    await page.fill('#status', '402');
    await page.fill('#body', seedB011.body);
    await Promise.all([page.waitForLoadState('load'), page.click('#decode')]);
    await page.locator('#decoded').waitFor();
    expect(await page.locator('#decoded').getAttribute('data-category')).toBe('quota_exceeded');
    expect(await page.locator('tr[data-param="day_quote"] .value').innerText()).toBe('2');
    expect(await page.getAttribute('html', 'data-kodex-ready')).toBeNull();
    await page.screenshot({ path: join(shots, 'web-nojs.png'), fullPage: true });
    await context.close();
  });
});
