import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { decode } from '../decode/decode.js';
import { list } from '../lookup/index.js';
import { createMockPool } from './mock-pool.js';
import type { MockLogEntry } from './options.js';

const pool = createMockPool();
const start = pool.start;
afterEach(pool.closeAll);

async function ask(url: string, code?: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    headers: code ? { 'x-kodex-error': code, ...headers } : headers,
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), text, response };
}

const xml = new XMLParser({ parseTagValue: false });

describe('amoCRM: each API era on its own paths, in its own shape', () => {
  it('answers a legacy code on /api/v4 as the v4 problem of its status, the code in the text', async () => {
    const mock = await start({ provider: 'amocrm' });
    const { status, type, text } = await ask(`${mock.url}/api/v4/account`, '110');
    expect(status).toBe(401);
    expect(type).toBe('application/problem+json');
    const body = JSON.parse(text);
    expect(body).toMatchObject({
      status: 401,
      title: 'Unauthorized',
      type: 'https://httpstatus.es/401',
    });
    expect(body.detail).toMatch(/^Код ошибки 110\. /);
    expect(body).not.toHaveProperty('response');
    expect(decode({ status, body: text }, { provider: 'amocrm' })).toMatchObject({
      code: '110',
      category: 'unauthenticated',
    });
  });

  it('answers NotSupportedChoice on /api/v4 inside validation-errors, as amoCRM’s reference shows it', async () => {
    const mock = await start({ provider: 'amocrm' });
    const { status, text } = await ask(`${mock.url}/api/v4/leads`, 'NotSupportedChoice');
    expect(status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      title: 'Bad Request',
      type: 'https://httpstatus.es/400',
      status: 400,
      detail: 'Request validation failed',
      'validation-errors': [
        {
          request_id: '0',
          errors: [
            {
              code: 'NotSupportedChoice',
              path: 'custom_fields_values.0.field_id',
              detail: expect.any(String),
            },
          ],
        },
      ],
    });
  });

  it('answers every error of its catalog on /api/v4 with a body that has `status`', async () => {
    const mock = await start({ provider: 'amocrm' });
    for (const entry of list('amocrm')) {
      if (entry.kind === 'success') continue;
      const { status, text } = await ask(`${mock.url}/api/v4/leads`, entry.key);
      expect(status, entry.key).toBe(entry.status);
      expect(JSON.parse(text), entry.key).toMatchObject({ status: entry.status });
    }
  });

  it('answers the legacy API v2 under /private/api in its envelope', async () => {
    const mock = await start({ provider: 'amocrm' });
    const { status, text } = await ask(`${mock.url}/private/api/v2/json/leads/list`, '244.events');
    expect(status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      response: { error: expect.any(String), error_code: 244 },
    });
    const paid = await ask(`${mock.url}/private/api/v2/json/accounts/current`, '402.other');
    expect(paid.status).toBe(402);
    expect(JSON.parse(paid.text).response.error_code).toBe(402);
    const ok = await ask(`${mock.url}/private/api/v2/json/accounts/current`);
    expect(JSON.parse(ok.text)).toHaveProperty('response');
  });

  it('answers the Chats API and OAuth in their shapes', async () => {
    const mock = await start({ provider: 'amocrm' });
    const chats = await ask(`${mock.url}/v2/origin/custom/scope-id/chats`, '403');
    expect(chats.status).toBe(403);
    expect(JSON.parse(chats.text)).toMatchObject({ error_code: 403, error_type: '403' });
    const oauth = await ask(`${mock.url}/oauth2/access_token`, '110');
    expect(oauth.status).toBe(401);
    expect(JSON.parse(oauth.text)).toMatchObject({
      type: 'https://developers.amocrm.ru/v3/errors/OAuthProblemJson',
      status: 401,
      hint: expect.any(String),
    });
    expect(decode({ status: 401, body: oauth.text }, { provider: 'amocrm' })?.code).toBe('110');
  });
});

