import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { calledProvider } from '../src/client/settings.js';
import { isApiError } from '../src/errors/api-error.js';
import { createKodex } from '../src/kodex/create-kodex.js';
import type { ProviderPack } from '../src/model/pack.js';
import { registerPack, unregisterPack } from '../src/packs/provider-set.js';
import { type ScriptedServer, scriptedServer } from './helpers/scripted-server.js';
import { TestClock } from './helpers/test-clock.js';
import { cardPack } from './helpers/test-packs.js';

// A pack's provider drives the client as a built-in's does: its records
// decide retries and waits, its documented rate is held, its hosts are its own.

const withLimit: ProviderPack = {
  ...cardPack,
  limits: [
    {
      kind: 'rate',
      limit: 2,
      intervalMs: 1000,
      description: { en: 'Two requests a second', ru: 'Два запроса в секунду' },
      source: 'test',
    },
  ],
  dialect: { ...cardPack.dialect, retryAfterSeconds: '/retry_after' },
};

const rateLimited = JSON.stringify({
  error: { code: 'rate_limit', message: 'Slow down', retry_after: 3 },
});
const declined = JSON.stringify({
  error: { code: 'card_declined', message: 'Declined', param: 'card' },
});

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  unregisterPack('cards');
});

describe('a client of a pack provider', () => {
  it('waits the delay its body states, then rejects a non-retryable record with the pack’s meaning', async () => {
    server = await scriptedServer((n) =>
      n === 0 ? { status: 429, body: rateLimited } : { status: 402, body: declined },
    );
    const kodex = createKodex({ packs: [withLimit] });
    const clock = new TestClock();
    const client = createClient({ provider: 'cards', kodex, clock, random: () => 0.5 });
    const error = await client.fetch(`${server.url}/v1/charges`).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect((error as { record: unknown }).record).toMatchObject({
      provider: 'cards',
      code: 'card_declined',
      category: 'payment_required',
      retryable: false,
      fields: [{ path: 'card' }],
    });
    expect(clock.slept).toContain(3000);
    expect(server.seen).toHaveLength(2);
  });

  it('holds the pack’s documented rate', async () => {
    server = await scriptedServer(() => ({ status: 200, body: '{}' }));
    const kodex = createKodex({ packs: [withLimit] });
    expect(calledProvider('cards', kodex.providers).catalog.limits[0]).toMatchObject({ limit: 2 });
    const clock = new TestClock();
    const client = createClient({ provider: 'cards', kodex, clock });
    for (let i = 0; i < 5; i++) await client.fetch(`${server.url}/v1/x`);
    // Two a second: five requests span at least two seconds of waiting.
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2000);
  });

  it('finds a registered pack by id, and takes a pack given as the provider', async () => {
    server = await scriptedServer(() => ({ status: 402, body: declined }));
    registerPack(cardPack);
    for (const provider of ['cards', { ...cardPack, id: 'cards2' }] as const) {
      const client = createClient({ provider, limits: false, clock: new TestClock() });
      const error = await client.fetch(`${server.url}/x`).catch((e: unknown) => e);
      expect((error as { record: { code: string; known: boolean } }).record).toMatchObject({
        code: 'card_declined',
        known: true,
      });
    }
  });
});
