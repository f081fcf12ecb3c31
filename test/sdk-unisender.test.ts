// unisender (the npm SDK, 1.x) against `kodex mock unisender`. The SDK posts
// a form to the hard-coded `https://api.unisender.com/{lang}/api/{method}`
// with no base-URL option, so its requests go through a TLS front
// (throwaway certificate) by the default HTTPS agent, which `request` uses.
// What it expects, from its source (src/make-request.js): the body parsed as
// JSON; it resolves when the body has a truthy `result` and otherwise
// rejects with the parsed body itself — `{error, code}` for an error. So no
// error may carry `result`, and each must carry UniSender's `code`.
import UniSender from 'unisender';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../src/decode/decode.js';
import { list } from '../src/lookup/index.js';
import { createMockServer, type MockServer } from '../src/mock/index.js';
import { startTlsFront, type TlsFront } from './helpers/tls-front.js';

interface UniSenderError {
  error: string;
  code: string;
}

let mock: MockServer;
let front: TlsFront;
let uninstall: () => void;

beforeAll(async () => {
  mock = await createMockServer({ provider: 'unisender', rate: 'off' });
  front = await startTlsFront(mock.port, ['api.unisender.com']);
  uninstall = front.install();
});
afterAll(async () => {
  uninstall();
  await Promise.all([front.close(), mock.close()]);
});

async function rejection(call: Promise<unknown>): Promise<UniSenderError | undefined> {
  return call.then(
    () => undefined,
    (e: UniSenderError) => e,
  );
}

describe('unisender SDK against the emulator', () => {
  it('resolves the plain success', async () => {
    const sdk = new UniSender({ api_key: 'key' });
    await expect(sdk.getLists({})).resolves.toEqual({ result: {} });
  });

  const errors = list('unisender').filter((e) => e.kind !== 'success');
  it(`rejects every one of the ${errors.length} documented errors with UniSender's {error, code}, in English on /en/api`, async () => {
    const sdk = new UniSender({ api_key: 'key', lang: 'en' });
    for (const entry of errors) {
      const error = await rejection(sdk.getLists({ kodex_error: entry.key }));
      expect(error, `${entry.key} resolved as data`).toBeDefined();
      expect(error!.code, entry.key).toBe(entry.code);
      expect(error!.error, entry.key).toEqual(expect.any(String));
      expect(error!.error, entry.key).not.toMatch(/[А-яЁё]|\{[a-z_]+\}/);
      const record = decode(
        { status: 200, body: JSON.stringify(error) },
        { provider: 'unisender' },
      );
      expect(record?.code, entry.key).toBe(entry.code);
    }
  });

  it('answers /ru/api in Russian', async () => {
    const sdk = new UniSender({ api_key: 'key', lang: 'ru' });
    const error = await rejection(sdk.getLists({ kodex_error: 'invalid_api_key' }));
    expect(error).toMatchObject({
      code: 'invalid_api_key',
      error: expect.stringMatching(/[А-яЁё]/),
    });
  });

  it('rejects a fault with retry_later, and the rate limit past 1200/min per key', async () => {
    const faulty = await createMockServer({ provider: 'unisender', rate: 'off', fault: '5xx=1' });
    const limited = await createMockServer({ provider: 'unisender', rate: '2/min' });
    const fronts = await Promise.all([
      startTlsFront(faulty.port, ['api.unisender.com']),
      startTlsFront(limited.port, ['api.unisender.com']),
    ]);
    uninstall();
    try {
      const undoFaulty = fronts[0].install();
      const fault = await rejection(new UniSender({ api_key: 'key' }).sendEmail({}));
      undoFaulty();
      expect(fault).toMatchObject({ code: 'retry_later' });

      const undoLimited = fronts[1].install();
      const sdk = new UniSender({ api_key: 'key' });
      await sdk.getLists({});
      await sdk.getLists({});
      const refused = await rejection(sdk.getLists({}));
      undoLimited();
      expect(refused).toMatchObject({ code: 'api_call_limit_exceeded_for_api_key' });
    } finally {
      uninstall = front.install();
      await Promise.all([...fronts.map((f) => f.close()), faulty.close(), limited.close()]);
    }
  });
});
