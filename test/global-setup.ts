import type { TestProject } from 'vitest/node';
import { freePort, ThrowawayRedis } from './helpers/redis-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The URL of the suite's own redis-server (see test/global-setup.ts). */
    redisUrl: string;
  }
}

/**
 * One redis-server of the suite's own, on a free loopback port, for every
 * test that shares limits or circuits through Redis (tests that stop and
 * restart Redis start another of their own). No test uses a Redis it did not
 * start: a developer's own Redis on 6379 is never written to.
 */
export default async function setup(project: TestProject) {
  const redis = new ThrowawayRedis(await freePort());
  await redis.start();
  project.provide('redisUrl', redis.url);
  return () => redis.stop();
}
