import { createMockServer, type MockServer } from './mock-server.js';
import type { MockOptions } from './options.js';

/** Emulators started by tests, closed together after each one. */
export interface MockPool {
  /** Starts an emulator; its documented rate limit is off unless `rate` is given. */
  start(options: MockOptions): Promise<MockServer>;
  /** Closes every emulator started so far. */
  closeAll(): Promise<void>;
}

/**
 * A pool of emulators for tests that are not about the rate limit.
 * @example const pool = createMockPool(); afterEach(pool.closeAll);
 */
export function createMockPool(): MockPool {
  let servers: MockServer[] = [];
  return {
    async start(options) {
      const server = await createMockServer({ rate: 'off', ...options });
      servers.push(server);
      return server;
    },
    async closeAll() {
      const open = servers;
      servers = [];
      await Promise.all(open.map((s) => s.close()));
    },
  };
}