describe('UniSender: the language of the path', () => {
  it('answers /en/api in English and /ru/api in Russian, whatever the emulator language', async () => {
    const mock = await start({ provider: 'unisender', lang: 'ru' });
    const en = JSON.parse((await ask(`${mock.url}/en/api/getLists`, 'invalid_api_key')).text);
    const ru = JSON.parse((await ask(`${mock.url}/ru/api/getLists`, 'invalid_api_key')).text);
    expect(en.code).toBe('invalid_api_key');
    expect(en.error).not.toMatch(/[А-я]/);
    expect(ru.error).toMatch(/[А-я]/);
  });

  it('answers its fault with its own temporary-failure code under a 503', async () => {
    const mock = await start({ provider: 'unisender', fault: '5xx=1' });
    const { status, text } = await ask(`${mock.url}/en/api/sendEmail`);
    expect(status).toBe(503);
    expect(JSON.parse(text)).toMatchObject({ code: 'retry_later' });
  });
});

describe('the provider’s own language', () => {
  it('answers Google in English unless asked for another language', async () => {
    const own = await start({ provider: 'google' });
    const asked = await start({ provider: 'google', lang: 'ru' });
    const message = async (url: string) =>
      JSON.parse((await ask(`${url}/v1/x`, 'notFound')).text).error.message as string;
    expect(await message(own.url)).not.toMatch(/[А-яЁё]/);
    expect(await message(asked.url)).toMatch(/[А-яЁё]/);
  });
});

describe('filled templates and documented data', () => {
  it('fills every template parameter of every entry', async () => {
    for (const provider of ['avtocod', 'unisender'] as const) {
      const mock = await start({ provider, lang: 'en' });
      for (const entry of list(provider).filter((e) => e.params)) {
        const { text } = await ask(`${mock.url}/en/api/x`, entry.key);
        expect(text, entry.key).not.toMatch(/\{[a-z_]+\}/);
      }
    }
  });

  it('sends the data Mobizon documents for 13, 98 and 100', async () => {
    const mock = await start({ provider: 'mobizon' });
    const body = async (code: string) => JSON.parse((await ask(mock.url, code)).text);
    expect((await body('13')).data).toBe('api.mobizon.kz');
    expect((await body('100')).data).toBe('123456');
    const partial = (await body('98')).data;
    expect(partial).toEqual([
      { recipient: '77001234567', code: 0 },
      { recipient: '77001234568', code: 1, message: 'Invalid recipient number' },
    ]);
  });
});

describe('XML where the provider serves it', () => {
  it('answers Mobizon in XML with output=xml, successes and errors', async () => {
    const mock = await start({ provider: 'mobizon' });
    const ok = await ask(`${mock.url}/service/user/getownbalance?output=xml`);
    expect(ok.type).toMatch(/^application\/xml/);
    expect(xml.parse(ok.text).response).toMatchObject({ code: '0' });
    const error = await ask(`${mock.url}/service/message/sendsmsmessage?output=xml`, '13');
    expect(error.status).toBe(200);
    expect(xml.parse(error.text).response).toMatchObject({ code: '13', data: 'api.mobizon.kz' });
    const partial = await ask(`${mock.url}/service/campaign/addrecipients?output=xml`, '98');
    expect(xml.parse(partial.text).response.data.item).toEqual([
      { recipient: '77001234567', code: '0' },
      { recipient: '77001234568', code: '1', message: 'Invalid recipient number' },
    ]);
  });

  it('answers every Mobizon code in XML as mobizon-php reads it: code, data, message under the root', async () => {
    const mock = await start({ provider: 'mobizon' });
    for (const entry of list('mobizon')) {
      const url = `${mock.url}/service/message/sendsmsmessage?api=v1&apiKey=k&output=xml`;
      const { status, text } = await ask(url, entry.key);
      expect(status, entry.key).toBe(200);
      const root = xml.parse(text).response;
      expect(root, entry.key).toMatchObject({ code: entry.code });
      expect(root, entry.key).toHaveProperty('message');
      expect(root, entry.key).toHaveProperty('data');
    }
  });

  it('answers every Dellin code on .xml in XML that decodes back to it', async () => {
    const mock = await start({ provider: 'dellin' });
    for (const entry of list('dellin')) {
      const { status, type, text } = await ask(`${mock.url}/v2/request.xml`, entry.key);
      const record = decode(
        { status, headers: { 'content-type': type! }, body: text },
        { provider: 'dellin' },
      );
      expect(record?.code, entry.key).toBe(entry.code);
    }
  });

  it('answers Dellin .xml endpoints in its XML, which decodes back to the code', async () => {
    const mock = await start({ provider: 'dellin' });
    const entry = list('dellin').find((e) => e.kind === 'error')!;
    const { status, type, text } = await ask(`${mock.url}/v1/customers.xml`, entry.key);
    expect(type).toMatch(/xml/);
    expect(
      decode({ status, headers: { 'content-type': type! }, body: text }, { provider: 'dellin' })
        ?.code,
    ).toBe(entry.code);
    const json = await ask(`${mock.url}/v1/customers.json`, entry.key);
    expect(json.type).toMatch(/json/);
  });
});

