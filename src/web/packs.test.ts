import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareWebServer } from '../../test/helpers/bare-web.js';
import { readDataFile } from '../docs/load-catalog.js';
import type { ProviderPack } from '../model/pack.js';
import { checkPack } from '../packs/check-pack.js';
import { registerPack, unregisterPack } from '../packs/provider-set.js';

// The web reference with packs loaded (as `kodex serve --pack` loads them):
// a pack provider is on the index, has its pages, answers in the JSON API,
// and is handed to the playground's browser code.

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../test/fixtures/packs/${name}`, import.meta.url));

const server = bareWebServer();

beforeAll(async () => {
  registerPack((await readDataFile(fixture('shop.yaml'), 'pack')) as ProviderPack);
});

afterAll(() => {
  unregisterPack('shop');
  unregisterPack('ledger');
});

async function text(path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(server.current.url + path);
  return { status: response.status, body: await response.text() };
}

describe('the web reference with a pack', () => {
  it('lists the pack provider on the index and gives it a page with an anchor per code', async () => {
    const index = await text('/');
    expect(index.body).toContain('href="/providers/shop"');
    const page = await text('/providers/shop');
    expect(page.status).toBe(200);
    expect(page.body).toContain('id="code-card_declined"');
    expect(page.body).toContain('5 requests a second');
    expect((await text('/providers/shop/codes/card_declined')).status).toBe(200);
  });

  it('explains, lists and searches the pack in the JSON API, and names it in the OpenAPI description', async () => {
    const explained = await (
      await fetch(`${server.current.url}/api/explain/shop/card_declined`)
    ).json();
    expect(explained).toMatchObject({
      provider: 'shop',
      status: 402,
      category: 'payment_required',
    });
    const hits = await (await fetch(`${server.current.url}/api/search?q=declined`)).json();
    expect(hits[0]).toMatchObject({ provider: 'shop', code: 'card_declined' });
    const providers = await (await fetch(`${server.current.url}/api/providers`)).json();
    expect(providers.map((p: { id: string }) => p.id)).toContain('shop');
    const openapi = await (await fetch(`${server.current.url}/api/openapi.json`)).json();
    const request = openapi.paths['/api/decode'].post.requestBody.content['application/json'];
    expect(request.schema.properties.provider.enum).toEqual(
      expect.arrayContaining(['amocrm', 'shop']),
    );
  });

  it('decodes a body of the pack on the server', async () => {
    const response = await fetch(`${server.current.url}/api/decode`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        status: 402,
        body: '{"error":{"code":"card_declined","message":"No"}}',
      }),
    });
    const { record, entry } = await response.json();
    expect(record).toMatchObject({ provider: 'shop', code: 'card_declined', detail: 'No' });
    expect(entry.url).toBe('/providers/shop#code-card_declined');
  });

  it('hands the playground its data packs, which check again as they are, and says which decode on the server only', async () => {
    const playground = await text('/playground');
    expect(playground.body).toMatch(/<div class="playground" data-packs="\/api\/packs">/);
    expect(playground.body).toContain('<option value="shop">Shop</option>');
    const served = await (await fetch(`${server.current.url}/api/packs`)).json();
    expect(served.serverOnly).toEqual([]);
    expect(served.packs.map((p: { id: string }) => p.id)).toEqual(['shop']);
    expect(checkPack(served.packs[0]).problems).toBeUndefined();

    registerPack((await readDataFile(fixture('code/ledger.mjs'), 'pack')) as ProviderPack);
    expect((await (await fetch(`${server.current.url}/api/packs`)).json()).serverOnly).toEqual([
      'ledger',
    ]);
    expect((await text('/playground')).body).toContain(
      '<div class="playground" data-packs="/api/packs" data-decoder="server">',
    );
    unregisterPack('ledger');
  });
});
