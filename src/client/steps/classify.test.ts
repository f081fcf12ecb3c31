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
    const record = await classify(json(404, {}), catalogs.http, 'ru');
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
});
