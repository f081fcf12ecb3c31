import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { decode } from '../../decode/decode.js';
import type { ServerErrorEvent } from '../render.js';
import { kodexErrorHandler, kodexNotFound } from './express.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => new Promise((resolve) => s.close(() => resolve(undefined)))),
  );
});

async function start(app: express.Express): Promise<string> {
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function ordersApp(events: ServerErrorEvent[] = []) {
  const app = express();
  app.use(express.json({ limit: '100b' }));
  app.post('/orders', (req, res) => {
    res.json({ ok: true, sku: req.body.sku });
  });
  app.use(kodexNotFound());
  app.use(kodexErrorHandler({ onError: (e) => void events.push(e) }));
  return app;
}

const post = (url: string, body: string) =>
  fetch(`${url}/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('the Express error middleware', () => {
  it('answers a malformed JSON body with invalid_request, without quoting the body', async () => {
    const url = await start(ordersApp());
    const response = await post(url, '{"sku":"A","api_key":"sk_live_1"');
    expect(response.status).toBe(400);
    const text = await response.clone().text();
    expect(text).not.toContain('sk_live_1');
    expect(await decode(response)).toMatchObject({
      provider: 'http',
      code: '400',
      category: 'invalid_request',
      detail: 'The request body could not be parsed: check its syntax.',
    });
  });

  it('answers a body over the limit with too_large', async () => {
    const url = await start(ordersApp());
    const response = await post(url, JSON.stringify({ sku: 'x'.repeat(200) }));
    expect(response.status).toBe(413);
    expect(await decode(response)).toMatchObject({ code: '413', category: 'too_large' });
  });

  it('answers in the language asked, in Russian here', async () => {
    const url = await start(ordersApp());
    const response = await fetch(`${url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'ru' },
      body: '{',
    });
    expect(await decode(response, { lang: 'ru' })).toMatchObject({
      title: 'Плохой запрос',
      detail: 'Тело запроса не разбирается: проверьте синтаксис.',
    });
  });

  it('passes an unrouted request to the error middleware as an http 404', async () => {
    const events: ServerErrorEvent[] = [];
    const url = await start(ordersApp(events));
    const response = await fetch(`${url}/nowhere?token=abc`);
    expect(response.status).toBe(404);
    expect(await decode(response)).toMatchObject({ code: '404', detail: 'GET /nowhere' });
    expect(events[0]?.request.url).toBe('/nowhere?token=%5BREDACTED%5D');
  });

  it('hands an error to Express when the answer has already begun', async () => {
    const app = express();
    app.get('/stream', (_req, res, next) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
      next(new Error('mid-stream'));
    });
    app.use(kodexErrorHandler());
    const url = await start(app);
    // Express's final handler cuts the connection: the client sees a failure.
    await expect(fetch(`${url}/stream`).then((r) => r.text())).rejects.toThrow();
  });
});
