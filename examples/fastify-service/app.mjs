// @ts-check
// The shop service: a few routes that raise catalog codes, and the kodex
// Fastify plugin that renders every error as problem+json (or XML, or in
// Russian, as the client asks).
import Fastify from 'fastify';
import { kodexPlugin } from 'kodex/fastify';
import { shop } from './catalog.mjs';

/** @type {Record<string, { name: string, price: number, stock: number }>} */
const PRODUCTS = {
  'MUG-1': { name: 'Mug', price: 12, stock: 3 },
  'TEE-2': { name: 'T-shirt', price: 25, stock: 10 },
};

// Test cards, as payment gateways publish them.
const DECLINED_CARD = '4000000000000002';
const GATEWAY_FAILS_CARD = '4000000000000119';

const orderSchema = {
  body: {
    type: 'object',
    required: ['sku', 'quantity', 'card'],
    additionalProperties: false,
    properties: {
      sku: { type: 'string', minLength: 1, maxLength: 32 },
      quantity: { type: 'integer', minimum: 1, maximum: 100 },
      card: { type: 'string', pattern: '^[0-9]{16}$' },
    },
  },
};

/**
 * Orders per client per minute, in memory: enough for an example.
 * @param {number} limit
 * @param {() => number} now
 */
function orderLimiter(limit, now) {
  /** @type {Map<string, { start: number, count: number }>} */
  const windows = new Map();
  /** @param {string} client */
  return (client) => {
    const t = now();
    const window = windows.get(client);
    if (!window || t - window.start >= 60_000) {
      windows.set(client, { start: t, count: 1 });
      return;
    }
    window.count += 1;
    if (window.count > limit) {
      throw shop.error('RATE_LIMITED', { limit }, { retryAfterMs: window.start + 60_000 - t });
    }
  };
}

/**
 * Builds the service.
 * @param {{ ordersPerMinute?: number, now?: () => number, logger?: boolean | object }} [options]
 */
export async function buildApp(options = {}) {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 16 * 1024 });
  const limit = orderLimiter(options.ordersPerMinute ?? 60, options.now ?? Date.now);

  await app.register(kodexPlugin, {
    // Schema failures answer with the shop's own code, fields included.
    validationError: (fields, detail) => shop.error('INVALID_ORDER', {}, { fields, detail }),
    // One log line per error answered: the record and the correlation id the
    // client sees, credentials already redacted from the request.
    onError: (event) =>
      app.log[event.unexpected ? 'error' : 'info'](
        {
          correlationId: event.correlationId,
          code: `${event.record.provider}/${event.record.code}`,
          request: event.request,
          err: event.unexpected ? event.error : undefined,
        },
        'error answered',
      ),
  });

  app.get('/products/:sku', async (request) => {
    const { sku } = /** @type {{ sku: string }} */ (request.params);
    const product = PRODUCTS[sku];
    if (!product) throw shop.error('PRODUCT_NOT_FOUND', { sku });
    return { sku, ...product };
  });

  app.post('/orders', { schema: orderSchema }, async (request, reply) => {
    const client = String(request.headers['x-api-key'] ?? request.ip);
    limit(client);
    const { sku, quantity, card } = /** @type {{ sku: string, quantity: number, card: string }} */ (
      request.body
    );
    const product = PRODUCTS[sku];
    if (!product) throw shop.error('PRODUCT_NOT_FOUND', { sku });
    if (quantity > product.stock) {
      throw shop.error('OUT_OF_STOCK', { sku, available: product.stock });
    }
    const amount = product.price * quantity;
    if (card === DECLINED_CARD) throw shop.error('PAYMENT_DECLINED', { amount, currency: 'EUR' });
    if (card === GATEWAY_FAILS_CARD) {
      // A bug or an outage: kodex answers 500 with a correlation id, and never
      // shows this message (nor its key) to the client.
      throw new Error(`payment gateway timed out (key=sk_test_51Hs3cr3t, card ${card})`);
    }
    reply.code(201);
    return { sku, quantity, amount, currency: 'EUR' };
  });

  return app;
}
