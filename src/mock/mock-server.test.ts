import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { decode } from '../decode/decode.js';
import { list } from '../lookup/index.js';
import type { ListedEntry } from '../model/listed-entry.js';
import { PROVIDER_IDS } from '../model/providers.js';
import { createMockPool } from './mock-pool.js';
import { createMockServer } from './mock-server.js';

const pool = createMockPool();
const start = pool.start;
afterEach(pool.closeAll);

/** Whether a decoder cannot tell this entry from another on the wire: same code, same status, no patterns. */
function untellable(entry: ListedEntry, all: readonly ListedEntry[]): boolean {
  return (
    !entry.patterns &&
    all.some((e) => e !== entry && e.code === entry.code && e.status === entry.status)
  );
}

/**
 * A GET over plain node:http: fetch turns a 407 into a network error (Fetch
 * standard) and would follow redirects, and this sweep wants the raw answer.
 */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string>; body: string }>(
    (resolve, reject) => {
      request(url, { headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            headers: res.headers as Record<string, string>,
            body,
          }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

// HTTP forbids a body with these statuses: only the status reaches the client.
const BODILESS = new Set([204, 205, 304]);

async function inBatches<T, R>(items: readonly T[], size: number, run: (item: T) => Promise<R>) {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  }
  return out;
}

describe('the provider emulator', () => {
  it('binds 127.0.0.1 on a free port by default and reports its URL', async () => {
    const mock = await start({ provider: 'mobizon' });
    expect(mock.host).toBe('127.0.0.1');
    expect(mock.port).toBeGreaterThan(0);
    expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
  });

  it('refuses an unknown provider, naming the nearest', async () => {
    await expect(createMockServer({ provider: 'amocmr' })).rejects.toThrow(/amocrm/);
  });

  it.each(PROVIDER_IDS)(
    'answers %s with a plain success that decodes to no error',
    async (provider) => {
      const mock = await start({ provider });
      for (const method of ['GET', 'POST', 'DELETE']) {
        const response = await fetch(`${mock.url}/any/path?x=1`, {
          method,
          body: method === 'POST' ? '{"name":"lead"}' : undefined,
        });
        expect(response.status).toBe(200);
        expect(await decode(response, { provider })).toBeNull();
      }
      expect(mock.stats()).toMatchObject({ requests: 3, accepted: 3 });
    },
  );

  it.each(PROVIDER_IDS)(
    'answers every %s catalog code on demand so that it decodes back to that code and category',
    async (provider) => {
      const mock = await start({ provider });
      const entries = list(provider);
      const results = await inBatches(entries, 16, async (entry) => {
        const response = await rawGet(`${mock.url}/api`, { 'x-kodex-error': entry.key });
        return { entry, status: response.status, record: decode(response, { provider }) };
      });
      for (const { entry, status, record } of results) {
        expect(status, entry.key).toBe(entry.status);
        if (entry.kind === 'success') {
          expect(record, entry.key).toBeNull();
          continue;
        }
        if (BODILESS.has(entry.status)) {
          expect(record, entry.key).toMatchObject({
            status: entry.status,
            category: entry.category,
          });
          continue;
        }
        // A field-level code (amoCRM NotSupportedChoice) rides in the fields of
        // its status's error, where the provider puts it (docs/taxonomy.md).
        const fieldLevel = record?.fields.some((f) => f.code === entry.code);
        expect(record, entry.key).toMatchObject({
          provider,
          code: fieldLevel ? String(entry.status) : entry.code,
          status: entry.status,
        });
        if (fieldLevel) continue;
        // Same code, same status, no message patterns: the wire cannot say which one was meant.
        if (!untellable(entry, entries)) {
          expect(record, entry.key).toMatchObject({
            category: entry.category,
            key: entry.key,
            known: true,
          });
        }
      }
      // None of them is a success the client would count.
      expect(mock.stats().accepted).toBe(0);
    },
  );

  it('takes the code from the query too, and sends Retry-After when asked', async () => {
    const mock = await start({ provider: 'avtocod' });
    const response = await fetch(`${mock.url}/v1/report?kodex_error=B011`, {
      headers: { 'x-kodex-retry-after': '30' },
    });
    expect(response.status).toBe(402);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await decode(response, { provider: 'avtocod', lang: 'ru' })).toMatchObject({
      code: 'B011',
      category: 'quota_exceeded',
      retryAfterMs: 30_000,
      detail: expect.stringContaining('дневн'),
    });
  });

  it('answers a code with several meanings in the one asked for', async () => {
    const mock = await start({ provider: 'amocrm' });
    const response = await fetch(mock.url, { headers: { 'x-kodex-error': '403' } });
    expect(response.status).toBe(403);
    expect(await decode(response, { provider: 'amocrm' })).toMatchObject({
      code: '403',
      category: 'account_blocked',
    });
  });

  it('serves the generic entry of a code that also has variants (Google RESOURCE_EXHAUSTED)', async () => {
    const mock = await start({ provider: 'google' });
    const response = await fetch(mock.url, { headers: { 'x-kodex-error': 'RESOURCE_EXHAUSTED' } });
    expect(response.status).toBe(429);
    expect(await decode(response, { provider: 'google' })).toMatchObject({
      code: 'RESOURCE_EXHAUSTED',
      category: 'rate_limited',
      retryable: true,
    });
  });

  it('explains an unknown code in a 400 problem with the nearest codes', async () => {
    const mock = await start({ provider: 'avtocod' });
    const response = await fetch(mock.url, { headers: { 'x-kodex-error': 'B01l' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await response.json()) as { detail: string; nearest: { key: string }[] };
    expect(body.detail).toContain('no code "B01l"');
    expect(body.nearest.map((e) => e.key)).toContain('B011');
  });

  it('answers a body over 1 MiB with the provider’s 413 and does not process it', async () => {
    const mock = await start({ provider: 'telphin' });
    const response = await fetch(`${mock.url}/upload`, {
      method: 'POST',
      body: new Uint8Array(1024 * 1024 + 1),
    });
    expect(response.status).toBe(413);
    expect(await decode(response, { provider: 'telphin' })).toMatchObject({
      category: 'too_large',
    });
    const fits = await fetch(`${mock.url}/upload`, {
      method: 'POST',
      body: new Uint8Array(1024 * 1024),
    });
    expect(fits.status).toBe(200);
    expect(mock.stats()).toMatchObject({ requests: 2, accepted: 1 });
  });

  it('counts accounts by a hash of their credential and never keeps the credential', async () => {
    const mock = await start({ provider: 'unisender', rate: '1/min' });
    const bearer = 'Bearer s3cr3t-amo-token-XYZ';
    const apiKey = 'uni-key-5up3r-s3cr3t';
    await fetch(mock.url, { headers: { authorization: bearer } });
    await fetch(`${mock.url}/ru/api/sendEmail?format=json&api_key=${apiKey}`);
    const refused = await fetch(`${mock.url}/ru/api/getLists?apiKey=${apiKey}`);
    await fetch(`${mock.url}/ru/api/getLists`);
    expect(refused.status).toBe(200);
    const body = await refused.text();
    expect(body).not.toContain(apiKey);
    expect(decode({ status: 200, body }, { provider: 'unisender' })).toMatchObject({
      category: 'rate_limited',
    });

    const stats = mock.stats();
    const text = JSON.stringify(stats);
    for (const secret of [bearer, 's3cr3t', apiKey, '5up3r']) expect(text).not.toContain(secret);
    const keys = Object.keys(stats.byAccount);
    expect(keys).toHaveLength(3);
    expect(keys).toContain('default');
    for (const key of keys.filter((k) => k !== 'default')) expect(key).toMatch(/^[0-9a-f]{8}$/);
    const byRequests = Object.values(stats.byAccount).map((a) => [
      a.requests,
      a.accepted,
      a.violations,
    ]);
    expect(byRequests).toContainEqual([2, 1, 1]);
  });

  it('counts a POST accepted again under the same idempotency key as a duplicate', async () => {
    const mock = await start({ provider: 'amocrm' });
    const post = (headers: Record<string, string>) =>
      fetch(`${mock.url}/api/v4/leads`, { method: 'POST', body: '[]', headers });
    await post({ 'idempotency-key': 'a' });
    await post({ 'idempotency-key': 'b' });
    await post({ 'idempotency-key': 'a' });
    await post({ 'x-request-id': 'c' });
    await post({ 'x-request-id': 'c' });
    // An error is not an acceptance, and GETs may repeat freely.
    await post({ 'idempotency-key': 'd', 'x-kodex-error': '429' });
    await post({ 'idempotency-key': 'd' });
    await fetch(mock.url, { headers: { 'idempotency-key': 'b' } });
    // Keys are per account.
    await post({ 'idempotency-key': 'a', authorization: 'Bearer other' });
    expect(mock.stats()).toMatchObject({ accepted: 8, duplicates: 2 });
    expect(['a', 'b', 'c', 'd', 'e'].map((key) => mock.effects(key))).toEqual([3, 1, 2, 1, 0]);
  });

  it('forgets everything on reset()', async () => {
    const mock = await start({ provider: 'mobizon', rate: '1/h' });
    await fetch(mock.url, { method: 'POST', headers: { 'idempotency-key': 'k' } });
    expect((await fetch(mock.url)).status).toBe(200);
    mock.reset();
    expect(mock.effects('k')).toBe(0);
    expect(mock.stats()).toEqual({
      requests: 0,
      accepted: 0,
      rateViolations: 0,
      bans: 0,
      faults: 0,
      banned: false,
      duplicates: 0,
      byAccount: {},
    });
    const again = await fetch(mock.url, { method: 'POST', headers: { 'idempotency-key': 'k' } });
    expect(await decode(again, { provider: 'mobizon' })).toBeNull();
    expect(mock.stats()).toMatchObject({ accepted: 1, duplicates: 0 });
  });
});
