import { describe, expect, it } from 'vitest';
import { catalogs } from '../../catalogs/index.js';
import { classify } from './classify.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the classify step', () => {
  it('takes a success of a provider that answers errors by status as no error, its body unread', async () => {
    const response = json(200, { id: 1 });
    expect(await classify(response, catalogs.amocrm)).toBeNull();
    expect(response.bodyUsed).toBe(false);
  });

  it('decodes an error answer into the provider’s record, in the language asked', async () => {
    const record = await classify(json(404, {}), catalogs.http, { lang: 'ru' });
    expect(record).toMatchObject({
      provider: 'http',
      code: '404',
      category: 'not_found',
      lang: 'ru',
    });
  });

  it('reads the error UniSender puts in a 200 from a copy, leaving the body to the caller', async () => {
    const response = json(200, { error: 'AK100310-02', code: 'invalid_api_key' });
    const record = await classify(response, catalogs.unisender);
    expect(record).toMatchObject({ code: 'invalid_api_key', category: 'unauthenticated' });
    expect(await response.json()).toEqual({ error: 'AK100310-02', code: 'invalid_api_key' });
    expect(await classify(json(200, { result: {} }), catalogs.unisender)).toBeNull();
  });

  it('lets a known host name the provider of a generic http answer: the one that answered, else the one asked', async () => {
    const bare = () => json(404, { message: 'Not found' });
    const telphin = { url: 'https://apiproxy.telphin.ru/api/ver1.0/client/@me/' };
    expect(await classify(bare(), catalogs.http, telphin)).toMatchObject({
      provider: 'telphin',
      code: '404',
      known: true,
    });
    const proxy = new Response('<html><body>502 Bad Gateway</body></html>', { status: 502 });
    expect(
      await classify(proxy, catalogs.http, { url: 'https://www.googleapis.com/drive/v3/files' }),
    ).toMatchObject({ provider: 'google', code: '502', category: 'unavailable' });
    // Response.url, where fetch gives one, is the host that answered (after its redirects).
    const redirected = Object.defineProperty(bare(), 'url', { value: 'https://api.dellin.ru/v1' });
    expect((await classify(redirected, catalogs.http, telphin))?.provider).toBe('dellin');
    expect(
      (await classify(bare(), catalogs.http, { url: 'https://api.example.com/' }))?.provider,
    ).toBe('http');
    expect((await classify(bare(), catalogs.http))?.provider).toBe('http');
  });

  it('keeps the provider a client is made for, whatever host answered', async () => {
    const record = await classify(json(404, { message: 'Not found' }), catalogs.amocrm, {
      url: 'https://apiproxy.telphin.ru/api/ver1.0/x',
    });
    expect(record?.provider).toBe('amocrm');
  });
});
