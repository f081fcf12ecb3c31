import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../src/decode/decode.js';

// examples/fastify-service run as a user runs them: `node server.mjs` on port
// 0 in a child process, called over HTTP. The client side has no copy of the
// shop's catalog: decode() reads provider, code and category from the
// problem+json extension members. The example imports `kodex/…`, which
// resolves to dist/: `npm test` builds before it runs the tests.

const root = fileURLToPath(new URL('../', import.meta.url));
const example = `${root}examples/fastify-service/`;
const built = existsSync(`${root}dist/server/adapters/fastify.js`);

interface Service {
  readonly url: string;
  readonly logs: string[];
  readonly child: ChildProcess;
}

async function startService(env: Record<string, string> = {}): Promise<Service> {
  const child = spawn(process.execPath, [`${example}server.mjs`, '--port', '0'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logs: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the service exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      logs.push(line);
      const match = /^listening on (http:\/\/\S+)$/.exec(line);
      if (match) resolve(match[1]!);
    });
  });
  return { url, logs, child };
}

const order = (service: Service, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${service.url}/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe.skipIf(!built)('examples/fastify-service', () => {
  let service: Service;

  beforeAll(async () => {
    service = await startService({ SHOP_ORDERS_PER_MINUTE: '2', LOG_LEVEL: 'info' });
  });
  afterAll(() => {
    service?.child.kill();
  });

  it('listens on loopback and serves a product', async () => {
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${service.url}/products/MUG-1`);
    expect(await response.json()).toEqual({ sku: 'MUG-1', name: 'Mug', price: 12, stock: 3 });
  });

  it('answers an unknown product with its own code, which decodes without the catalog', async () => {
    const response = await fetch(`${service.url}/products/NOPE-9`);
    expect(response.status).toBe(404);
    expect(await decode(response)).toMatchObject({
      provider: 'shop',
      code: 'PRODUCT_NOT_FOUND',
      category: 'not_found',
      retryable: false,
      known: false,
      title: 'Product not found',
      detail: 'There is no product NOPE-9',
    });
  });

  it('answers OUT_OF_STOCK with the template filled, in Russian when asked', async () => {
    const response = await order(
      service,
      { sku: 'MUG-1', quantity: 5, card: '4242424242424242' },
      { 'accept-language': 'ru', 'x-api-key': 'stock' },
    );
    expect(response.status).toBe(409);
    expect(await decode(response, { lang: 'ru' })).toMatchObject({
      provider: 'shop',
      code: 'OUT_OF_STOCK',
      category: 'conflict',
      title: 'Нет в наличии',
      detail: 'Товара MUG-1 осталось 3 шт.',
    });
  });

  it('answers a body that fails the schema with INVALID_ORDER and one field per issue', async () => {
    const response = await order(service, { sku: 'MUG-1', quantity: 0 }, { 'x-api-key': 'bad' });
    expect(response.status).toBe(400);
    const record = await decode(response);
    expect(record).toMatchObject({
      provider: 'shop',
      code: 'INVALID_ORDER',
      category: 'invalid_request',
    });
    expect(record?.fields.map((f) => f.path)).toEqual(['/body/card']);
  });

  it('answers a declined card with PAYMENT_DECLINED in problem+xml when XML is asked', async () => {
    const response = await order(
      service,
      { sku: 'TEE-2', quantity: 2, card: '4000000000000002' },
      { accept: 'application/problem+xml', 'x-api-key': 'pay' },
    );
    expect(response.status).toBe(402);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+xml/);
    expect(await decode(response)).toMatchObject({
      provider: 'shop',
      code: 'PAYMENT_DECLINED',
      category: 'payment_required',
      detail: 'The bank declined the payment of 50 EUR',
    });
  });

  it('answers a failure it did not expect with a 500, a correlation id, and nothing else', async () => {
    const response = await order(
      service,
      { sku: 'TEE-2', quantity: 1, card: '4000000000000119' },
      { 'x-api-key': 'sk_client_secret_1' },
    );
    expect(response.status).toBe(500);
    const id = response.headers.get('x-correlation-id')!;
    const text = await response.clone().text();
    expect(text).not.toMatch(/gateway|sk_test|4000000000000119|stack/);
    expect(JSON.parse(text).correlationId).toBe(id);
    expect(await decode(response)).toMatchObject({
      provider: 'http',
      code: '500',
      category: 'internal',
    });
    // The log line carries the same id for support, the client's key redacted.
    await expect.poll(() => service.logs.find((l) => l.includes(id))).toBeDefined();
    const line = service.logs.find((l) => l.includes(id))!;
    expect(line).toContain('"code":"http/500"');
    expect(line).not.toContain('sk_client_secret_1');
  });

  it('limits orders per client, answering RATE_LIMITED with Retry-After', async () => {
    const body = { sku: 'TEE-2', quantity: 1, card: '4242424242424242' };
    const headers = { 'x-api-key': 'busy-client' };
    expect((await order(service, body, headers)).status).toBe(201);
    expect((await order(service, body, headers)).status).toBe(201);
    const limited = await order(service, body, headers);
    expect(limited.status).toBe(429);
    const seconds = Number(limited.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(await decode(limited)).toMatchObject({
      provider: 'shop',
      code: 'RATE_LIMITED',
      category: 'rate_limited',
      retryable: true,
      retryAfterMs: seconds * 1000,
      detail: 'At most 2 orders a minute',
    });
  });

  it('type-checks as JavaScript with // @ts-check against the built kodex types', async () => {
    // The typed catalog works in plain JavaScript too: a wrong code or param
    // in app.mjs would fail here.
    const tsc = `${root}node_modules/typescript/bin/tsc`;
    const files = ['catalog.mjs', 'app.mjs', 'server.mjs', 'generate-docs.mjs'].map(
      (f) => `${example}${f}`,
    );
    const flags = ['--noEmit', '--allowJs', '--checkJs', '--strict', '--skipLibCheck'];
    const target = ['--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022'];
    await expect(
      promisify(execFile)(process.execPath, [
        tsc,
        ...flags,
        ...target,
        '--types',
        'node',
        ...files,
      ]),
    ).resolves.toBeDefined();
  }, 60_000);

  it('has a catalog module that `kodex docs --catalog` reads as it is', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kodex-shop-docs-'));
    try {
      const cli = `${root}dist/cli/main.js`;
      const args = [
        'docs',
        '--catalog',
        `${example}catalog.mjs`,
        '--format',
        'openapi',
        '--out',
        out,
      ];
      await promisify(execFile)(process.execPath, [cli, ...args]);
      const openapi = JSON.parse(readFileSync(join(out, 'shop.openapi.json'), 'utf8'));
      expect(JSON.stringify(openapi)).toContain('PAYMENT_DECLINED');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('keeps its generated docs in step with its catalog, every code with an anchor', async () => {
    const run = promisify(execFile);
    await expect(
      run(process.execPath, [`${example}generate-docs.mjs`, '--check']),
    ).resolves.toBeDefined();
    const markdown = readFileSync(`${example}docs/shop.md`, 'utf8');
    const html = readFileSync(`${example}docs/shop.html`, 'utf8');
    const openapi = readFileSync(`${example}docs/shop.openapi.json`, 'utf8');
    for (const code of [
      'PRODUCT_NOT_FOUND',
      'OUT_OF_STOCK',
      'INVALID_ORDER',
      'PAYMENT_DECLINED',
      'RATE_LIMITED',
    ]) {
      expect(markdown).toContain(`<a id="code-${code}"></a>`);
      expect(html).toContain(`id="code-${code}"`);
      expect(openapi).toContain(code);
    }
  });
});
