import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { catalogs } from '../src/catalogs/index.js';
import { createClient } from '../src/client/index.js';
import { isApiError } from '../src/errors/api-error.js';
import { createMockServer, type MockServer } from '../src/mock/index.js';

// The client against the provider emulators, over real loopback HTTP, with
// real time (short runs) and the suite's own redis-server. The tests
// that count violations keep a wider margin than the default: they run beside
// the whole suite on two cores, and prove the mechanism; bench:client measures
// how close to the limit it runs on a quiet machine.
const MARGIN = 0.15;

const mocks: MockServer[] = [];
afterEach(async () => {
  await Promise.all(mocks.splice(0).map((m) => m.close()));
});

const prefix = `kodex-test-emulator:${process.pid}:${Date.now()}:`;
afterAll(async () => {
  const redis = new Redis(inject('redisUrl'));
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

async function mock(options: Parameters<typeof createMockServer>[0]) {
  const server = await createMockServer(options);
  mocks.push(server);
  return server;
}

async function settle<T>(promises: Promise<T>[]) {
  const results = await Promise.allSettled(promises);
  return {
    ok: results.filter((r) => r.status === 'fulfilled').length,
    errors: results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : [])),
  };
}

describe('the client against the emulators', () => {
  it('holds amoCRM to its 7 requests a second from the catalog, with no violation', async () => {
    const amo = await mock({ provider: 'amocrm', rate: '7/s', banAfter: 1 });
    const client = createClient({ provider: 'amocrm', limits: { margin: MARGIN } });
    const started = Date.now();
    const { ok } = await settle(
      Array.from({ length: 21 }, (_, i) => client.fetch(`${amo.url}/api/v4/leads?i=${i}`)),
    );
    expect(ok).toBe(21);
    expect(amo.stats()).toMatchObject({ rateViolations: 0, bans: 0, accepted: 21 });
    // 21 requests at 7/s (less a small margin) take close to three seconds.
    expect(Date.now() - started).toBeGreaterThan(2700);
  });

  it('holds one limit across two processes sharing Redis', async () => {
    const api = await mock({ provider: 'unisender', rate: '10/s', banAfter: 1 });
    const options = {
      provider: 'unisender',
      account: 'shared',
      redis: { connection: inject('redisUrl'), prefix },
      limits: { rates: [{ limit: 10, intervalMs: 1000 }], margin: MARGIN },
    } as const;
    const a = createClient(options);
    const b = createClient(options);
    const { ok } = await settle(
      Array.from({ length: 24 }, (_, i) =>
        (i % 2 ? a : b).fetch(`${api.url}/ru/api/getLists?i=${i}`),
      ),
    );
    await Promise.all([a.close(), b.close()]);
    expect(ok).toBe(24);
    expect(api.stats()).toMatchObject({ rateViolations: 0, accepted: 24 });
  });

  it('recovers from the emulator’s rate-limit answers by waiting their Retry-After', async () => {
    const amo = await mock({ provider: 'amocrm', rate: '3/s' });
    // The client is told nothing of the limit: it learns it from the 429s.
    const client = createClient({ provider: 'amocrm', limits: false });
    const { ok } = await settle(
      Array.from({ length: 6 }, (_, i) => client.fetch(`${amo.url}/api/v4/leads?i=${i}`)),
    );
    expect(ok).toBe(6);
    expect(amo.stats().rateViolations).toBeGreaterThan(0);
    expect(amo.stats().accepted).toBe(6);
  });

  it('rejects an error asked of the emulator with its record, without retrying what cannot succeed', async () => {
    const avtocod = await mock({ provider: 'avtocod' });
    const client = createClient({ provider: 'avtocod' });
    const error = await client
      .fetch(`${avtocod.url}/api/v2/reports`, { headers: { 'x-kodex-error': 'B011' } })
      .catch((e) => e);
    expect(isApiError(error) && error.record).toMatchObject({
      code: 'B011',
      category: 'quota_exceeded',
      status: 402,
    });
    expect(avtocod.stats().requests).toBe(1);
  });

  it('opens the circuit when the emulator bans the account, and stops calling it', async () => {
    const amo = await mock({ provider: 'amocrm', rate: '2/s', banAfter: 1, banMs: 60_000 });
    // A careless burst gets the account banned…
    await Promise.all(
      Array.from({ length: 4 }, () =>
        fetch(`${amo.url}/api/v4/leads`).then((r) => r.arrayBuffer()),
      ),
    );
    expect(amo.stats().bans).toBe(1);
    // …and the client, told so, fails fast from then on.
    const client = createClient({ provider: 'amocrm', limits: false });
    const first = await client.fetch(`${amo.url}/api/v4/leads`).catch((e) => e);
    expect(isApiError(first) && first.record.category).toBe('account_blocked');
    const seen = amo.stats().requests;
    const second = await client.fetch(`${amo.url}/api/v4/leads`).catch((e) => e);
    expect(isApiError(second) && second.message).toMatch(/circuit open/);
    expect(amo.stats().requests).toBe(seen);
  });

  it('loses no idempotent request and processes no POST twice under injected faults', async () => {
    const google = await mock({ provider: 'google', fault: '5xx=0.3,reset=0.1', seed: 7 });
    const client = createClient({
      provider: 'google',
      retry: { limit: 9, backoff: { baseMs: 5, maxMs: 20 }, budget: { ratio: 5 } },
    });
    const gets = await settle(
      Array.from({ length: 30 }, (_, i) => client.fetch(`${google.url}/v1/things/${i}`)),
    );
    expect(gets.ok).toBe(30);
    const posts = await settle(
      Array.from({ length: 30 }, (_, i) =>
        client.fetch(`${google.url}/v1/things`, {
          method: 'POST',
          body: '{}',
          headers: { 'x-request-id': `p${i}` },
        }),
      ),
    );
    // Without an idempotency key a POST that may have been processed is not
    // resent: some fail, none is processed twice.
    expect(google.stats().duplicates).toBe(0);
    expect(posts.ok + posts.errors.length).toBe(30);
    const keyed = await settle(
      Array.from({ length: 30 }, (_, i) =>
        client.fetch(`${google.url}/v1/things`, {
          method: 'POST',
          body: '{}',
          headers: { 'idempotency-key': `k${i}` },
        }),
      ),
    );
    expect(keyed.ok).toBe(30);
    expect(google.stats().duplicates).toBe(0);
  });
});

