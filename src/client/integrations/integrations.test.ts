import axios from 'axios';
import ky from 'ky';
import { afterEach, describe, expect, it } from 'vitest';
import { type ScriptedServer, scriptedServer } from '../../../test/helpers/scripted-server.js';
import { TestClock } from '../../../test/helpers/test-clock.js';
import { isApiError } from '../../errors/api-error.js';
import { createClient } from '../create-client.js';
import { axiosAdapter } from './axios.js';
import { kyOptions } from './ky.js';

let server: ScriptedServer;
afterEach(() => server.close());

const google429 = JSON.stringify({
  error: {
    code: 429,
    message: 'slow down',
    status: 'RESOURCE_EXHAUSTED',
    details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '2s' }],
  },
});

describe('ky and axios users', () => {
  it('keep ky and gain the decoding and the policies', async () => {
    server = await scriptedServer((n) =>
      n === 0 ? { status: 429, body: google429 } : { status: 200, body: '{"items":[1]}' },
    );
    const clock = new TestClock();
    const api = ky.create({
      prefixUrl: server.url,
      ...kyOptions(createClient({ provider: 'google', clock, limits: false })),
    });
    expect(await api.get('v1/things').json()).toEqual({ items: [1] });
    expect(clock.slept).toContain(2000);
  });

  it('see an ApiError from ky for an error that is not retried', async () => {
    server = await scriptedServer(() => ({
      status: 404,
      body: '{"error":{"code":404,"message":"no","status":"NOT_FOUND"}}',
    }));
    const api = ky.create({
      prefixUrl: server.url,
      ...kyOptions(createClient({ provider: 'google', limits: false })),
    });
    const error = await api.get('v1/things').catch((e: unknown) => e);
    expect(isApiError(error) && error.record.code).toBe('NOT_FOUND');
  });

  it('keep axios through an adapter, with errors as ApiError', async () => {
    server = await scriptedServer((n, seen) =>
      n === 0
        ? { status: 200, body: JSON.stringify({ echo: seen.body, q: seen.url }) }
        : { status: 200, body: '{"error":"x","code":"invalid_arg"}' },
    );
    const api = axios.create({
      baseURL: server.url,
      adapter: axiosAdapter(createClient({ provider: 'unisender', limits: false })) as never,
    });
    const ok = await api.post('/ru/api/subscribe', { a: 1 }, { params: { list_ids: '1' } });
    expect(ok.data).toEqual({ echo: '{"a":1}', q: '/ru/api/subscribe?list_ids=1' });
    const error = await api.get('/ru/api/getLists').catch((e: unknown) => e);
    expect(isApiError(error) && error.record.category).toBe('invalid_request');
  });
});
