import createError from 'http-errors';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { avtocod, dellin } from '../src/catalogs/index.js';
import { decode } from '../src/decode/decode.js';
import { defineCatalog } from '../src/server/define-catalog.js';
import type { RenderOptions, ServerErrorEvent } from '../src/server/render.js';
import { type Running, adapters as startAdapter } from './helpers/adapters.js';

// The suite every adapter passes, over real HTTP on 127.0.0.1, port 0: the
// same routes throw the same errors, and every answer decodes back with
// kodex's decode() to the provider, code and category that were thrown.

const shop = defineCatalog({
  id: 'shop',
  name: 'Shop',
  entries: [
    {
      code: 'OUT_OF_STOCK',
      status: 409,
      category: 'conflict',
      title: { ru: 'Нет в наличии', en: 'Out of stock' },
      template: { ru: 'Товара {sku} нет в наличии', en: 'Item {sku} is out of stock' },
      params: { sku: { type: 'string' } },
    },
    {
      code: 'RATE_LIMITED',
      status: 429,
      category: 'rate_limited',
      title: { ru: 'Слишком много запросов', en: 'Too many requests' },
    },
  ],
});
const avtocodErrors = defineCatalog(avtocod);
const LEAK =
  'secret=S3CRET-1 key=AIzaSyA-1234567890abcdefghijklmnopqrstu https://u:PW-2@db.example/x';
const dellinErrors = defineCatalog(dellin);

const routes: Readonly<Record<string, () => unknown>> = {
  '/stock': () => shop.error('OUT_OF_STOCK', { sku: 'A-1' }),
  '/rate': () => shop.error('RATE_LIMITED'),
  '/rate-stated': () => shop.error('RATE_LIMITED', {}, { retryAfterMs: 7000 }),
  '/rate-nan': () => shop.error('RATE_LIMITED', {}, { retryAfterMs: Number.NaN }),
  '/rate-infinite': () =>
    shop.error('RATE_LIMITED', {}, { retryAfterMs: Number.POSITIVE_INFINITY }),
  '/rate-negative': () => shop.error('RATE_LIMITED', {}, { retryAfterMs: -5000 }),
  '/rate-huge': () => shop.error('RATE_LIMITED', {}, { retryAfterMs: 1e30 }),
  '/rate-instant': () => shop.error('RATE_LIMITED', {}, { retryAfterMs: 1 }),
  '/stock-nan': () => shop.error('OUT_OF_STOCK', { sku: 'A-1' }, { retryAfterMs: Number.NaN }),
  '/bug': () => new Error('password=hunter2 at db.internal:5432'),
  '/missing': () => createError(404, 'No order 42'),
  '/down': () => createError(503, 'redis 10.0.0.5 refused'),
  '/avtocod': () => avtocodErrors.error('B011', { day_quote: 2, report_type: 'x' }),
  '/dellin': () => dellinErrors.error('100005'),
  '/leaky': () => createError(400, LEAK),
  '/leaky-catalog': () => shop.error('OUT_OF_STOCK', { sku: 'A-1' }, { detail: LEAK }),
};

const adapters: Readonly<Record<string, (options: RenderOptions) => Promise<Running>>> =
  Object.fromEntries(
    Object.entries(startAdapter).map(([name, start]) => [
      name,
      (options: RenderOptions) => start(routes, options),
    ]),
  );

