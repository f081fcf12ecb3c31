// @ts-check
// Starts the shop service: node examples/fastify-service/server.mjs [--port N] [--host H]
// (after `npm run build`). Prints `listening on http://HOST:PORT` once ready.
import { parseArgs } from 'node:util';
import { buildApp } from './app.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
  },
});

const app = await buildApp({
  ordersPerMinute: Number(process.env.SHOP_ORDERS_PER_MINUTE ?? 60),
  logger: { level: process.env.LOG_LEVEL ?? 'info' },
});
const address = await app.listen({ port: Number(values.port), host: values.host });
console.log(`listening on ${address}`);

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    app.close().then(() => process.exit(0));
  });
}
