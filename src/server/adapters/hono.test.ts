import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { validator } from 'hono/validator';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decode } from '../../decode/decode.js';
import { kodexErrorHandler, kodexNotFound, kodexValidationHook } from './hono.js';

const order = z.object({ sku: z.string().min(3), quantity: z.number().int().positive() });

function app() {
  const hono = new Hono();
  hono.post(
    '/orders',
    validator('json', (value) => {
      const result = order.safeParse(value);
      kodexValidationHook(result);
      return result.data!;
    }),
    (c) => c.json({ ok: true, sku: c.req.valid('json').sku }),
  );
  hono.get('/private', () => {
    throw new HTTPException(401, { message: 'Sign in first' });
  });
  hono.get('/custom', () => {
    throw new HTTPException(418, { res: new Response('short and stout', { status: 418 }) });
  });
  hono.get('/parse', () => {
    order.parse({ sku: 1 });
    return new Response('unreachable');
  });
  hono.onError(kodexErrorHandler());
  hono.notFound(kodexNotFound());
  return hono;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => new Promise((resolve) => s.close(() => resolve(undefined)))),
  );
});

describe('the Hono onError handler', () => {
  it('turns a failed Zod validation (through the hook) into invalid_request with fields', async () => {
    const response = await app().request('/orders', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sku: 'AB', quantity: 0 }),
    });
    expect(response.status).toBe(400);
    const record = await decode(response);
    expect(record).toMatchObject({ provider: 'http', code: '400', category: 'invalid_request' });
    expect(record?.fields.map((f) => [f.path, f.code])).toEqual([
      ['sku', 'too_small'],
      ['quantity', 'too_small'],
    ]);
  });

  it('answers a thrown ZodError the same way', async () => {
    const record = await decode(await app().request('/parse'));
    expect(record?.fields.map((f) => f.path)).toEqual(['sku', 'quantity']);
  });

  it('answers a malformed JSON body (Hono validator HTTPException) with invalid_request', async () => {
    const response = await app().request('/orders', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(await decode(response)).toMatchObject({
      code: '400',
      category: 'invalid_request',
      detail: 'Malformed JSON in request body',
    });
  });

  it('answers an HTTPException by its status and message', async () => {
    expect(await decode(await app().request('/private'))).toMatchObject({
      code: '401',
      category: 'unauthenticated',
      detail: 'Sign in first',
    });
  });

  it('returns the response an HTTPException was given as it is', async () => {
    const response = await app().request('/custom');
    expect(response.status).toBe(418);
    expect(await response.text()).toBe('short and stout');
  });

  it('serves the same answers over real HTTP through @hono/node-server', async () => {
    const server = serve({ fetch: app().fetch, port: 0, hostname: '127.0.0.1' }) as Server;
    servers.push(server);
    if (!server.listening) await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const response = await fetch(`${url}/nowhere`, {
      headers: { accept: 'application/problem+xml' },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+xml');
    expect(await decode(response)).toMatchObject({ code: '404', detail: 'GET /nowhere' });
  });
});
