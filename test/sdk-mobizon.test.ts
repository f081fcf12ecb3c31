// mobizon (the npm SDK, 1.x) against `kodex mock mobizon`. The SDK calls
// `{baseUrl}{module}/{method}` with its parameters in the query (a test base
// URL replaces `https://api.mobizon.com/service/`). What it expects, from its
// source (index.js): an HTTP 200 (any other status is its own code 999, "no
// connection"), a JSON body, `code: 0` with `data` for a success, and for an
// error any other `code`, handed to the caller with `message` and `data`. So
// every Mobizon error must come in a 200 with its numeric code.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { list } from '../src/lookup/index.js';
import { createMockServer, type MockServer } from '../src/mock/index.js';

interface MobizonError {
  code: number;
  message: string;
  data: unknown;
}
type Callback = (error: MobizonError | null, data: unknown) => void;
type Method = (query: Record<string, string>, callback: Callback) => void;

const require = createRequire(import.meta.url);
const mobizon = require('mobizon')('kodex-test-key') as Record<string, Record<string, Method>>;
let mock: MockServer;

beforeAll(async () => {
  mock = await createMockServer({ provider: 'mobizon', rate: 'off' });
});
afterAll(() => mock.close());

/** `message/sendSmsMessage` through the SDK: its callback's error and data. */
function send(query: Record<string, string> = {}) {
  return new Promise<{ error: MobizonError | null; data: unknown }>((resolve) =>
    mobizon.message!.sendSmsMessage!(
      { recipient: '77000000000', text: 'hi', ...query, testBaseUrl: `${mock.url}/service/` },
      (error, data) => resolve({ error, data }),
    ),
  );
}

const errors = list('mobizon').filter((e) => e.code !== '0');

describe("Mobizon's SDK against the Mobizon emulator", () => {
  it('takes a plain answer as a success, with its data', async () => {
    const { error, data } = await send();
    expect(error).toBeNull();
    expect(data).not.toBeNull();
  });

  it.each(errors.map((e) => [e.code]))(
    'hands the caller code %s with its message, in a 200',
    async (code) => {
      const { error, data } = await send({ kodex_error: code });
      expect(data).toBeNull();
      expect(error).toMatchObject({ code: Number(code) });
      expect(typeof error!.message).toBe('string');
      // Not the SDK's own "no connection" (its code 999 for any non-200 answer).
      expect(error!.message).not.toBe('Не удалось установить связь с сервером');
      expect(error!.message.length).toBeGreaterThan(0);
    },
  );
});