describe.each(Object.keys(adapters))('the %s adapter', (name) => {
  const start = adapters[name]!;
  const events: ServerErrorEvent[] = [];
  let problem: Running;
  let dev: Running;
  let avtocodApp: Running;
  let dellinApp: Running;

  beforeAll(async () => {
    [problem, dev, avtocodApp, dellinApp] = await Promise.all([
      start({ onError: (event) => void events.push(event), retryAfterMs: 3000 }),
      start({ development: true }),
      start({ dialect: 'avtocod' }),
      start({ dialect: 'dellin' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([problem, dev, avtocodApp, dellinApp].map((r) => r?.close()));
  });

  it('answers a catalog error in problem+json that decodes to the thrown code', async () => {
    const response = await fetch(`${problem.url}/stock`);
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json\b/);
    const body = await response.clone().json();
    expect(body).toMatchObject({ provider: 'shop', code: 'OUT_OF_STOCK', category: 'conflict' });
    expect(body.correlationId).toBe(response.headers.get('x-correlation-id'));
    expect(await decode(response)).toMatchObject({
      provider: 'shop',
      code: 'OUT_OF_STOCK',
      category: 'conflict',
      retryable: false,
      detail: 'Item A-1 is out of stock',
    });
  });

  it('answers problem+xml when the client prefers XML, in the language it asks for', async () => {
    const response = await fetch(`${problem.url}/stock`, {
      headers: { accept: 'application/problem+xml', 'accept-language': 'ru' },
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+xml\b/);
    expect(response.headers.get('vary')).toBe('Accept, Accept-Language');
    expect(await decode(response, { lang: 'ru' })).toMatchObject({
      provider: 'shop',
      code: 'OUT_OF_STOCK',
      category: 'conflict',
      detail: 'Товара A-1 нет в наличии',
    });
  });

  it('turns an unknown error into a 500 internal with a correlation id and no internals', async () => {
    const response = await fetch(`${problem.url}/bug`);
    expect(response.status).toBe(500);
    const text = await response.clone().text();
    expect(text).not.toMatch(/hunter2|db\.internal|stack|\.ts:/);
    const id = response.headers.get('x-correlation-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(text).correlationId).toBe(id);
    expect(await decode(response)).toMatchObject({
      provider: 'http',
      code: '500',
      category: 'internal',
    });
  });

  it('without an onError hook, logs a bug with the correlation id its client was given', async () => {
    const env = process.env.NODE_ENV;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    process.env.NODE_ENV = 'production';
    try {
      const response = await fetch(`${dev.url}/bug`);
      const id = response.headers.get('x-correlation-id')!;
      // These apps run Fastify with its logger off: the console takes its place.
      expect(logged).toHaveBeenCalledOnce();
      expect(logged.mock.calls[0]![0]).toContain(id);
      expect(String(logged.mock.calls[0]![1])).toContain('Error: password=');
      // A hook that logs takes the console's place; an expected error is not logged.
      logged.mockClear();
      await fetch(`${problem.url}/bug`);
      await fetch(`${dev.url}/stock`);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      process.env.NODE_ENV = env;
      logged.mockRestore();
    }
  });

  it('reuses the incoming x-request-id as the correlation id', async () => {
    const response = await fetch(`${problem.url}/bug`, { headers: { 'x-request-id': 'req-42' } });
    expect(response.headers.get('x-correlation-id')).toBe('req-42');
    expect((await response.json()).correlationId).toBe('req-42');
  });

  it('adds the stack as an extension member in development', async () => {
    const body = await (await fetch(`${dev.url}/bug`)).json();
    expect(body.stack).toMatch(/^Error: password=\[REDACTED\]/);
  });

  it('sets Retry-After for rate_limited and unavailable, stated or by default', async () => {
    const stated = await fetch(`${problem.url}/rate-stated`);
    expect(stated.headers.get('retry-after')).toBe('7');
    expect(await decode(stated)).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 7000 });
    const byDefault = await fetch(`${problem.url}/rate`);
    expect(byDefault.status).toBe(429);
    expect(byDefault.headers.get('retry-after')).toBe('3');
    const down = await fetch(`${problem.url}/down`);
    expect(down.headers.get('retry-after')).toBe('3');
    expect(await decode(down)).toMatchObject({
      code: '503',
      category: 'unavailable',
      retryable: true,
    });
    expect((await fetch(`${problem.url}/stock`)).headers.get('retry-after')).toBeNull();
  });

  // RFC 9110 §10.2.3: delay-seconds, a non-negative integer. A stated delay
  // that is none gives way to the default; a huge one is capped at a year.
  it.each([
    ['/rate-nan', '3'],
    ['/rate-infinite', '3'],
    ['/rate-negative', '3'],
    ['/rate-huge', '31536000'],
    ['/rate-instant', '1'],
    ['/stock-nan', null],
  ])('answers %s with Retry-After %s, never NaN, Infinity or -5', async (path, value) => {
    const response = await fetch(`${problem.url}${path}`);
    expect(response.headers.get('retry-after')).toBe(value);
    const decoded = await decode(response);
    expect(decoded?.retryAfterMs).toBe(value === null ? undefined : Number(value) * 1000);
  });

  it('answers http-errors by status, keeping a 4xx message and hiding a 5xx one', async () => {
    expect(await decode(await fetch(`${problem.url}/missing`))).toMatchObject({
      provider: 'http',
      code: '404',
      category: 'not_found',
      detail: 'No order 42',
    });
    expect(await (await fetch(`${problem.url}/down`)).text()).not.toContain('10.0.0.5');
  });

  it('redacts credentials an http-errors message or a catalog detail quotes', async () => {
    for (const path of ['/leaky', '/leaky-catalog']) {
      const text = await (await fetch(`${problem.url}${path}`)).text();
      expect(text).not.toMatch(/S3CRET-1|AIzaSyA|PW-2/);
      expect(text).toContain('secret=[REDACTED]');
    }
  });

  it('answers an unrouted path with a 404 in the dialect', async () => {
    const response = await fetch(`${problem.url}/nowhere?api_key=1`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json\b/);
    expect(await decode(response)).toMatchObject({
      provider: 'http',
      code: '404',
      category: 'not_found',
    });
  });

  it('calls onError with the record and the request, credentials redacted', async () => {
    events.length = 0;
    await fetch(`${problem.url}/bug?access_token=sk_1`, {
      headers: { authorization: 'Bearer abcdefgh' },
    });
    const event = events.find((e) => e.request.url?.startsWith('/bug'));
    expect(event).toBeDefined();
    expect(event!.unexpected).toBe(true);
    expect(event!.record).toMatchObject({ code: '500', category: 'internal' });
    expect(event!.request.url).toBe('/bug?access_token=%5BREDACTED%5D');
    expect(event!.request.headers.authorization).toBe('[REDACTED]');
    expect(JSON.stringify(event!.record)).not.toContain('hunter2');
  });

  it('renders in the avtocod dialect, in JSON even when XML is asked (no 406)', async () => {
    const response = await fetch(`${avtocodApp.url}/avtocod`, {
      headers: { accept: 'application/xml' },
    });
    expect(response.status).toBe(402);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = await response.clone().json();
    expect(body).toMatchObject({ state: 'fail', event: { code: 'B011', data: { day_quote: 2 } } });
    expect(await decode(response)).toMatchObject({
      provider: 'avtocod',
      code: 'B011',
      category: 'quota_exceeded',
    });
  });

  it('renders in the dellin dialect, as JSON or as XML', async () => {
    const json = await fetch(`${dellinApp.url}/dellin`);
    expect(json.status).toBe(429);
    expect(await decode(json)).toMatchObject({
      provider: 'dellin',
      code: '100005',
      category: 'rate_limited',
    });
    const xml = await fetch(`${dellinApp.url}/dellin`, { headers: { accept: 'application/xml' } });
    expect(xml.headers.get('content-type')).toContain('application/xml');
    const text = await xml.clone().text();
    expect(text).toContain('<response>');
    expect(text).toContain(`<correlationId>${xml.headers.get('x-correlation-id')}</correlationId>`);
    expect(await decode(xml)).toMatchObject({
      provider: 'dellin',
      code: '100005',
      category: 'rate_limited',
    });
  });
});

describe('the adapters’ names', () => {
  it('are the same in every entry: kodexErrorHandler, and kodexNotFound where the framework routes', async () => {
    const entries = {
      fastify: await import('../src/server/adapters/fastify.js'),
      express: await import('../src/server/adapters/express.js'),
      hono: await import('../src/server/adapters/hono.js'),
      node: await import('../src/server/adapters/node.js'),
    };
    const functions = Object.fromEntries(
      Object.entries(entries).map(([name, entry]) => [
        name,
        Object.keys(entry)
          .filter((key) => key.startsWith('kodex'))
          .sort(),
      ]),
    );
    expect(functions).toEqual({
      fastify: ['kodexErrorHandler', 'kodexNotFound', 'kodexPlugin'],
      express: ['kodexErrorHandler', 'kodexNotFound'],
      hono: ['kodexErrorHandler', 'kodexNotFound', 'kodexValidationHook'],
      node: ['kodexErrorHandler'],
    });
  });
});