describe('on demand, limits and the log', () => {
  it('answers any HTTP status asked for, in the provider’s dialect', async () => {
    const mock = await start({ provider: 'telphin' });
    const teapot = await ask(`${mock.url}/api/ver1.0/client/@me`, undefined, {
      'x-kodex-status': '418',
    });
    expect(teapot.status).toBe(418);
    expect(decode({ status: 418, body: teapot.text }, { provider: 'telphin' })).toMatchObject({
      status: 418,
    });
    const viaQuery = await ask(`${mock.url}/x?kodex_status=429`);
    expect(viaQuery.status).toBe(429);
    // A status with an entry of its own (Telphin's bare 429) is answered with that entry.
    expect(JSON.parse(viaQuery.text)).toEqual({ message: expect.any(String) });
    expect(decode({ status: 429, body: viaQuery.text }, { provider: 'telphin' })).toMatchObject({
      code: '429',
      category: 'rate_limited',
      known: true,
    });
    const noContent = await ask(`${mock.url}/x?kodex_status=204`);
    expect(noContent).toMatchObject({ status: 204, text: '' });
    const both = await ask(`${mock.url}/x?kodex_status=409`, 'access_denied');
    expect(both.status).toBe(409);
  });

  it('holds the documented rate limit by default, and none with rate off', async () => {
    // `rate: undefined` is the default: the catalog's 7/s.
    const limited = await start({ provider: 'amocrm', rate: undefined });
    const codes = await Promise.all(
      Array.from({ length: 15 }, () => fetch(limited.url).then((r) => r.status)),
    );
    expect(codes.filter((s) => s === 200)).toHaveLength(7);
    expect(codes.filter((s) => s === 429)).toHaveLength(8);
    const free = await start({ provider: 'amocrm', rate: 'off' });
    const all = await Promise.all(
      Array.from({ length: 15 }, () => fetch(free.url).then((r) => r.status)),
    );
    expect(all.every((s) => s === 200)).toBe(true);
  });

  it('logs one entry per request: method, path, status, answer, surface and window', async () => {
    const log: MockLogEntry[] = [];
    const mock = await start({
      provider: 'amocrm',
      rate: '1/h',
      onRequest: (e) => log.push(e),
    });
    await fetch(`${mock.url}/api/v4/leads?access_token=secret`);
    await fetch(`${mock.url}/private/api/v2/json/leads/list?access_token=secret`);
    expect(log).toEqual([
      {
        method: 'GET',
        path: '/api/v4/leads',
        status: 200,
        answer: 'success',
        surface: 'api-v4',
        window: { used: 1, limit: 1 },
        banned: false,
      },
      {
        method: 'GET',
        path: '/private/api/v2/json/leads/list',
        status: 429,
        answer: 'rate 429',
        surface: 'api-v2',
        window: { used: 1, limit: 1 },
        banned: false,
      },
    ]);
  });
});
