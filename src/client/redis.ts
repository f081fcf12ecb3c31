import type { Redis, RedisOptions } from 'ioredis';

/** A Redis URL (`redis://127.0.0.1:6379/0`), or an ioredis client the caller owns. */
export type RedisInput = string | Redis;

// Fail fast while Redis is away (the limiter then falls back to a local
// limit), and keep reconnecting in the background until it is back: every
// 500 ms at most, so the fleet is back within the limiter's blend (1.2 s).
const OPTIONS: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  connectTimeout: 1000,
  commandTimeout: 1000,
  retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 6), 500),
  lazyConnect: false,
};

/**
 * The ioredis client for an input, and whether kodex owns it (and must quit it).
 * ioredis is loaded only here, so `kodex/client` without Redis never loads it.
 */
export async function connectRedis(input: RedisInput): Promise<{ redis: Redis; owned: boolean }> {
  const owned = typeof input === 'string';
  let redis: Redis;
  if (typeof input === 'string') {
    const { Redis } = await import('ioredis');
    redis = new Redis(input, OPTIONS);
    // Errors are reported through the stores' fallback; an unhandled 'error'
    // event would crash the process.
    redis.on('error', () => {});
  } else {
    redis = input;
  }
  await ready(redis, CONNECT_WAIT_MS);
  return { redis, owned };
}

/**
 * A connection of kodex's own to the Redis a caller describes for another
 * library (BullMQ's `connection`: ioredis options, or a client to copy), with
 * kodex's fail-fast settings; the caller quits it.
 */
export async function openRedisLike(
  connection: (RedisOptions & { readonly url?: string }) | Redis,
): Promise<Redis> {
  const { Redis } = await import('ioredis');
  let redis: Redis;
  if (connection instanceof Redis) redis = connection.duplicate(OPTIONS);
  else {
    const { url, ...options } = connection;
    redis = url
      ? new Redis(url, { ...options, ...OPTIONS })
      : new Redis({ ...options, ...OPTIONS });
  }
  // As in connectRedis: a failure is seen by the stores' fallback, not as an unhandled 'error'.
  redis.on('error', () => {});
  await ready(redis, CONNECT_WAIT_MS);
  return redis;
}

// How long the first call waits for the first connection before starting on
// the local fallback: without the wait, a fleet that starts together would
// spend its first seconds on the conservative local limits.
const CONNECT_WAIT_MS = 2000;

function ready(redis: Redis, ms: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    redis.once('ready', done);
  });
}
