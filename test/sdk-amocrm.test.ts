// amocrm-js (the npm SDK, 3.x) against `kodex mock amocrm`. The SDK speaks
// only HTTPS to `https://{domain}` and takes no base URL, so its requests go
// through a TLS front (throwaway certificate) by the default HTTPS agent.
// What it expects, from its source (dist/common/JSONResponseParser.js):
// a JSON body with a `status` member is an error — it throws
// APIResponseError('API_RESPONSE_ERROR') with the body as `data` and the raw
// answer as `apiResponse`; any other body is data. So every v4 error must
// carry `status`, and no error may resolve.
import { Client } from 'amocrm-js';
import apiResponseErrorModule from 'amocrm-js/dist/common/APIResponseError.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decode } from '../src/decode/decode.js';
import { list } from '../src/lookup/index.js';
import { createMockServer, type MockServer } from '../src/mock/index.js';
import { startTlsFront, type TlsFront } from './helpers/tls-front.js';

// A CommonJS module with `__esModule`: Node's loader hands over its exports
// object, Vite's interop the `default` export itself.
const exported = apiResponseErrorModule as unknown as { default?: unknown };
const APIResponseError = (exported.default ?? exported) as typeof apiResponseErrorModule.default;
type APIResponseError = InstanceType<typeof APIResponseError>;

const DOMAIN = 'kodex-test.amocrm.ru';

let mock: MockServer;
let limited: MockServer;
let front: TlsFront;
let limitedFront: TlsFront;
let uninstall: () => void;

beforeAll(async () => {
  mock = await createMockServer({ provider: 'amocrm', rate: 'off' });
  limited = await createMockServer({ provider: 'amocrm' });
  front = await startTlsFront(mock.port, [DOMAIN]);
  limitedFront = await startTlsFront(limited.port, [DOMAIN]);
  uninstall = front.install();
  // The SDK logs every error body to the console before it throws.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(async () => {
  uninstall();
  vi.restoreAllMocks();
  await Promise.all([front.close(), limitedFront.close(), mock.close(), limited.close()]);
});

function client() {
  return new Client({
    domain: DOMAIN,
    auth: {
      client_id: 'id',
      client_secret: 'secret',
      redirect_uri: 'https://example.com',
      bearer: 'token',
    },
  });
}

describe('amocrm-js against the emulator', () => {
  it('gets the plain success as data', async () => {
    const { data, response } = await client().request.get<object>('/api/v4/account');
    expect(response.statusCode).toBe(200);
    expect(data).toEqual({ _embedded: {} });
  });

  const errors = list('amocrm').filter((e) => e.kind !== 'success');
  it(`rejects every one of the ${errors.length} documented errors on /api/v4 with its APIResponseError`, async () => {
    const sdk = client();
    for (const entry of errors) {
      const call = sdk.request.get(
        '/api/v4/leads',
        {},
        { headers: { 'x-kodex-error': entry.key } },
      );
      const error = await call.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, `${entry.key} resolved as data`).toBeInstanceOf(APIResponseError);
      const apiError = error as APIResponseError;
      expect(apiError.message, entry.key).toBe('API_RESPONSE_ERROR');
      expect(apiError.apiResponse?.response.statusCode, entry.key).toBe(entry.status);
      const body = apiError.data as { status: number; title: string; detail: string };
      expect(body.status, entry.key).toBe(entry.status);
      expect(body.title, entry.key).toEqual(expect.any(String));
      if (/^\d+$/.test(entry.code) && entry.code !== String(entry.status)) {
        // The legacy code, where v4 keeps it.
        expect(body.detail, entry.key).toContain(`Код ошибки ${entry.code}.`);
      }
      // What the SDK received decodes to the entry: its code, or the field code of a validation error.
      const record = decode(
        { status: entry.status, body: JSON.stringify(apiError.data) },
        { provider: 'amocrm' },
      );
      const codes = [record?.code, ...(record?.fields.map((f) => f.code) ?? [])];
      expect(codes, entry.key).toContain(entry.code);
    }
  });

  it('answers its documented successes (280, 2002) as data', async () => {
    const sdk = client();
    for (const entry of list('amocrm').filter((e) => e.kind === 'success')) {
      const { response } = await sdk.request.get(
        '/api/v4/leads',
        {},
        { headers: { 'x-kodex-error': entry.key } },
      );
      expect(response.statusCode, entry.key).toBe(entry.status);
    }
  });

  it('rejects the 401 of /api/v4/account and the 429 past the documented 7/s', async () => {
    const sdk = client();
    await expect(
      sdk.request.get('/api/v4/account', {}, { headers: { 'x-kodex-status': '401' } }),
    ).rejects.toMatchObject({ message: 'API_RESPONSE_ERROR', data: { status: 401 } });

    uninstall();
    uninstall = limitedFront.install();
    try {
      const results = await Promise.allSettled(
        Array.from({ length: 9 }, () => sdk.request.get('/api/v4/leads')),
      );
      const refused = results.filter((r) => r.status === 'rejected');
      expect(refused).toHaveLength(2);
      expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({
        message: 'API_RESPONSE_ERROR',
        data: { status: 429 },
      });
    } finally {
      uninstall();
      uninstall = front.install();
    }
  });
});
