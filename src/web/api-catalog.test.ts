import { connect } from 'node:net';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { bareWebServer } from '../../test/helpers/bare-web.js';
import { decode } from '../decode/decode.js';
import { defaultLookup, list } from '../lookup/index.js';
import { OPENAPI_DOCUMENT } from './routes/api-openapi.js';

const server = bareWebServer();

async function getJson(path: string): Promise<{ status: number; type: string; body: unknown }> {
  const response = await fetch(server.current.url + path);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: await response.json(),
  };
}

/** Bytes written to the socket as they are: raw UTF-8 in the request line, which fetch would encode. */
function rawRequest(head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.current.port, server.current.host);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
    socket.write(Buffer.from(head, 'utf8'));
  });
}

describe('GET /api', () => {
  it('lists the endpoints and points to the OpenAPI description', async () => {
    const { status, body } = await getJson('/api');
    expect(status).toBe(200);
    const index = body as { openapi: string; endpoints: { method: string; path: string }[] };
    expect(index.openapi).toBe('/api/openapi.json');
    expect(index.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(
      Object.entries(OPENAPI_DOCUMENT.paths).flatMap(([path, item]) =>
        Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
  });
});

describe('GET /api/providers', () => {
  it('gives every provider with its code count and reference page', async () => {
    const { body } = await getJson('/api/providers');
    const providers = body as { id: string; codes: number; url: string }[];
    expect(providers.map((p) => p.id)).toEqual(defaultLookup().catalogs.map((c) => c.id));
    const google = providers.find((p) => p.id === 'google')!;
    expect(google).toMatchObject({ codes: 132, url: '/providers/google' });
  });
});

describe('GET /api/list', () => {
  it('gives the entries as kodex list --json does, filtered, with their links', async () => {
    const { body } = await getJson('/api/list?provider=avtocod&category=quota_exceeded&status=402');
    const entries = body as { key: string; url: string }[];
    const expected = list('avtocod', { category: 'quota_exceeded', status: 402 });
    expect(entries.map((e) => e.key)).toEqual(expected.map((e) => e.key));
    expect(entries.find((e) => e.key === 'B011')?.url).toBe('/providers/avtocod#code-B011');
    expect(((await getJson('/api/list')).body as unknown[]).length).toBe(list().length);
  });

  it.each([
    ['/api/list?provider=avtocd', /avtocod/],
    ['/api/list?category=nonsense', /category must be one of/],
    ['/api/list?status=99', /status must be/],
  ])('refuses %s with 400 problem+json', async (path, detail) => {
    const { status, type, body } = await getJson(path);
    expect(status).toBe(400);
    expect(type).toBe('application/problem+json');
    expect((body as { detail: string }).detail).toMatch(detail);
  });
});

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 description', async () => {
    const { body } = await getJson('/api/openapi.json');
    const validator = new Validator();
    const result = await validator.validate(body as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every GET endpoint, each of which answers', async () => {
    for (const path of Object.keys(OPENAPI_DOCUMENT.paths)) {
      if (!('get' in OPENAPI_DOCUMENT.paths[path as keyof typeof OPENAPI_DOCUMENT.paths])) continue;
      const concrete = path.replace('{provider}', 'avtocod').replace('{code}', 'B011');
      const response = await fetch(
        `${server.current.url}${concrete}${path === '/api/search' ? '?q=quota' : ''}`,
      );
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
    }
  });
});

describe('a request Node cannot parse', () => {
  it('gets 400 problem+json that kodex decodes, not an empty 400', async () => {
    const answer = await rawRequest('GET /api/search?q=квота HTTP/1.1\r\nHost: x\r\n\r\n');
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(head).toContain('content-type: application/problem+json');
    expect(head).toContain('connection: close');
    const problem = JSON.parse(body) as { status: number; detail: string };
    expect(problem.status).toBe(400);
    expect(problem.detail).toContain('--data-urlencode');
    expect(
      decode({ status: 400, headers: { 'content-type': 'application/problem+json' }, body }),
    ).toMatchObject({
      provider: 'http',
      code: '400',
    });
  });
});
