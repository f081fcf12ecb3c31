import { readFileSync } from 'node:fs';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createMockServer, type MockServer } from '../src/mock/index.js';
import type { ProviderPack } from '../src/model/pack.js';
import { registerPack, unregisterPack } from '../src/packs/provider-set.js';

// The README's Stripe pack, spoken by kodex's emulator and heard by Stripe's
// own SDK: every entry, asked for on demand, must reach the SDK with its
// status, its type (the entry's section), its code and a message, as the
// error class the SDK makes of them.

const pack = parse(readFileSync('examples/packs/stripe.yaml', 'utf8')) as ProviderPack;
let mock: MockServer;
let stripe: Stripe;

beforeAll(async () => {
  registerPack(pack, 'examples/packs/stripe.yaml');
  mock = await createMockServer({ provider: 'stripe', rate: 'off' });
  const { hostname, port } = new URL(mock.url);
  stripe = new Stripe('sk_test_kodex', {
    host: hostname,
    port: Number(port),
    protocol: 'http',
    maxNetworkRetries: 0,
  });
});

afterAll(async () => {
  await mock.close();
  unregisterPack('stripe');
});

/**
 * The class stripe-node 23 gives an error (`generateV1Error`): by its status,
 * and for a 400 or 404 by its type too (an idempotency error) or its code
 * (a rate limit).
 */
function expectedClass(status: number, type: string, code: string): string {
  if (status === 429 || (status === 400 && code === 'rate_limit')) return 'StripeRateLimitError';
  if (status === 400 || status === 404)
    return type === 'idempotency_error' ? 'StripeIdempotencyError' : 'StripeInvalidRequestError';
  return (
    { 401: 'StripeAuthenticationError', 402: 'StripeCardError', 403: 'StripePermissionError' }[
      status
    ] ?? 'StripeAPIError'
  );
}

describe("Stripe's SDK against the Stripe pack's emulator", () => {
  it.each(pack.entries.map((e) => [e.code, e.section!, e.status!] as const))(
    '%s reaches the SDK with its type %s and status %i',
    async (code, type, status) => {
      const error = await stripe.customers
        .create({ metadata: { order: '1' }, kodex_error: code } as Stripe.CustomerCreateParams)
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(Stripe.errors.StripeError);
      const stripeError = error as Stripe.errors.StripeError;
      expect(stripeError.constructor.name).toBe(expectedClass(status, type, code));
      expect(stripeError.rawType).toBe(type);
      expect(stripeError.statusCode).toBe(status);
      // An error known by its type alone comes without a code, as Stripe sends it.
      expect(stripeError.code).toBe(code === type ? undefined : code);
      expect(stripeError.message.length).toBeGreaterThan(0);
    },
  );
});
