import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataFile } from '../src/docs/load-catalog.js';
import type { ProviderPack } from '../src/model/pack.js';
import { registerPack, unregisterPack } from '../src/packs/provider-set.js';
import { type BrowsedReference, browseReference, openPage } from './helpers/web-reference.js';

// The playground decodes in the browser with the library's own decode(): a
// pack the server was started with (`kodex serve --pack`) must reach it, and a
// pack whose dialect is code, which cannot, must leave decoding to the server.

const pack = async (name: string) =>
  (await readDataFile(
    fileURLToPath(new URL(`fixtures/packs/${name}`, import.meta.url)),
    'pack',
  )) as ProviderPack;

let reference: BrowsedReference;
let context: BrowserContext;

beforeAll(async () => {
  registerPack(await pack('shop.yaml'));
  reference = await browseReference();
  context = await reference.browser.newContext({ locale: 'en-US' });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await reference?.stop();
  unregisterPack('shop');
  unregisterPack('ledger');
});

async function playground(page: Page): Promise<void> {
  await page.goto(`${reference.web.url}/playground`);
  await page.waitForSelector('html[data-kodex-ready="true"]');
}

describe('the playground with packs, in Chromium', () => {
  it('detects and decodes a pack provider’s body in the browser', async () => {
    const { page, problems } = await openPage(context);
    await playground(page);
    const sent: string[] = [];
    page.on('request', (request) => sent.push(new URL(request.url()).pathname));
    await page.fill('#status', '402');
    await page.fill(
      '#body',
      '{"error":{"type":"card_error","code":"card_declined","message":"Your card was declined."}}',
    );
    const decoded = page.locator('#decoded[data-provider="shop"]');
    await decoded.waitFor();
    expect(await decoded.getAttribute('data-code')).toBe('card_declined');
    expect(await decoded.getAttribute('data-category')).toBe('payment_required');
    await page.selectOption('#provider', 'shop');
    await page.fill('#status', '429');
    await page.fill('#body', '{"error":{"code":"rate_limit"}}');
    await page.locator('#decoded[data-code="rate_limit"]').waitFor();
    // Decoded here: the server was asked for its packs and the decoder, nothing else.
    expect(sent.filter((path) => !path.startsWith('/static/'))).toEqual(['/api/packs']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('leaves decoding to the server while a pack’s dialect is code', async () => {
    registerPack(await pack('code/ledger.mjs'));
    try {
      const { page, problems } = await openPage(context);
      await page.goto(`${reference.web.url}/playground`);
      await page.fill('#status', '409');
      await page.fill('#body', 'LEDGER-ERR L42: booked twice');
      await Promise.all([page.waitForURL('**/playground'), page.click('#decode')]);
      const decoded = page.locator('#decoded[data-provider="ledger"]');
      await decoded.waitFor();
      expect(await decoded.getAttribute('data-code')).toBe('L42');
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      unregisterPack('ledger');
    }
  });
});
