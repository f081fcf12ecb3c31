import { describe, expect, it } from 'vitest';
import { fixtureItem, morningTraffic, T0, type TrafficItem } from '../../test/helpers/traffic.js';
import { catalogs } from '../catalogs/index.js';
import { checkCatalog } from '../catalogs/normalize-catalog.js';
import { decode } from '../decode/decode.js';
import type { Exchange } from './exchange.js';
import { createTriage, type TriageOptions } from './triage.js';

const builtIn = Object.values(catalogs);

function triageOf(
  items: readonly (TrafficItem | Exchange)[],
  options: Partial<TriageOptions> = {},
) {
  const triage = createTriage({ decode, catalogs: builtIn, ...options });
  for (const [i, item] of items.entries()) triage.add(item, i);
  return triage.report();
}

describe('createTriage', () => {
  const report = triageOf(morningTraffic());

  it('counts every exchange and the errors among them', () => {
    expect(report.totals).toEqual({
      exchanges: 9,
      errors: 5,
      noAnswer: 0,
      problems: 0,
      first: new Date(T0).toISOString(),
      last: new Date(T0 + 600_000).toISOString(),
    });
  });

  it('counts errors by provider and category', () => {
    expect(report.providers).toEqual([
      { provider: 'amocrm', errors: 3, byCategory: { rate_limited: 2, unauthenticated: 1 } },
      { provider: 'google', errors: 1, byCategory: { unavailable: 1 } },
      { provider: 'avtocod', errors: 1, byCategory: { invalid_request: 1 } },
    ]);
  });

  it('counts codes with their statuses and first and last times', () => {
    expect(report.codes[0]).toMatchObject({
      provider: 'amocrm',
      code: '429',
      category: 'rate_limited',
      known: true,
      count: 2,
      statuses: [429],
      first: new Date(T0 + 1_000).toISOString(),
      last: new Date(T0 + 180_000).toISOString(),
    });
    expect(report.codes.map((c) => `${c.provider} ${c.code}`).sort()).toEqual([
      'amocrm 110',
      'amocrm 429',
      'avtocod D299',
      'google UNAVAILABLE',
    ]);
  });

  it('puts errors in one-minute buckets by category, empty minutes included', () => {
    expect(report.timeline.bucketMs).toBe(60_000);
    expect(report.timeline.buckets).toHaveLength(4);
    expect(report.timeline.buckets.map((b) => b.counts)).toEqual([
      { rate_limited: 1, unavailable: 1 },
      { invalid_request: 1 },
      { unauthenticated: 1 },
      { rate_limited: 1 },
    ]);
  });

  it('shows unknown codes with a redacted example', () => {
    expect(report.unknown).toEqual([
      {
        provider: 'avtocod',
        code: 'D299',
        count: 1,
        examples: [
          expect.objectContaining({
            method: 'POST',
            status: 422,
            url: 'https://b2b-api.avtocod.ru/b2b/api/v1/user/reports',
            detail: 'Контрольная сумма VIN не совпадает',
            body: expect.stringContaining('VinChecksumMismatch'),
          }),
        ],
      },
    ]);
  });

  it('finds the retryable error that was not retried, and not those that were', () => {
    expect(report.notRetried).toEqual([
      {
        provider: 'amocrm',
        code: '429',
        category: 'rate_limited',
        method: 'GET',
        count: 1,
        examples: [
          expect.objectContaining({ url: 'https://example.amocrm.ru/api/v4/leads?page=2' }),
        ],
      },
    ]);
    expect(report.undecidedRetries).toBe(0);
  });

  it('sets rate-limit answers beside the documented rate and the peak sent', () => {
    expect(report.rateLimits).toEqual([
      {
        provider: 'amocrm',
        answers: 2,
        codes: [{ code: '429', count: 2 }],
        retryAfterMs: { min: 1000, max: 1000 },
        documented: [
          expect.objectContaining({
            limit: 7,
            intervalMs: 1000,
            scope: 'account',
            peak: 1,
            peakAt: new Date(T0 + 1_000).toISOString(),
          }),
        ],
      },
    ]);
  });

  it('writes a catalog stub for each unknown code that checkCatalog accepts', () => {
    expect(report.stubs).toEqual([
      {
        id: 'avtocod',
        name: catalogs.avtocod.name,
        entries: [
          expect.objectContaining({
            code: 'D299',
            status: 422,
            category: 'invalid_request',
            title: {
              ru: 'Контрольная сумма VIN не совпадает',
              en: 'Контрольная сумма VIN не совпадает',
            },
          }),
        ],
      },
    ]);
    for (const stub of report.stubs) expect(checkCatalog(stub).problems).toBeUndefined();
  });

  it('leaves a retryable error undecided when the traffic ends inside its window', () => {
    const end = triageOf([
      fixtureItem('google/aip193-unavailable-retry-after', T0, 'https://www.googleapis.com/x'),
    ]);
    expect(end.notRetried).toEqual([]);
    expect(end.undecidedRetries).toBe(1);
  });

  it('widens the window by the wait the answer asked for', () => {
    const url = 'https://www.googleapis.com/x';
    // Retry-After: 5 → the retry may come up to 65 s later.
    const items = [
      fixtureItem('google/aip193-unavailable-retry-after', T0, url),
      fixtureItem('google/success', T0 + 64_000, url),
      fixtureItem('google/success', T0 + 200_000, 'https://www.googleapis.com/other'),
    ];
    expect(triageOf(items).notRetried).toEqual([]);
    expect(triageOf(items, { retry: { windowMs: 30_000 } }).notRetried).toHaveLength(1);
  });

  it('counts a window in exchanges when the traffic has no times', () => {
    const url = 'https://www.googleapis.com/x';
    const untimed = (item: TrafficItem): Exchange => ({ ...item, time: undefined });
    const error = untimed(fixtureItem('google/aip193-unavailable-retry-after', T0, url));
    const other = untimed(fixtureItem('google/success', T0, 'https://www.googleapis.com/y'));
    const retry = untimed(fixtureItem('google/success', T0, url));
    const late = triageOf([error, other, other, other, retry], { retry: { windowExchanges: 2 } });
    expect(late.notRetried).toHaveLength(1);
    const soon = triageOf([error, other, retry, other, other], { retry: { windowExchanges: 2 } });
    expect(soon.notRetried).toEqual([]);
    expect(late.timeline.buckets).toEqual([]);
  });

  it('counts requests without an answer and statuses that are none', () => {
    const out = triageOf([
      { status: 0, body: '', url: 'https://x.example/' },
      { status: 999, body: '' },
    ]);
    expect(out.totals).toMatchObject({ exchanges: 1, errors: 0, noAnswer: 1, problems: 1 });
    expect(out.problems).toEqual([{ message: 'status 999 is no HTTP status', count: 1, at: [1] }]);
  });

  it('reports a provider no catalog has as a problem of its item, its message cut', () => {
    const out = triageOf([
      { status: 500, body: '', provider: 'nosuch' },
      { status: 500, body: '', provider: 'x'.repeat(100_000) },
    ]);
    expect(out.totals).toMatchObject({ exchanges: 0, errors: 0, problems: 2 });
    expect(out.problems[0]).toMatchObject({ message: expect.stringContaining('nosuch'), at: [0] });
    expect(out.problems[1]!.message.length).toBeLessThanOrEqual(300);
  });

  it('counts codes past its bound together', () => {
    const items = ['E1', 'E2', 'E3', 'E3'].map((code) => ({
      status: 400,
      body: JSON.stringify({ state: 'fail', event: { code, message: 'm' } }),
      url: 'https://b2b-api.avtocod.ru/x',
    }));
    const out = triageOf(items, { maxCodes: 2 });
    expect(out.codes.map((c) => [c.code, c.count])).toEqual([
      ['E1', 1],
      ['E2', 1],
    ]);
    expect(out.otherCodes).toBe(2);
  });

  it('reads a Retry-After date against the time of the exchange, not the clock', () => {
    const at = Date.UTC(2020, 0, 1);
    const out = triageOf([
      {
        time: at,
        status: 429,
        headers: [['Retry-After', new Date(at + 30_000).toUTCString()]],
        body: '',
        url: 'https://example.amocrm.ru/api/v4/leads',
      },
    ]);
    expect(out.rateLimits[0]!.retryAfterMs).toEqual({ min: 30_000, max: 30_000 });
  });

  it('redacts credentials in example URLs and bodies', () => {
    const out = triageOf([
      {
        time: T0,
        status: 422,
        url: 'https://b2b-api.avtocod.ru/x?api_key=s3cr3t-value&q=1',
        body: JSON.stringify({
          state: 'fail',
          event: { code: 'D777', message: 'token: abcdef123456' },
        }),
      },
    ]);
    const text = JSON.stringify(out);
    expect(text).not.toContain('s3cr3t-value');
    expect(text).not.toContain('abcdef123456');
    expect(out.unknown[0]!.examples[0]!.url).toContain('api_key=%5BREDACTED%5D');
  });
});
