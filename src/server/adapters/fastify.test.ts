import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { decode } from '../../decode/decode.js';
import { defineCatalog } from '../define-catalog.js';
import { kodexErrorHandler, kodexNotFound, kodexPlugin } from './fastify.js';

const api = defineCatalog({
  id: 'api',
  name: 'API',
  entries: [
    {
      code: 'INVALID',
      status: 422,
      category: 'invalid_request',
      title: { ru: 'Неверный запрос', en: 'Invalid request' },
    },
  ],
});

const orderSchema = {
  body: {
    type: 'object',
    required: ['sku', 'quantity'],
    properties: {
      sku: { type: 'string', minLength: 3 },
      quantity: { type: 'integer', minimum: 1 },
      size: { enum: ['S', 'M', 'L'] },
    },
  },
  querystring: {
    type: 'object',
    properties: { dry: { type: 'boolean' } },
  },
} as const;

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function orders(options: Parameters<typeof kodexPlugin>[1] = {}, bodyLimit = 1024) {
  const app = Fastify({ bodyLimit });
  apps.push(app);
  await app.register(kodexPlugin, options);
  app.post('/orders', { schema: orderSchema }, async () => ({ ok: true }));
  return app;
}

describe('the Fastify plugin', () => {
  it('turns schema validation failures into invalid_request with a field per AJV error (inject)', async () => {
    const app = await orders();
    const response = await app.inject({
      method: 'POST',
      url: '/orders',
      payload: { sku: 'AB', size: 'XL' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const record = decode({
      status: response.statusCode,
      headers: response.headers as Record<string, string>,
      body: response.body,
    });
    expect(record).toMatchObject({ provider: 'http', code: '400', category: 'invalid_request' });
    expect(record?.fields.map((f) => [f.path, f.code])).toEqual([['/body/quantity', 'required']]);
  });

  it('reports every issue when AJV collects all errors, over real HTTP', async () => {
    const app = Fastify({ ajv: { customOptions: { allErrors: true } } });
    apps.push(app);
    await app.register(kodexPlugin);
    app.post('/orders', { schema: orderSchema }, async () => ({ ok: true }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/orders?dry=maybe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sku: 'ABC', quantity: 1 }),
    });
    const record = await decode(response);
    expect(record?.fields).toEqual([
      { path: '/querystring/dry', code: 'type', message: 'must be boolean' },
    ]);
    const body = await fetch(`http://127.0.0.1:${port}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sku: 'AB', quantity: 0, size: 'XL' }),
    });
    expect((await decode(body))?.fields.map((f) => [f.path, f.code, f.validValues])).toEqual([
      ['/body/sku', 'minLength', undefined],
      ['/body/quantity', 'minimum', undefined],
      ['/body/size', 'enum', ['S', 'M', 'L']],
    ]);
  });

  it('answers validation failures with the author code through validationError', async () => {
    const app = await orders({
      validationError: (fields, detail) => api.error('INVALID', {}, { fields, detail }),
    });
    const response = await app.inject({ method: 'POST', url: '/orders', payload: { sku: 'ABC' } });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      provider: 'api',
      code: 'INVALID',
      errors: [{ path: '/body/quantity', code: 'required' }],
    });
  });

  it('answers a malformed JSON body with invalid_request and a body over the limit with too_large', async () => {
    const app = await orders({}, 64);
    const malformed = await app.inject({
      method: 'POST',
      url: '/orders',
      headers: { 'content-type': 'application/json' },
      payload: '{"sku": "ABC", "api_key": "sk_live_1"',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).not.toContain('sk_live_1');
    expect(malformed.json()).toMatchObject({ code: '400', category: 'invalid_request' });
    const large = await app.inject({
      method: 'POST',
      url: '/orders',
      payload: { sku: 'x'.repeat(200), quantity: 1 },
    });
    expect(large.statusCode).toBe(413);
    expect(large.json()).toMatchObject({ code: '413', category: 'too_large' });
  });

  it('applies outside the scope it is registered in, as fastify-plugin would', async () => {
    const app = Fastify();
    apps.push(app);
    await app.register(kodexPlugin);
    await app.register(async (child) => {
      child.get('/child', async () => {
        throw new Error('boom');
      });
    });
    const response = await app.inject('/child');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ provider: 'http', code: '500', category: 'internal' });
  });

  it('leaves the 404 handler alone when notFound is false', async () => {
    const app = Fastify();
    apps.push(app);
    await app.register(kodexPlugin, { notFound: false });
    const response = await app.inject('/nowhere');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });

  it('works as a plain error handler for setErrorHandler in one encapsulated scope', async () => {
    const app = Fastify();
    apps.push(app);
    await app.register(async (scope) => {
      scope.setErrorHandler(kodexErrorHandler({ dialect: 'problem' }));
      scope.get('/in', async () => {
        throw api.error('INVALID');
      });
    });
    app.get('/out', async () => {
      throw api.error('INVALID');
    });
    expect((await app.inject('/in')).json()).toMatchObject({ provider: 'api', code: 'INVALID' });
    // Outside the scope Fastify's own handler answers, with the error's `code`.
    expect((await app.inject('/out')).json()).toMatchObject({
      statusCode: 422,
      code: 'api_error',
    });
  });

  it('answers unrouted requests of one encapsulated scope through kodexNotFound', async () => {
    const app = Fastify();
    apps.push(app);
    await app.register(
      async (scope) => {
        scope.setNotFoundHandler(kodexNotFound());
      },
      { prefix: '/api' },
    );
    const inside = await app.inject('/api/nowhere?token=abc');
    expect(inside.statusCode).toBe(404);
    expect(inside.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(inside.json()).toMatchObject({
      provider: 'http',
      code: '404',
      detail: 'GET /api/nowhere',
    });
    // Outside the scope Fastify's own 404 answers.
    expect((await app.inject('/nowhere')).headers['content-type']).toMatch(/^application\/json/);
  });

  it('logs unexpected errors through Fastify logger when no onError hook is given', async () => {
    const lines: string[] = [];
    const app = Fastify({
      logger: { level: 'error', stream: { write: (line: string) => void lines.push(line) } },
    });
    apps.push(app);
    await app.register(kodexPlugin);
    app.get('/bug', async () => {
      throw new Error('kaput');
    });
    app.get('/known', async () => {
      throw api.error('INVALID');
    });
    const bug = await app.inject({ url: '/bug', headers: { authorization: 'Bearer abcdefgh' } });
    await app.inject('/known');
    expect(lines).toHaveLength(1);
    const logged = JSON.parse(lines[0]!);
    expect(logged).toMatchObject({
      msg: 'unexpected error',
      correlationId: bug.headers['x-correlation-id'],
      record: { code: '500', category: 'internal' },
      err: { message: 'kaput' },
    });
    expect(lines[0]).not.toContain('abcdefgh');
  });
});
