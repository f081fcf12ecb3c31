import createError from 'http-errors';
import { describe, expect, it, vi } from 'vitest';
import { decode } from '../decode/decode.js';
import { ApiError } from '../errors/api-error.js';
import { UnknownProviderError } from '../errors/unknown-provider-error.js';
import { defineCatalog } from './define-catalog.js';
import { createRenderer, type ServerErrorEvent } from './render.js';

const shop = defineCatalog({
  id: 'shop',
  name: 'Shop',
  entries: [
    {
      code: 'OUT_OF_STOCK',
      status: 409,
      category: 'conflict',
      title: { ru: 'Нет в наличии', en: 'Out of stock' },
      template: { ru: 'Товара {sku} нет', en: 'Item {sku} is out of stock' },
      params: { sku: { type: 'string' } },
    },
    {
      code: 'BUSY',
      status: 503,
      category: 'unavailable',
      title: { ru: 'Занято', en: 'Busy' },
    },
  ],
});

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('createRenderer', () => {
  it('renders a catalog error as problem+json with a correlation id in header and body', () => {
    const render = createRenderer({ correlationId: ids() });
    const out = render(shop.error('OUT_OF_STOCK', { sku: 'A-1' }), { headers: {} });
    expect(out.status).toBe(409);
    expect(out.headers).toMatchObject({
      'content-type': 'application/problem+json',
      'x-correlation-id': 'id-1',
      vary: 'Accept, Accept-Language',
    });
    expect(JSON.parse(out.body)).toEqual({
      type: 'about:blank',
      title: 'Out of stock',
      status: 409,
      detail: 'Item A-1 is out of stock',
      provider: 'shop',
      code: 'OUT_OF_STOCK',
      category: 'conflict',
      retryable: false,
      correlationId: 'id-1',
    });
    expect(decode(out)).toMatchObject({
      provider: 'shop',
      code: 'OUT_OF_STOCK',
      category: 'conflict',
    });
  });

  it('answers in the language and format the request prefers', () => {
    const render = createRenderer();
    const out = render(shop.error('OUT_OF_STOCK', { sku: 'A-1' }), {
      headers: { accept: 'application/problem+xml', 'accept-language': 'ru-RU,ru;q=0.9' },
    });
    expect(out.headers['content-type']).toBe('application/problem+xml');
    expect(out.body).toContain('<detail>Товара A-1 нет</detail>');
    expect(out.body).toMatch(/<correlationId>[0-9a-f-]{36}<\/correlationId>\s*<\/problem>/);
    expect(decode(out, { lang: 'ru' })).toMatchObject({
      provider: 'shop',
      code: 'OUT_OF_STOCK',
      lang: 'ru',
    });
  });

  it('reads headers from a fetch Headers object as well as a Node header object', () => {
    const render = createRenderer();
    const out = render(shop.error('BUSY'), {
      headers: new Headers({ Accept: 'application/xml', 'X-Request-Id': 'req-7' }),
    });
    expect(out.headers['content-type']).toBe('application/problem+xml');
    expect(out.correlationId).toBe('req-7');
  });

  it('reuses a safe incoming x-correlation-id or x-request-id, and replaces an unsafe one', () => {
    const render = createRenderer({ correlationId: ids() });
    const error = shop.error('BUSY');
    expect(render(error, { headers: { 'x-correlation-id': 'abc-1' } }).correlationId).toBe('abc-1');
    expect(render(error, { headers: { 'x-request-id': 'r:2' } }).correlationId).toBe('r:2');
    const injected = render(error, { headers: { 'x-request-id': 'a\r\nset-cookie: x' } });
    expect(injected.correlationId).toBe('id-1');
    expect(render(error, { headers: { 'x-request-id': 'x'.repeat(129) } }).correlationId).toBe(
      'id-2',
    );
  });

  it('sets Retry-After from the error, or the default for rate_limited and unavailable', () => {
    const render = createRenderer({ retryAfterMs: 30_000 });
    expect(render(shop.error('BUSY'), { headers: {} }).headers['retry-after']).toBe('30');
    const stated = shop.error('BUSY', {}, { retryAfterMs: 1500 });
    expect(render(stated, { headers: {} }).headers['retry-after']).toBe('2');
    const conflict = shop.error('OUT_OF_STOCK', { sku: 'x' });
    expect(render(conflict, { headers: {} }).headers['retry-after']).toBeUndefined();
    expect(createRenderer()(shop.error('BUSY'), { headers: {} }).headers['retry-after']).toBe('1');
  });

  it('sends no Retry-After for a default that is no delay, and keeps the record free of it', () => {
    for (const retryAfterMs of [Number.NaN, Number.POSITIVE_INFINITY, -5000, 0]) {
      const rendered = createRenderer({ retryAfterMs })(shop.error('BUSY'), { headers: {} });
      expect(rendered.headers['retry-after']).toBeUndefined();
      expect(rendered.record.retryAfterMs).toBeUndefined();
    }
  });

  it('turns an unknown error into a 500 internal that says nothing of its cause', () => {
    const render = createRenderer({ development: false });
    const out = render(new Error('password=hunter2 at db.internal:5432'), { headers: {} });
    expect(out.status).toBe(500);
    expect(out.body).not.toMatch(/hunter2|db\.internal|at |stack/);
    expect(decode(out)).toMatchObject({ provider: 'http', code: '500', category: 'internal' });
    expect(JSON.parse(out.body).correlationId).toBe(out.correlationId);
  });

  it('adds the stack of an unexpected error in development only, with credentials redacted', () => {
    const render = createRenderer({ development: true });
    const out = render(new Error('token=abc123secret'), { headers: {} });
    const body = JSON.parse(out.body);
    expect(body.stack).toContain('Error: token=[REDACTED]');
    expect(body.stack).toContain('render.test.ts');
    const expected = render(shop.error('BUSY'), { headers: {} });
    expect(JSON.parse(expected.body).stack).toBeUndefined();
  });

  it('reads NODE_ENV when development is not set', () => {
    vi.stubEnv('NODE_ENV', 'development');
    try {
      expect(
        JSON.parse(createRenderer()(new Error('x'), { headers: {} }).body).stack,
      ).toBeDefined();
    } finally {
      vi.unstubAllEnvs();
    }
    expect(
      JSON.parse(createRenderer()(new Error('x'), { headers: {} }).body).stack,
    ).toBeUndefined();
  });

  it('renders in a provider dialect, and in its XML when it has one', () => {
    const dellin = createRenderer({ dialect: 'dellin' });
    const error = new ApiError({
      provider: 'dellin',
      code: '100005',
      status: 429,
      category: 'rate_limited',
      retryable: true,
      title: 'Too many requests',
      lang: 'en',
      fields: [],
      known: true,
    });
    const xml = dellin(error, { headers: { accept: 'application/xml' } });
    expect(xml.body).toContain('<response>');
    expect(decode(xml, { provider: 'dellin' })).toMatchObject({
      code: '100005',
      category: 'rate_limited',
    });
    const avtocod = createRenderer({ dialect: 'avtocod' });
    const json = avtocod(error, { headers: { accept: 'application/xml' } });
    expect(json.headers['content-type']).toContain('application/json');
    expect(json.headers.vary).toBe('Accept-Language');
  });

  it('refuses an unknown dialect when the renderer is made, not on the first error', () => {
    expect(() => createRenderer({ dialect: 'avtokod' })).toThrow(UnknownProviderError);
  });

  it('calls onError once per error with the record and the request, credentials redacted', () => {
    const events: ServerErrorEvent[] = [];
    const render = createRenderer({ onError: (e) => void events.push(e) });
    render(createError(404, 'No order 42'), {
      method: 'GET',
      url: '/orders/42?api_key=sk_123&page=2',
      headers: { authorization: 'Bearer abcdefgh', cookie: 'sid=1', accept: '*/*' },
    });
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event!.record).toMatchObject({ provider: 'http', code: '404', detail: 'No order 42' });
    expect(event!.unexpected).toBe(false);
    expect(event!.request).toEqual({
      method: 'GET',
      url: '/orders/42?api_key=%5BREDACTED%5D&page=2',
      headers: { authorization: '[REDACTED]', cookie: '[REDACTED]', accept: '*/*' },
    });
  });

  it('redacts credentials on the way out: http-errors messages, catalog details, validationError records', () => {
    const leak =
      'secret=S3CRET-1 key=AIzaSyA-1234567890abcdefghijklmnopqrstu https://u:PW-SECRET-2@db.example/x';
    const render = createRenderer({
      validationError: (fields, detail) => ({
        ...shop.record('OUT_OF_STOCK', { sku: 'sk_live_SECRET3abc' }),
        detail: `${detail} ${leak}`,
        fields: fields.map((f) => ({ ...f, message: leak })),
      }),
    });
    const bodies = [
      render(createError(400, leak), { headers: {} }).body,
      render(shop.error('OUT_OF_STOCK', { sku: 'sk_live_SECRET3abc' }, { detail: leak }), {
        headers: {},
      }).body,
      render(Object.assign(new Error('bad'), { validation: [{ instancePath: '/a' }] }), {
        headers: {},
      }).body,
      createRenderer({ dialect: 'avtocod' })(
        shop.error('OUT_OF_STOCK', { sku: 'sk_live_SECRET3abc' }),
        {
          headers: {},
        },
      ).body,
    ];
    for (const body of bodies) {
      expect(body).not.toMatch(/S3CRET-1|AIzaSyA|PW-SECRET-2|SECRET3/);
      expect(body).toContain('[REDACTED]');
    }
  });

  it('still answers when the onError hook throws or rejects', async () => {
    const throwing = createRenderer({
      onError: () => {
        throw new Error('logger down');
      },
    });
    expect(throwing(new Error('x'), { headers: {} }).status).toBe(500);
    const rejecting = createRenderer({ onError: () => Promise.reject(new Error('logger down')) });
    expect(rejecting(new Error('x'), { headers: {} }).status).toBe(500);
    await new Promise((resolve) => setImmediate(resolve));
  });
});
