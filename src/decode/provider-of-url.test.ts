import { describe, expect, it } from 'vitest';
import { catalogs } from '../catalogs/index.js';
import { decode } from './decode.js';
import { createHostIndex, providerOfUrl } from './provider-of-url.js';

describe('the provider of a URL', () => {
  it.each([
    ['https://example.amocrm.ru/api/v4/leads', 'amocrm'],
    ['https://www.amocrm.ru/oauth2/access_token', 'amocrm'],
    ['https://example.kommo.com/api/v4/account', 'amocrm'],
    ['https://api.radist.online/v2/companies', 'radist'],
    ['https://apiproxy.telphin.ru/api/ver1.0/client/@me', 'telphin'],
    ['https://b2bapi.avtocod.ru/b2b/api/v1/user', 'avtocod'],
    ['https://api.unisender.com/ru/api/sendEmail?format=json', 'unisender'],
    ['https://www.googleapis.com/drive/v3/files', 'google'],
    ['https://indexing.googleapis.com/v3/urlNotifications:publish', 'google'],
    ['https://oauth2.googleapis.com/token', 'google'],
    ['https://api.dellin.ru/v2/request.json', 'dellin'],
    ['https://api.mobizon.kz/service/message/sendsmsmessage', 'mobizon'],
    ['HTTPS://API.DELLIN.RU./v1/x', 'dellin'],
  ])('%s is %s', (url, provider) => {
    expect(providerOfUrl(url)).toBe(provider);
    expect(providerOfUrl(new URL(url))).toBe(provider);
  });

  it.each([
    'https://evilamocrm.ru/api', // a suffix only counts after a dot
    'https://amocrm.ru.example.com/',
    'https://go1.unisender.ru/ru/transactional/api/v1/email/send.json', // UniSender Go: another API
    'https://api.dellin.ru.example.com/',
    'https://example.com/',
    '/api/v4/leads',
    'not a url',
    '',
    `https://${'a'.repeat(10_000)}.amocrm.ru/`,
  ])('%s names no provider', (url) => {
    expect(providerOfUrl(url)).toBeUndefined();
  });

  it('ignores values that are not URLs without throwing', () => {
    for (const junk of [null, 42, {}, [], { hostname: 'api.dellin.ru' }]) {
      expect(providerOfUrl(junk as unknown as string)).toBeUndefined();
    }
  });

  it('prefers the more specific domain', () => {
    const index = createHostIndex([
      { ...catalogs.google, id: 'broad', hosts: ['*.example.com'] },
      { ...catalogs.google, id: 'narrow', hosts: ['*.api.example.com'] },
    ]);
    expect(index.providerOf('https://x.api.example.com/')).toBe('narrow');
    expect(index.providerOf('https://x.example.com/')).toBe('broad');
  });
});

describe('decode with a url', () => {
  const bare = { status: 404, body: '{"message":"Not found"}' };

  it('names the provider of a body that carries no sign of it', () => {
    expect(decode(bare)?.provider).toBe('http');
    expect(decode(bare, { url: 'https://api.dellin.ru/v2/orders.json' })?.provider).toBe('dellin');
    const nginx = { status: 403, body: '<html><body><h1>403 Forbidden</h1></body></html>' };
    expect(decode(nginx, { url: 'https://example.amocrm.ru/api/v4/leads' })).toMatchObject({
      provider: 'amocrm',
      code: '403',
    });
  });

  it('lets the host win over the body, and an explicit provider over both', () => {
    const google = {
      status: 400,
      body: '{"error":{"code":400,"message":"Bad","status":"INVALID_ARGUMENT"}}',
    };
    expect(decode(google)?.provider).toBe('google');
    expect(decode(google, { url: 'https://api.dellin.ru/v2/x.json' })?.provider).toBe('dellin');
    expect(
      decode(google, { url: 'https://api.dellin.ru/v2/x.json', provider: 'google' })?.provider,
    ).toBe('google');
  });

  it('falls back to detection for a host no catalog lists', () => {
    expect(decode(bare, { url: 'https://example.com/x' })?.provider).toBe('http');
  });

  it("reads a fetch Response's own url", async () => {
    const response = new Response('{"message":"Not found"}', { status: 404 });
    Object.defineProperty(response, 'url', { value: 'https://api.mobizon.kz/service/x' });
    expect((await decode(response))?.provider).toBe('mobizon');
    const plain = new Response('{"message":"Not found"}', { status: 404 });
    expect((await decode(plain))?.provider).toBe('http');
  });
});
