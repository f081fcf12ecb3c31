import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogs } from '../src/catalogs/index.js';
import { registerDocs } from '../src/cli/commands/docs.js';
import { anchorId } from '../src/docs/anchor.js';
import { renderHtmlPage } from '../src/docs/html.js';
import { entryKey } from '../src/model/catalog.js';
import { hostileCatalog, PAYLOAD } from './fixtures/docs/hostile-catalog.js';
import { CHROMIUM, CHROMIUM_ARGS } from './helpers/chromium.js';

// The generated HTML page of every built-in catalog, opened from disk in a
// real Chromium with JavaScript off: every code's anchor is there and visible
// once navigated to, and the page asks for nothing beyond its own file.

const VIEWPORT = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const EXAMPLE_DOCS = fileURLToPath(new URL('../examples/fastify-service/docs/', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../reports/screenshots/', import.meta.url));

let work: string;
const contexts: BrowserContext[] = [];

async function launch(
  javaScriptEnabled: boolean,
  viewport: { width: number; height: number } = VIEWPORT,
): Promise<BrowserContext> {
  // A fresh profile per launch: nothing cached or remembered between runs.
  const profile = await mkdtemp(join(work, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    javaScriptEnabled,
    viewport,
  });
  contexts.push(context);
  return context;
}

/** Every URL a page requests, to prove it needs nothing but its own file. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

let pages: BrowserContext;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install the Debian package "chromium".`);
  }
  work = await mkdtemp(join(tmpdir(), 'kodex-docs-browser-'));
  // The pages as a user gets them: `kodex docs --format html --out DIR`.
  const program = new Command('kodex').exitOverride();
  const io = { out: () => {}, err: (t: string) => process.stderr.write(t), color: false };
  let exit = 0;
  registerDocs(program, io, (code) => {
    exit = code;
  });
  await program.parseAsync(['docs', '--format', 'html', '--out', join(work, 'html')], {
    from: 'user',
  });
  expect(exit).toBe(0);
  await mkdir(SCREENSHOTS, { recursive: true });
  pages = await launch(false);
}, 60_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the HTML reference in Chromium', () => {
  it.each(Object.values(catalogs).map((c) => [c.id, c] as const))(
    'shows every %s code at its anchor, offline and without JavaScript',
    async (id, catalog) => {
      const page = await pages.newPage();
      const requests = recordRequests(page);
      const url = pathToFileURL(join(work, 'html', `${id}.html`)).href;
      await page.goto(url);
      expect(await page.title()).toBe(`${catalog.name} — error reference`);
      await page.screenshot({ path: join(SCREENSHOTS, `docs-${id}.png`) });
      expect(await page.locator('article.entry').count()).toBe(catalog.entries.length);

      for (const entry of catalog.entries) {
        const anchor = anchorId(entryKey(entry));
        await page.goto(`${url}#${anchor}`);
        const target = page.locator(`#${anchor}`);
        expect(await target.isVisible(), anchor).toBe(true);
        // One round trip for the rest: the element is unique, the browser took
        // the fragment as its target and scrolled it into the viewport.
        const seen = await target.evaluate((el) => ({
          count: document.querySelectorAll(`[id="${el.id}"]`).length,
          target: el.matches(':target'),
          top: el.getBoundingClientRect().top,
          heading: el.querySelector('h3')?.textContent ?? '',
        }));
        expect(seen.count, anchor).toBe(1);
        expect(seen.target, anchor).toBe(true);
        expect(seen.top, anchor).toBeGreaterThanOrEqual(0);
        expect(seen.top, anchor).toBeLessThan(VIEWPORT.height);
        expect(seen.heading, anchor).toContain(entry.code);
      }
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      await page.close();
    },
    120_000,
  );

  it('runs nothing from a hostile catalog even with JavaScript on, and shows its text as text', async () => {
    const path = join(work, 'hostile.html');
    await writeFile(path, renderHtmlPage(hostileCatalog));
    const page = await (await launch(true)).newPage();
    const requests = recordRequests(page);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(path).href);
    // Follow every link the page offers: none may run script.
    for (const link of await page.locator('a[href]').all()) {
      const href = await link.getAttribute('href');
      if (href?.startsWith('#')) await link.click();
    }
    expect(await page.evaluate(`typeof window.${PAYLOAD}`)).toBe('undefined');
    expect(dialogs).toEqual([]);
    expect(await page.locator('script, img, svg, iframe').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toContain(
      `<script>window.${PAYLOAD}=1</script>`,
    );
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  }, 60_000);

  describe('on a 390×844 phone', () => {
    let phone: BrowserContext;
    beforeAll(async () => {
      phone = await launch(false, PHONE);
    }, 60_000);

    async function widthOf(file: string) {
      const page = await phone.newPage();
      await page.goto(pathToFileURL(file).href);
      // With every example body open: long JSON lines scroll inside their box.
      const width = await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
        return {
          document: document.documentElement.scrollWidth,
          viewport: window.innerWidth,
        };
      });
      await page.close();
      return width;
    }

    const builtIn = [...Object.keys(catalogs), 'index'];
    it.each(builtIn)(
      'fits %s.html in the width of the screen',
      async (name) => {
        // Wide tables scroll inside their own box; long codes and URLs wrap.
        const { document, viewport } = await widthOf(join(work, 'html', `${name}.html`));
        expect(viewport).toBe(PHONE.width);
        expect(document).toBeLessThanOrEqual(viewport);
      },
      60_000,
    );

    it("fits the example service's generated pages in the width of the screen", async () => {
      const files = (await readdir(EXAMPLE_DOCS)).filter((f) => f.endsWith('.html'));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const { document, viewport } = await widthOf(join(EXAMPLE_DOCS, file));
        expect(document, file).toBeLessThanOrEqual(viewport);
      }
    }, 60_000);
  });
});
