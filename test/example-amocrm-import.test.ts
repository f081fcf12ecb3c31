import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from '../src/mock/mock-server.js';
import { freePort, ThrowawayRedis } from './helpers/redis-server.mjs';

// examples/amocrm-import run as its README says, with a redis-server of its
// own and the amoCRM emulator: four worker processes import the leads. The
// example imports `kodex/bullmq`, which resolves to dist/ (`npm test` builds first).

const root = fileURLToPath(new URL('../', import.meta.url));
const built = existsSync(`${root}dist/bullmq/index.js`);

describe.skipIf(!built)('examples/amocrm-import', () => {
  let redis: ThrowawayRedis;
  let mock: MockServer;

  beforeAll(async () => {
    redis = new ThrowawayRedis(await freePort());
    await redis.start();
    mock = await createMockServer({ provider: 'amocrm', banAfter: 5 });
  });
  afterAll(async () => {
    await mock?.close();
    await redis?.stop();
  });

  it('imports every lead through four workers, under the account rate', {
    timeout: 60_000,
  }, async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        `${root}examples/amocrm-import/import.mjs`,
        ...['--leads', '20', '--amocrm', mock.url, '--redis', redis.url],
      ],
      { timeout: 55_000 },
    );
    expect(stdout.match(/worker \d+ ready/g)).toHaveLength(4);
    expect(stdout).toMatch(/^20 leads imported, 0 failed, in /m);
    const stats = mock.stats();
    expect(stats).toMatchObject({ accepted: 20, duplicates: 0 });
    for (let i = 1; i <= 20; i++) expect(mock.effects(`lead-${i}`)).toBe(1);
  });
});
