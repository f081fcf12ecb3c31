import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../test/helpers/redis-server.mjs';
import { rejection } from '../../test/helpers/rejection.js';
import {
  type Scripted,
  type ScriptedServer,
  scriptedServer,
} from '../../test/helpers/scripted-server.js';
import { TestClock } from '../../test/helpers/test-clock.js';
import { isApiError } from '../errors/api-error.js';
import { isNetworkError } from '../errors/network-error.js';
import { isTimeoutError } from '../errors/timeout-error.js';
import { isUnknownProviderError } from '../errors/unknown-provider-error.js';
import { createClient } from './create-client.js';
import type { ClientOptions } from './options.js';
import { recordOf } from './record-of.js';

// Real HTTP on loopback; a test clock so waits are recorded, not slept.

const servers: ScriptedServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(script: (n: number) => Scripted) {
  const server = await scriptedServer(script);
  servers.push(server);
  return server;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Scripted => ({
  status,
  headers,
  body: JSON.stringify(body),
});

function client(options: Partial<ClientOptions> & Pick<ClientOptions, 'provider'>) {
  const clock = new TestClock();
  return { clock, kodex: createClient({ clock, random: () => 0.5, limits: false, ...options }) };
}

describe('createClient().fetch', () => {
  it('hands back a success untouched', async () => {
    const server = await serve(() => json(200, { id: 1 }));
    const { kodex } = client({ provider: 'amocrm' });
    const response = await kodex.fetch(`${server.url}/api/v4/leads`);
    expect(await response.json()).toEqual({ id: 1 });
    expect(recordOf(response)).toBeUndefined();
  });

  it('rejects an error response with an ApiError carrying the record, without retrying a request error', async () => {
    const server = await serve(() =>
      json(400, {
        'validation-errors': [
          { request_id: '0', errors: [{ code: 'NotSupportedChoice', path: 'x', detail: 'bad' }] },
        ],
        title: 'Bad Request',
        type: 'https://httpstatus.es/400',
        status: 400,
        detail: 'Request validation failed',
      }),
    );
    const { kodex } = client({ provider: 'amocrm' });
    const error = await rejection(
      kodex.fetch(`${server.url}/api/v4/leads`, { method: 'POST', body: '[]' }),
    );
    expect(isApiError(error) && error.record).toMatchObject({
      provider: 'amocrm',
      category: 'invalid_request',
      fields: [{ code: 'NotSupportedChoice' }],
    });
    expect(server.seen).toHaveLength(1);
  });

  it('retries a GET on a 503 with jittered exponential backoff', async () => {
    const server = await serve((n) => (n < 2 ? json(503, {}) : json(200, { ok: true })));
    const retries: number[] = [];
    const { kodex, clock } = client({
      provider: 'http',
      hooks: { onRetry: (e) => retries.push(e.delayMs) },
    });
    const response = await kodex.fetch(`${server.url}/x`);
    expect(response.status).toBe(200);
    expect(server.seen).toHaveLength(3);
    // full jitter with random() = 0.5: half of 200 ms, then half of 400 ms
    expect(retries).toEqual([100, 200]);
    expect(clock.slept).toEqual([100, 200]);
  });

  it('does not retry a POST that may have been processed', async () => {
    const server = await serve(() => json(500, {}));
    const { kodex } = client({ provider: 'http' });
    const error = await rejection(kodex.fetch(`${server.url}/x`, { method: 'POST', body: '{}' }));
    expect(isApiError(error) && error.record.category).toBe('internal');
    expect(server.seen).toHaveLength(1);
  });

  it('retries a POST carrying an idempotency key', async () => {
    const server = await serve((n) => (n === 0 ? json(503, {}) : json(201, {})));
    const { kodex } = client({ provider: 'http' });
    const response = await kodex.fetch(`${server.url}/x`, {
      method: 'POST',
      body: '{}',
      headers: { 'Idempotency-Key': 'k1' },
    });
    expect(response.status).toBe(201);
    expect(server.seen.map((s) => s.headers['idempotency-key'])).toEqual(['k1', 'k1']);
  });

  it('retries a POST after a 429, which certainly was not processed, waiting its Retry-After', async () => {
    const server = await serve((n) =>
      n === 0 ? json(429, {}, { 'retry-after': '3' }) : json(200, {}),
    );
    const paused: number[] = [];
    const { kodex, clock } = client({
      provider: 'amocrm',
      hooks: { onRateLimit: (e) => paused.push(e.pauseMs) },
    });
    const response = await kodex.fetch(`${server.url}/api/v4/leads`, {
      method: 'POST',
      body: '[]',
    });
    expect(response.status).toBe(200);
    expect(server.seen).toHaveLength(2);
    expect(clock.slept).toContain(3000);
    expect(paused).toEqual([3000]);
  });

  it('rejects at once when the announced wait is past the cap, so the caller can schedule', async () => {
    const server = await serve(() => json(429, {}, { 'retry-after': '600' }));
    const { kodex, clock } = client({ provider: 'http', retry: { maxRetryAfterMs: 60_000 } });
    const error = await rejection(kodex.fetch(`${server.url}/x`));
    expect(isApiError(error) && error.record).toMatchObject({
      category: 'rate_limited',
      retryAfterMs: 600_000,
    });
    expect(isApiError(error) && error.reason).toBe(
      'rate limited: retry after 600000 ms is past the 60000 ms cap',
    );
    expect(server.seen).toHaveLength(1);
    expect(clock.slept.filter((ms) => ms > 60_000)).toEqual([]);
  });

  it('rejects later calls at once, with the reason, while a Retry-After past the cap lasts, then calls again', async () => {
    const server = await serve((n) =>
      n === 0 ? json(429, {}, { 'retry-after': '20' }) : json(200, {}),
    );
    const held: (number | undefined)[] = [];
    const { kodex, clock } = client({
      provider: 'http',
      retry: { maxRetryAfterMs: 5000 },
      hooks: { onRateLimit: (e) => held.push(e.heldUntil) },
    });
    const start = clock.now();
    await rejection(kodex.fetch(`${server.url}/x`));
    expect(held).toEqual([start + 20_000]);
    clock.time += 1000;
    const later = await rejection(kodex.fetch(`${server.url}/x`));
    expect(isApiError(later) && later.record).toMatchObject({ category: 'rate_limited' });
    expect((later as Error).message).toMatch(/retry after 19000 ms is past the 5000 ms cap/);
    expect(isApiError(later) && later.reason).toBe('retry after 19000 ms is past the 5000 ms cap');
    expect(server.seen).toHaveLength(1);
    expect(clock.slept.filter((ms) => ms > 0)).toEqual([]);
    clock.time = start + 20_000;
    expect((await kodex.fetch(`${server.url}/x`)).status).toBe(200);
    expect((await kodex.circuit()).state).toBe('closed');
  });

  it('does not sit out the cap after an absurd Retry-After: later calls are rejected at once', async () => {
    const server = await serve(() => json(429, {}, { 'retry-after': '999999999' }));
    const { kodex, clock } = client({ provider: 'http' });
    await rejection(kodex.fetch(`${server.url}/x`));
    for (let i = 0; i < 3; i++) {
      const error = await rejection(kodex.fetch(`${server.url}/x`));
      expect((error as Error).message).toMatch(/is past the 60000 ms cap/);
    }
    expect(server.seen).toHaveLength(1);
    expect(clock.slept.filter((ms) => ms > 0)).toEqual([]);
  });

  it('waits out a quota reset within the cap, and rejects when the reset is unknown', async () => {
    const quota = {
      error: {
        code: 429,
        message: 'quota',
        status: 'RESOURCE_EXHAUSTED',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'RESOURCE_QUOTA_EXCEEDED',
            domain: 'googleapis.com',
          },
        ],
      },
    };
    const server = await serve((n) =>
      n === 0
        ? json(429, quota, { 'retry-after': '5' })
        : n === 1
          ? json(200, {})
          : json(429, quota),
    );
    const { kodex, clock } = client({ provider: 'google' });
    expect((await kodex.fetch(`${server.url}/a`)).status).toBe(200);
    expect(clock.slept).toContain(5000);
    const error = await rejection(kodex.fetch(`${server.url}/b`));
    expect(isApiError(error) && error.record.category).toBe('quota_exceeded');
  });

  it('rejects an error that UniSender sends inside a 200, and passes its successes through', async () => {
    const server = await serve((n) =>
      n === 0
        ? json(200, { error: 'AK100310-02', code: 'invalid_api_key' })
        : json(200, { result: { id: 7 } }),
    );
    const { kodex } = client({ provider: 'unisender' });
    const error = await rejection(kodex.fetch(`${server.url}/ru/api/getLists?api_key=SECRET`));
    expect(isApiError(error) && error.record).toMatchObject({
      code: 'invalid_api_key',
      category: 'unauthenticated',
    });
    expect(String((error as Error).message)).not.toContain('SECRET');
    const ok = await kodex.fetch(`${server.url}/ru/api/getLists`);
    expect(await ok.json()).toEqual({ result: { id: 7 } });
  });

  it('returns partial and pending answers with their record attached', async () => {
    const server = await serve((n) =>
      n === 0
        ? json(200, {
            code: 98,
            data: [{ recipient: '79990000000', code: 1, message: 'bad' }],
            message: 'partly',
          })
        : json(200, { code: 100, data: { id: '42' }, message: '' }),
    );
    const { kodex } = client({ provider: 'mobizon' });
    const partial = await kodex.fetch(`${server.url}/service/message/sendsmsmessage`);
    expect(recordOf(partial)?.category).toBe('partial');
    const pending = await kodex.fetch(`${server.url}/service/message/sendsmsmessage`);
    expect(recordOf(pending)).toMatchObject({ category: 'pending', params: { taskId: '42' } });
  });

  it('follows Mobizon code 13 to the API domain given in data, and to no host but Mobizon’s', async () => {
    const right = await serve(() => json(200, { code: 0, data: {}, message: '' }));
    const wrong = await serve((n) =>
      json(200, {
        code: 13,
        data: n === 0 ? 'api.mobizon.kz' : 'collector.example',
        message: 'wrong server',
      }),
    );
    // Mobizon's hosts on loopback: the test's fetch sends each to its server.
    const servers: Record<string, string> = {
      'api.mobizon.com': wrong.url,
      'api.mobizon.kz': right.url,
      'collector.example': right.url,
    };
    const asked: string[] = [];
    const onLoopback: typeof fetch = (input, init) => {
      const url = new URL(String(input));
      asked.push(url.host);
      return fetch(`${servers[url.host]}${url.pathname}${url.search}`, init);
    };
    const { kodex } = client({ provider: 'mobizon', fetch: onLoopback });
    const path = '/service/user/getownbalance?output=json&apiKey=SECRET';
    const response = await kodex.fetch(`https://api.mobizon.com${path}`);
    expect(response.status).toBe(200);
    expect(right.seen[0]?.url).toBe(path);
    expect(asked).toEqual(['api.mobizon.com', 'api.mobizon.kz']);

    // A body naming a host that is not Mobizon's does not get the API key.
    const error = await rejection(kodex.fetch(`https://api.mobizon.com${path}`));
    expect(isApiError(error) && error.reason).toBe(
      "redirect to collector.example, which is not one of mobizon's API hosts",
    );
    expect(asked).toEqual(['api.mobizon.com', 'api.mobizon.kz', 'api.mobizon.com']);
    expect(right.seen).toHaveLength(1);
  });

  it('lets a known host name the provider of a generic http client’s answer, never a named provider’s', async () => {
    // A custom fetch's constructed Response has no url: the host the request went to speaks.
    const notFound: typeof fetch = async () =>
      new Response('{"message":"Not found"}', { status: 404 });
    expect((await notFound('https://x.example')).url).toBe('');
    const generic = client({ provider: 'http', fetch: notFound }).kodex;
    const telphin = await rejection(generic.fetch('https://apiproxy.telphin.ru/api/ver1.0/x'));
    expect(isApiError(telphin) && telphin.record).toMatchObject({
      provider: 'telphin',
      code: '404',
      known: true,
    });
    const elsewhere = await rejection(generic.fetch('https://api.example.com/x'));
    expect(isApiError(elsewhere) && elsewhere.record.provider).toBe('http');
    // A client made for a provider keeps it, whatever host it calls (a proxy, a test server).
    const amo = client({ provider: 'amocrm', fetch: notFound }).kodex;
    const proxied = await rejection(amo.fetch('https://apiproxy.telphin.ru/api/v4/leads'));
    expect(isApiError(proxied) && proxied.record.provider).toBe('amocrm');
  });

  it('re-authenticates once through the hook and retries with the new credentials', async () => {
    const server = await serve((_n) => 'reset');
    await server.close();
    servers.pop();
    const api = await scriptedServer((_n, seen) =>
      seen.headers.authorization === 'Bearer new'
        ? json(200, {})
        : json(401, {
            title: 'Unauthorized',
            type: 'https://httpstatus.es/401',
            status: 401,
            detail: 'expired',
          }),
    );
    servers.push(api);
    let refreshes = 0;
    const { kodex } = client({
      provider: 'amocrm',
      reauthenticate: async () => {
        refreshes++;
        return { authorization: 'Bearer new' };
      },
    });
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        kodex.fetch(`${api.url}/api/v4/account`, { headers: { authorization: 'Bearer old' } }),
      ),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(refreshes).toBe(1);
  });

  it('rejects when the new credentials are refused too', async () => {
    const api = await serve(() =>
      json(401, {
        title: 'Unauthorized',
        type: 'https://httpstatus.es/401',
        status: 401,
        detail: 'no',
      }),
    );
    let refreshes = 0;
    const { kodex } = client({
      provider: 'amocrm',
      reauthenticate: async () => ({ authorization: `Bearer ${++refreshes}` }),
    });
    const error = await rejection(kodex.fetch(`${api.url}/api/v4/account`));
    expect(isApiError(error) && error.record.category).toBe('unauthenticated');
    expect(refreshes).toBe(1);
    expect(api.seen).toHaveLength(2);
  });

  it('opens the circuit on a blocked account, fails fast, probes after the cool-down, and can be reset', async () => {
    let blocked = true;
    const api = await serve(() => (blocked ? json(403, {}) : json(200, {})));
    const { kodex, clock } = client({ provider: 'amocrm', breaker: { cooldownMs: 1000 } });
    const first = await rejection(kodex.fetch(`${api.url}/api/v4/leads`));
    expect(isApiError(first) && first.record.category).toBe('account_blocked');
    const fast = await rejection(kodex.fetch(`${api.url}/api/v4/leads`));
    expect(isApiError(fast) && fast.message).toMatch(/circuit open/);
    expect(api.seen).toHaveLength(1);
    clock.time += 1000;
    blocked = false;
    expect((await kodex.fetch(`${api.url}/api/v4/leads`)).status).toBe(200);
    expect((await kodex.circuit()).state).toBe('closed');
    blocked = true;
    await rejection(kodex.fetch(`${api.url}/api/v4/leads`));
    await kodex.resetCircuit();
    expect((await kodex.circuit()).state).toBe('closed');
  });

  it('fails fast on an open circuit through a macrotask, so a loop of calls lets its timers run', async () => {
    const api = await serve(() => json(403, {}));
    const { kodex } = client({ provider: 'amocrm' });
    await rejection(kodex.fetch(`${api.url}/api/v4/leads`));
    let fired = false;
    setTimeout(() => {
      fired = true;
    }, 0);
    let calls = 0;
    while (!fired && calls < 1000) {
      calls++;
      await kodex.fetch(`${api.url}/api/v4/leads`).catch(() => {});
    }
    expect(fired).toBe(true);
    expect(calls).toBeLessThan(1000);
    expect(api.seen).toHaveLength(1);
  });

  it('resends a POST whose connection was refused, but not one whose connection broke after sending', async () => {
    const api = await serve(() => json(200, {}));
    let calls = 0;
    const refusingOnce: typeof fetch = async (input, init) => {
      if (calls++ === 0)
        throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
      return fetch(input, init);
    };
    const { kodex } = client({ provider: 'http', fetch: refusingOnce });
    expect((await kodex.fetch(`${api.url}/x`, { method: 'POST', body: '{}' })).status).toBe(200);

    const broken = await serve(() => 'reset');
    const { kodex: other } = client({ provider: 'http' });
    const error = await rejection(other.fetch(`${broken.url}/x`, { method: 'POST', body: '{}' }));
    expect((error as { code?: string }).code).toBe('network_error');
    expect(broken.seen).toHaveLength(1);
    const get = await rejection(other.fetch(`${broken.url}/x`));
    expect((get as { code?: string }).code).toBe('network_error');
    expect(broken.seen.length).toBeGreaterThan(2);
  });

  it('stops retrying when the retry budget is spent', async () => {
    const api = await serve(() => json(503, {}));
    const { kodex } = client({
      provider: 'http',
      retry: { budget: { ratio: 0, minPerSecond: 0 } },
    });
    await rejection(kodex.fetch(`${api.url}/x`));
    expect(api.seen).toHaveLength(1);
  });

  it('gives up after retry.limit retries', async () => {
    const api = await serve(() => json(503, {}));
    const { kodex } = client({ provider: 'http', retry: { limit: 2 } });
    const error = await rejection(kodex.fetch(`${api.url}/x`));
    expect((error as Error).message).toMatch(/gave up after 3 attempts/);
    expect(api.seen).toHaveLength(3);
  });

  it('lets a policy be overridden by category and by code', async () => {
    const api = await serve(() => json(200, { error: 'x', code: 'retry_later' }));
    const { kodex } = client({
      provider: 'unisender',
      policies: { codes: { 'unisender:retry_later': 'reject' } },
    });
    await rejection(kodex.fetch(`${api.url}/ru/api/getLists`));
    expect(api.seen).toHaveLength(1);
    const { kodex: retrying } = client({
      provider: 'unisender',
      retry: { limit: 1 },
      policies: { categories: { invalid_request: 'retry' } },
    });
    const bad = await serve(() => json(200, { error: 'x', code: 'invalid_arg' }));
    await rejection(retrying.fetch(`${bad.url}/ru/api/getLists`));
    expect(bad.seen).toHaveLength(2);
  });

  it('reads a success body over the decode cap from a copy, and hands the whole body on (UniSender: errors come in 200s)', async () => {
    const result = 'x'.repeat(2 * 1024 * 1024);
    const api = await serve(() => json(200, { result }));
    const { kodex } = client({ provider: 'unisender' });
    const response = await kodex.fetch(`${api.url}/ru/api/getLists`);
    expect(recordOf(response)).toBeUndefined();
    expect((await response.json()).result).toHaveLength(result.length);
  });

  it('hands the caller an error answer a policy returns with its body unread, its record attached', async () => {
    const api = await serve(() =>
      json(404, { title: 'Not Found', status: 404, detail: 'no such lead' }),
    );
    const { kodex } = client({
      provider: 'amocrm',
      policies: { categories: { not_found: 'return' } },
    });
    const response = await kodex.fetch(`${api.url}/api/v4/leads/1`);
    expect(response.status).toBe(404);
    expect(recordOf(response)?.category).toBe('not_found');
    expect(await response.json()).toMatchObject({ detail: 'no such lead' });
  });

  it('holds the catalog rates, per method too (UniSender sendEmail: 60 a minute)', async () => {
    const api = await serve(() => json(200, { result: {} }));
    const clock = new TestClock(0);
    const kodex = createClient({ provider: 'unisender', clock, limits: { margin: 0 } });
    for (let i = 0; i < 3; i++) await kodex.fetch(`${api.url}/ru/api/sendEmail`);
    // The first request keeps room after it for its cold start (150 ms).
    expect(clock.slept).toEqual([1150, 1000]);
    clock.slept.length = 0;
    for (let i = 0; i < 3; i++) await kodex.fetch(`${api.url}/ru/api/getLists`);
    expect(Math.max(0, ...clock.slept)).toBeLessThanOrEqual(50);
  });

  it('pauses every caller of the account when the window is spent (X-RateLimit-Remaining: 0)', async () => {
    const api = await serve((n) =>
      n === 0
        ? json(200, {}, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '30' })
        : json(200, {}),
    );
    const clock = new TestClock(0);
    const kodex = createClient({
      provider: 'telphin',
      clock,
      limits: { rates: [{ limit: 100, intervalMs: 3600_000 }] },
    });
    await kodex.fetch(`${api.url}/api/ver1.0/client/@me/`);
    await kodex.fetch(`${api.url}/api/ver1.0/client/@me/`);
    expect(clock.slept.some((ms) => ms >= 30_000)).toBe(true);
  });

  it('rejects when the caller aborts', async () => {
    const api = await serve(() => json(503, {}));
    const { kodex } = client({ provider: 'http' });
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(kodex.fetch(`${api.url}/x`, { signal: controller.signal })).rejects.toThrow(
      'stop',
    );
    expect(api.seen).toHaveLength(0);
  });

  it('times out a silent attempt, retries an idempotent request, and keeps to the total budget', async () => {
    const api = await serve(() => json(200, {}));
    // A fetch that never answers until its signal aborts: a provider gone silent.
    const silent: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
      );
    let calls = 0;
    const silentOnce: typeof fetch = (input, init) =>
      calls++ === 0 ? silent(input, init) : fetch(input, init);
    const { kodex } = client({
      provider: 'http',
      fetch: silentOnce,
      timeouts: { attemptMs: 50 },
    });
    expect((await kodex.fetch(`${api.url}/x`)).status).toBe(200);
    expect(calls).toBe(2);

    const bounded = createClient({
      provider: 'http',
      fetch: silent,
      timeouts: { attemptMs: 50, totalMs: 120 },
      limits: false,
    });
    const started = Date.now();
    const error = await rejection(bounded.fetch(`${api.url}/x`));
    expect((error as { code?: string }).code).toBe('network_error');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a span per call with the record attributes', async () => {
    const api = await serve(() => json(404, {}));
    const spans: Record<string, unknown>[] = [];
    const tracer = {
      startActiveSpan: (_name: string, fn: (span: unknown) => unknown) => {
        const attributes: Record<string, unknown> = {};
        spans.push(attributes);
        return fn({
          setAttribute: (k: string, v: unknown) => {
            attributes[k] = v;
          },
          setAttributes: (a: Record<string, unknown>) => Object.assign(attributes, a),
          setStatus: () => {},
          recordException: () => {},
          end: () => {},
        });
      },
    };
    const { kodex } = client({ provider: 'http', tracer: tracer as never });
    await rejection(kodex.fetch(`${api.url}/x?access_token=SECRET`));
    expect(spans[0]).toMatchObject({
      'kodex.code': '404',
      'kodex.category': 'not_found',
      'http.response.status_code': 404,
    });
    expect(JSON.stringify(spans)).not.toContain('SECRET');
  });

  it('keeps no credential of the URL in a network error, its causes, onRetry or the span', async () => {
    const retried: unknown[] = [];
    const exceptions: unknown[] = [];
    const tracer = {
      startActiveSpan: (_name: string, fn: (span: unknown) => unknown) =>
        fn({
          setAttribute: () => {},
          setAttributes: () => {},
          setStatus: (status: unknown) => exceptions.push(status),
          recordException: (error: unknown) => exceptions.push(inspect(error)),
          end: () => {},
        }),
    };
    const { kodex } = client({
      provider: 'http',
      tracer: tracer as never,
      retry: { limit: 1 },
      hooks: { onRetry: (e) => retried.push(inspect(e.error)) },
    });
    const port = await freePort();
    for (const url of [
      `http://user:PW-SECRET-1@127.0.0.1:${port}/x?api_key=K-SECRET-2`,
      `http://127.0.0.1:${port}/x?sig=K-SECRET-2&key=AIzaSyA-1234567890abcdefghijklmnopqrstu`,
      `ht!tp://bad url?access_token=K-SECRET-2`,
    ]) {
      const error = await rejection(kodex.fetch(url));
      expect((error as { code?: string }).code).toBe('network_error');
      const seen = [
        inspect(error),
        JSON.stringify(error),
        ...retried,
        ...exceptions.map(String),
      ].join();
      expect(seen).not.toMatch(/PW-SECRET-1|K-SECRET-2|AIzaSyA/);
    }
    expect(retried.length).toBeGreaterThan(0);
    expect(JSON.stringify(exceptions)).not.toMatch(/PW-SECRET-1|K-SECRET-2|AIzaSyA/);
  });

  it('keeps in an ApiError a response whose URL and headers have their credentials redacted', async () => {
    const api = await serve(() =>
      json(404, {}, { 'set-cookie': 'session=C-SECRET-3', 'x-request-id': 'r-1' }),
    );
    const { kodex } = client({ provider: 'http' });
    const error = await rejection(
      kodex.fetch(`${api.url}/x?api_key=K-SECRET-2&access_token=T-SECRET-4&page=2`),
    );
    expect(isApiError(error)).toBe(true);
    const response = (error as { response: Response }).response;
    expect(response.status).toBe(404);
    expect(response.url).toBe(
      `${api.url}/x?api_key=%5BREDACTED%5D&access_token=%5BREDACTED%5D&page=2`,
    );
    expect(response.headers.get('x-request-id')).toBe('r-1');
    expect(inspect(error, { depth: 5 })).not.toMatch(/K-SECRET-2|T-SECRET-4|C-SECRET-3/);
  });

  it('names its provider by id, as everything else in kodex does', () => {
    expect(client({ provider: 'amocrm' }).kodex.provider).toBe('amocrm');
  });

  it('rejects an unknown provider id with the nearest ids', () => {
    const error = (() => {
      try {
        createClient({ provider: 'amocrn' });
      } catch (e) {
        return e;
      }
    })();
    expect(isUnknownProviderError(error) && error.suggestions).toContain('amocrm');
    expect((error as Error).message).toMatch(/Did you mean amocrm/);
  });

  it('traces a POST Request as a POST', async () => {
    const api = await serve(() => json(201, {}));
    const methods: unknown[] = [];
    const tracer = {
      startActiveSpan: (_name: string, fn: (span: unknown) => unknown) =>
        fn({
          setAttribute: () => {},
          setAttributes: (a: Record<string, unknown>) => methods.push(a['http.request.method']),
          setStatus: () => {},
          recordException: () => {},
          end: () => {},
        }),
    };
    const { kodex } = client({ provider: 'http', tracer: tracer as never });
    await kodex.fetch(new Request(`${api.url}/x`, { method: 'POST', body: '{}' }));
    expect(methods[0]).toBe('POST');
    expect(api.seen[0]?.method).toBe('POST');
  });

  it('rejects with a NetworkError when the connection broke, and a TimeoutError when the provider went silent', async () => {
    const broken = await serve(() => 'reset');
    const { kodex } = client({ provider: 'http', retry: { limit: 0 } });
    const error = await rejection(kodex.fetch(`${broken.url}/x`));
    expect(isNetworkError(error) && !isTimeoutError(error)).toBe(true);

    const silent: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
      );
    const { kodex: waiting } = client({
      provider: 'http',
      fetch: silent,
      retry: { limit: 0 },
      timeouts: { attemptMs: 20 },
    });
    const timeout = await rejection(waiting.fetch(`${broken.url}/x`));
    expect(isTimeoutError(timeout)).toBe(true);
    expect(timeout).toMatchObject({ code: 'network_error' });
  });

  it('resends a POST on a 503 when retry.methods lists POST', async () => {
    const api = await serve((n) => (n === 0 ? json(503, {}) : json(201, {})));
    const { kodex } = client({ provider: 'http', retry: { methods: ['GET', 'POST'] } });
    const response = await kodex.fetch(`${api.url}/x`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(201);
    expect(api.seen).toHaveLength(2);
  });
});
