import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import * as expressAdapter from '../../src/server/adapters/express.js';
import { kodexPlugin } from '../../src/server/adapters/fastify.js';
import * as honoAdapter from '../../src/server/adapters/hono.js';
import * as nodeAdapter from '../../src/server/adapters/node.js';
import { httpErrors } from '../../src/server/http-catalog.js';
import type { RenderOptions } from '../../src/server/render.js';

/** What each GET path throws. */
export type Routes = Readonly<Record<string, () => unknown>>;

/** An adapter's app, listening on 127.0.0.1. */
export interface Running {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts an app of one framework, with the kodex adapter, whose routes throw. */
export type StartAdapter = (routes: Routes, options: RenderOptions) => Promise<Running>;

async function listening(server: Server): Promise<Running> {
  if (!server.listening) await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The four adapters, each on real HTTP on port 0: Fastify, Express, Hono and `node:http`. */
export const adapters: Readonly<Record<string, StartAdapter>> = {
  fastify: async (routes, options) => {
    const app = Fastify();
    await app.register(kodexPlugin, options);
    for (const [path, make] of Object.entries(routes)) {
      app.get(path, async () => {
        throw make();
      });
    }
    await app.listen({ port: 0, host: '127.0.0.1' });
    return listening(app.server);
  },
  express: async (routes, options) => {
    const app = express();
    for (const [path, make] of Object.entries(routes)) {
      app.get(path, () => {
        throw make();
      });
    }
    app.use(expressAdapter.kodexNotFound());
    app.use(expressAdapter.kodexErrorHandler(options));
    return listening(app.listen(0, '127.0.0.1'));
  },
  hono: async (routes, options) => {
    const app = new Hono();
    for (const [path, make] of Object.entries(routes)) {
      app.get(path, () => {
        throw make();
      });
    }
    app.onError(honoAdapter.kodexErrorHandler(options));
    app.notFound(honoAdapter.kodexNotFound(options));
    return listening(serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server);
  },
  node: async (routes, options) => {
    const sendError = nodeAdapter.kodexErrorHandler(options);
    const server = createServer((req, res) => {
      const make = routes[(req.url ?? '/').split('?')[0]!];
      sendError(make ? make() : httpErrors.error('404'), req, res);
    });
    return listening(server.listen(0, '127.0.0.1'));
  },
};
