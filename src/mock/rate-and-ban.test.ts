import { afterEach, describe, expect, it } from 'vitest';
import { decode } from '../decode/decode.js';
import { createMockServer, type MockServer } from './mock-server.js';

let servers: MockServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** An emulator on a clock the test moves by hand. */
async function startWithClock(options: Omit<Parameters<typeof createMockServer>[0], 'now'>) {
  const clock = { t: 1_700_000_000_000 };
  const mock = await createMockServer({ ...options, now: () => clock.t });
  servers.push(mock);
  return { mock, clock };
}

async function statuses(url: string, n: number, init?: RequestInit): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await fetch(url, init)).status);
  return out;
}

describe('the emulated rate limit', () => {
  it('lets exactly the limit through per window and answers the next with the provider’s rate-limit error', async () => {
    const { mock, clock } = await startWithClock({ provider: 'amocrm', rate: '7/s' });
    expect(await statuses(mock.url, 7)).toEqual([200, 200, 200, 200, 200, 200, 200]);
    clock.t += 400;
    const refused = await fetch(`${mock.url}/api/v4/leads`);
    expect(refused.status).toBe(429);
    // A slot frees 600 ms later: Retry-After rounds it up to a whole second.
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('x-ratelimit-limit')).toBe('7');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('x-ratelimit-reset')).toBe('1');
    expect(await decode(refused, { provider: 'amocrm' })).toMatchObject({
      code: '429',
      category: 'rate_limited',
      retryable: true,
      retryAfterMs: 1000,
    });
    clock.t += 599;
    expect((await fetch(mock.url)).status).toBe(429);
    clock.t += 1;
    expect(await statuses(mock.url, 8)).toEqual([200, 200, 200, 200, 200, 200, 200, 429]);
    expect(mock.stats()).toMatchObject({ requests: 17, accepted: 14, rateViolations: 3, bans: 0 });
  });

  it('slides: requests spread over a window edge still count together', async () => {
    const { mock, clock } = await startWithClock({ provider: 'telphin', rate: '4/s' });
    clock.t += 900;
    expect(await statuses(mock.url, 3)).toEqual([200, 200, 200]);
    clock.t += 200; // 1100: a fixed one-second window would have started afresh at 1000
    expect(await statuses(mock.url, 2)).toEqual([200, 429]);
    clock.t += 800; // 1900: the three from 900 have left the window
    expect(await statuses(mock.url, 4)).toEqual([200, 200, 200, 429]);
  });

  it('keeps one window per account', async () => {
    const { mock } = await startWithClock({ provider: 'unisender', rate: '2/min' });
    const as = (key: string) => `${mock.url}/ru/api/getLists?format=json&api_key=${key}`;
    expect(await statuses(as('one'), 2)).toEqual([200, 200]);
    expect(await statuses(as('two'), 2)).toEqual([200, 200]);
    const refused = await fetch(as('one'));
    // UniSender answers its limit error inside an HTTP 200 (its error reference).
    expect(refused.status).toBe(200);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(await decode(refused, { provider: 'unisender' })).toMatchObject({
      code: 'api_call_limit_exceeded_for_api_key',
      category: 'rate_limited',
    });
    const accounts = Object.values(mock.stats().byAccount);
    expect(accounts).toContainEqual({ requests: 3, accepted: 2, violations: 1 });
    expect(accounts).toContainEqual({ requests: 2, accepted: 2, violations: 0 });
  });

  it('counts an error asked for on demand against the rate, and refuses it past the rate', async () => {
    const { mock } = await startWithClock({ provider: 'mobizon', rate: '1/s' });
    const ask = { headers: { 'x-kodex-error': '2' } };
    const first = await fetch(mock.url, ask);
    expect(await decode(first, { provider: 'mobizon' })).toMatchObject({ code: '2' });
    const second = await fetch(mock.url, ask);
    expect(await decode(second, { provider: 'mobizon' })).toMatchObject({
      code: '30',
      category: 'rate_limited',
    });
  });
});

describe('the emulated ban', () => {
  it('bans an account after N violations, answers every request with the ban, and lifts it after banMs', async () => {
    const { mock, clock } = await startWithClock({
      provider: 'amocrm',
      rate: '1/s',
      banAfter: 3,
      banMs: 60_000,
    });
    const leads = `${mock.url}/api/v4/leads`;
    const bearer = { headers: { authorization: 'Bearer account-a' } };
    expect(await statuses(leads, 4, bearer)).toEqual([200, 429, 429, 429]);
    expect(mock.stats()).toMatchObject({ bans: 1, banned: true, rateViolations: 3 });

    clock.t += 5_000; // the rate would allow it again, but the ban holds
    const blocked = await fetch(leads, bearer);
    expect(blocked.status).toBe(403);
    expect(await decode(blocked, { provider: 'amocrm', lang: 'ru' })).toMatchObject({
      code: '403',
      category: 'account_blocked',
      retryable: false,
      title: expect.stringMatching(/^Аккаунт заблокирован/),
    });
    // Other accounts are not affected.
    expect((await fetch(leads, { headers: { authorization: 'Bearer account-b' } })).status).toBe(
      200,
    );

    clock.t += 54_999;
    expect((await fetch(leads, bearer)).status).toBe(403);
    clock.t += 1;
    expect(mock.stats().banned).toBe(false);
    expect((await fetch(leads, bearer)).status).toBe(200);
    // A ban answer is not a rate violation.
    expect(mock.stats()).toMatchObject({ bans: 1, rateViolations: 3 });
  });

  it('bans only for violations within the ban window', async () => {
    const { mock, clock } = await startWithClock({
      provider: 'dellin',
      rate: '1/s',
      banAfter: 2,
      banWindowMs: 10_000,
    });
    expect(await statuses(mock.url, 2)).toEqual([200, 429]);
    clock.t += 10_000;
    expect(await statuses(mock.url, 2)).toEqual([200, 429]);
    expect(mock.stats()).toMatchObject({ bans: 0, banned: false });
    clock.t += 1_000;
    expect(await statuses(mock.url, 3)).toEqual([200, 429, 401]);
    const blocked = await fetch(mock.url);
    expect(await decode(blocked, { provider: 'dellin' })).toMatchObject({
      code: '101007',
      category: 'account_blocked',
    });
  });

  it('answers a provider without an account_blocked code with a 403 in its own dialect', async () => {
    const { mock } = await startWithClock({ provider: 'unisender', rate: '1/h', banAfter: 1 });
    expect(await statuses(mock.url, 2)).toEqual([200, 200]);
    const blocked = await fetch(mock.url);
    expect(blocked.status).toBe(403);
    expect(await decode(blocked, { provider: 'unisender' })).toMatchObject({
      provider: 'unisender',
      code: '403',
      status: 403,
    });
  });
});
