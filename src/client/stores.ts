import { type BreakerStore, MemoryBreakerStore } from './breaker/breaker-store.js';
import { FallbackBreakerStore } from './breaker/fallback-breaker-store.js';
import { RedisBreakerStore } from './breaker/redis-breaker-store.js';
import type { Clock } from './clock.js';
import { FallbackLimiterStore } from './limiter/fallback-store.js';
import { MemoryLimiterStore } from './limiter/memory-store.js';
import type { LimiterStore } from './limiter/store.js';
import type { RedisSettings } from './options.js';
import { connectRedis } from './redis.js';

/** Where a client keeps its limiter and breaker state. */
export interface Stores {
  readonly limiter: LimiterStore;
  readonly breaker: BreakerStore;
  /** Lets go of a Redis connection the stores opened. */
  close(): Promise<void>;
}

/**
 * The client's stores: in memory, or in Redis with a local fallback while
 * Redis is away (the breaker follows the limiter's view of Redis).
 */
export async function openStores(
  redisSettings: RedisSettings | undefined,
  clock: Clock,
  onWarn?: (message: string) => void,
): Promise<Stores> {
  if (!redisSettings) {
    return {
      limiter: new MemoryLimiterStore({ clock }),
      breaker: new MemoryBreakerStore(),
      close: async () => {},
    };
  }
  const { redis, owned } = await connectRedis(redisSettings.connection);
  const prefix = redisSettings.prefix ?? 'kodex:';
  const limiter = new FallbackLimiterStore(redis, {
    prefix: `${prefix}rate:`,
    share: redisSettings.fleetShare,
    clock,
    onWarn,
  });
  return {
    limiter,
    breaker: new FallbackBreakerStore(
      new RedisBreakerStore(redis, { prefix: `${prefix}circuit:` }),
      { away: () => limiter.degraded },
    ),
    close: async () => {
      await limiter.close();
      if (owned) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