/**
 * Two Mobizon emulators standing for two of Mobizon's API hosts, and the
 * test's own fetch (never kodex's code) that puts each host on its emulator:
 * api.mobizon.com, which does not serve the account, answers code 13 (asked
 * of it by x-kodex-error), whose data names api.mobizon.kz.
 */
async function mobizonHosts() {
  const wrong = await mock({ provider: 'mobizon', rate: 'off' });
  const right = await mock({ provider: 'mobizon', rate: 'off' });
  const emulators: Record<string, { url: string; asks?: string }> = {
    'api.mobizon.com': { url: wrong.url, asks: '13' },
    'api.mobizon.kz': { url: right.url },
  };
  const asked: string[] = [];
  const fetchOnLoopback: typeof fetch = (input, init) => {
    const url = new URL(String(input));
    asked.push(url.host);
    const emulator = emulators[url.host];
    if (!emulator) throw new TypeError(`fetch failed: no emulator for ${url.host}`);
    const headers = new Headers(init?.headers);
    if (emulator.asks) headers.set('x-kodex-error', emulator.asks);
    return fetch(`${emulator.url}${url.pathname}${url.search}`, { ...init, headers });
  };
  return { wrong, right, asked, fetch: fetchOnLoopback };
}

describe('the client against the emulators: Mobizon’s code 13', () => {
  const balance = 'https://api.mobizon.com/service/user/getownbalance?output=json&apiKey=KEY';

  it('follows the API domain the emulator names in data, and succeeds there', async () => {
    const { wrong, right, ...hosts } = await mobizonHosts();
    const client = createClient({ provider: 'mobizon', fetch: hosts.fetch, limits: false });
    const response = await client.fetch(balance);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ code: 0 });
    expect(hosts.asked).toEqual(['api.mobizon.com', 'api.mobizon.kz']);
    expect(wrong.stats()).toMatchObject({ requests: 1, accepted: 0 });
    expect(right.stats()).toMatchObject({ requests: 1, accepted: 1 });
  });

  it('does not take the API key to a domain that is not one of the catalog’s hosts', async () => {
    const { right, ...hosts } = await mobizonHosts();
    // A Mobizon catalog that lists only api.mobizon.com: the emulator's
    // api.mobizon.kz is, for this client, a host the body made up.
    const client = createClient({
      provider: { ...catalogs.mobizon, hosts: ['api.mobizon.com'] },
      fetch: hosts.fetch,
      limits: false,
    });
    const error = await client.fetch(balance).catch((e) => e);
    expect(isApiError(error) && error.record).toMatchObject({ code: '13', category: 'redirect' });
    expect(isApiError(error) && error.reason).toBe(
      "redirect to api.mobizon.kz, which is not one of mobizon's API hosts",
    );
    expect(hosts.asked).toEqual(['api.mobizon.com']);
    expect(right.stats().requests).toBe(0);
  });
});
