import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type RunningWebServer, startWebServer } from '../../src/web/server.js';

/**
 * A web reference in this process for the file's tests, started before them
 * and stopped after, with no bundle: what every reader without JavaScript
 * gets. Read `.current` inside a test.
 */
export function bareWebServer(): { readonly current: RunningWebServer } {
  const base = mkdtempSync(join(tmpdir(), 'kodex-web-bare-'));
  const holder = {} as { current: RunningWebServer };
  beforeAll(async () => {
    holder.current = await startWebServer({ port: 0, assetsDir: join(base, 'none') });
  });
  afterAll(async () => {
    await holder.current?.close();
    rmSync(base, { recursive: true, force: true });
  });
  return holder;
}
