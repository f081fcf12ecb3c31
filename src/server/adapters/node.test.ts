import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { decode } from '../../decode/decode.js';
import { httpErrors } from '../http-catalog.js';
import type { RenderOptions } from '../render.js';
import { kodexErrorHandler } from './node.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => new Promise((resolve) => s.close(() => resolve(undefined)))),
  );
});

async function start(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler).listen(0, '127.0.0.1');
  servers.push(server);
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('kodexErrorHandler for node:http', () => {
  it('writes the rendered error with its length, and returns what it sent', async () => {
    const sendError = kodexErrorHandler();
    let sent: ReturnType<typeof sendError>;
    const url = await start((req, res) => {
      sent = sendError(httpErrors.error('409', {}, { detail: 'Taken' }), req, res);
    });
    const response = await fetch(url);
    expect(response.status).toBe(409);
    expect(Number(response.headers.get('content-length'))).toBe(
      Buffer.byteLength(await response.clone().text()),
    );
    expect(await decode(response)).toMatchObject({
      code: '409',
      category: 'conflict',
      detail: 'Taken',
    });
    expect(sent?.record.code).toBe('409');
  });

  it('renders with the options given', async () => {
    const options: RenderOptions = { dialect: 'dellin', correlationId: () => 'fixed' };
    const sendError = kodexErrorHandler(options);
    const url = await start((req, res) => sendError(httpErrors.error('503'), req, res));
    for (let i = 0; i < 2; i++) {
      const response = await fetch(url, { headers: { accept: 'text/xml' } });
      expect(response.headers.get('x-correlation-id')).toBe('fixed');
      expect(await response.text()).toContain('<response>');
    }
  });

  it('cuts the connection when the answer has already begun', async () => {
    const sendError = kodexErrorHandler();
    let result: unknown = 'not called';
    const url = await start((req, res) => {
      res.writeHead(200);
      res.write('partial');
      result = sendError(new Error('late'), req, res);
    });
    await expect(fetch(url).then((r) => r.text())).rejects.toThrow();
    expect(result).toBeUndefined();
  });
});
