import { afterEach, describe, expect, it } from 'vitest';
import { decode } from '../decode/decode.js';
import { PROVIDER_IDS } from '../model/providers.js';
import { createMockPool } from './mock-pool.js';

const pool = createMockPool();
const start = pool.start;
afterEach(pool.closeAll);

/** Sends `n` requests one after another; a rejected fetch (a reset) is `'reset'`. */
async function outcomes(url: string, n: number): Promise<(number | 'reset')[]> {
  const out: (number | 'reset')[] = [];
  for (let i = 0; i < n; i++) {
    try {
      const response = await fetch(url, { method: 'POST', body: '{}' });
      await response.arrayBuffer();
      out.push(response.status);
    } catch {
      out.push('reset');
    }
  }
  return out;
}

describe('the emulated faults', () => {
  it('answers about the asked share of requests with a transient 5xx, the same ones for the same seed', async () => {
    const a = await start({ provider: 'radist', fault: '5xx=0.1', seed: 42 });
    const b = await start({ provider: 'radist', fault: { error5xx: 0.1 }, seed: 42 });
    const first = await outcomes(a.url, 1000);
    const errors = first.filter((s) => s === 500).length;
    expect(errors / 1000).toBeGreaterThan(0.07);
    expect(errors / 1000).toBeLessThan(0.13);
    expect(first.filter((s) => s !== 200 && s !== 500)).toEqual([]);
    expect(a.stats()).toMatchObject({ requests: 1000, faults: errors, accepted: 1000 - errors });
    expect(await outcomes(b.url, 200)).toEqual(first.slice(0, 200));
  });

  it.each(PROVIDER_IDS)('makes its %s 5xx fault a retryable error', async (provider) => {
    const mock = await start({ provider, fault: '5xx=1' });
    const response = await fetch(mock.url);
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(await decode(response, { provider })).toMatchObject({ provider, retryable: true });
  });

  it('resets connections without answering, before processing them', async () => {
    const mock = await start({ provider: 'mobizon', fault: 'reset=0.3', seed: 7 });
    const results = await outcomes(mock.url, 100);
    const resets = results.filter((r) => r === 'reset').length;
    expect(resets).toBeGreaterThan(15);
    expect(resets).toBeLessThan(45);
    expect(mock.stats()).toMatchObject({ requests: 100, faults: resets, accepted: 100 - resets });
    // Replaying the seed resets the same requests.
    mock.reset();
    expect(await outcomes(mock.url, 100)).toEqual(results);
  });

  it('does not count a reset request against the rate', async () => {
    const mock = await start({ provider: 'amocrm', rate: '3/h', fault: 'reset=0.5', seed: 3 });
    const results = await outcomes(mock.url, 12);
    const third = results.findIndex(
      (_, i) => results.slice(0, i + 1).filter((r) => r === 200).length === 3,
    );
    // Resets came before the third success: had they taken slots, it would have been refused.
    expect(results.slice(0, third)).toContain('reset');
    expect(results.filter((r) => r === 200)).toHaveLength(3);
    expect(results.filter((r) => r === 'reset').length + 3 + mock.stats().rateViolations).toBe(12);
  });

  it('delays every answer by the latency', async () => {
    const mock = await start({ provider: 'google', fault: 'latency=40ms' });
    const started = performance.now();
    const response = await fetch(mock.url, { headers: { 'x-kodex-error': 'notFound' } });
    expect(response.status).toBe(404);
    expect(performance.now() - started).toBeGreaterThanOrEqual(38);
  });
});
