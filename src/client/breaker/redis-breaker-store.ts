import type { Redis } from 'ioredis';
import type { BreakerStore, CircuitState } from './breaker-store.js';

// The probe claim must be atomic across the fleet: exactly one process gets
// to try a blocked account again after its cool-down.
const CLAIM = `
local raw = redis.call('GET', KEYS[1])
if not raw then return 0 end
local s = cjson.decode(raw)
local now = tonumber(ARGV[1])
local ready = (s.state == 'open' and now >= s.openUntil) or (s.state == 'half-open' and now >= (s.probeUntil or 0))
if not ready then return 0 end
s.state = 'half-open'
s.probeUntil = now + tonumber(ARGV[2])
redis.call('SET', KEYS[1], cjson.encode(s), 'KEEPTTL')
return 1
`;

interface KodexRedis extends Redis {
  kodexClaimProbe(key: string, now: number, probeMs: number): Promise<number>;
}

// Open circuits are forgotten a day after their cool-down at the latest.
const TTL_MS = 24 * 3600 * 1000;

/** Circuit states in Redis, shared by every process calling the same account. */
export class RedisBreakerStore implements BreakerStore {
  readonly #redis: KodexRedis;
  readonly #prefix: string;

  constructor(redis: Redis, options: { prefix?: string } = {}) {
    this.#prefix = options.prefix ?? 'kodex:circuit:';
    if (!('kodexClaimProbe' in redis))
      redis.defineCommand('kodexClaimProbe', { numberOfKeys: 1, lua: CLAIM });
    this.#redis = redis as KodexRedis;
  }

  async get(key: string): Promise<CircuitState | undefined> {
    const raw = await this.#redis.get(this.#prefix + key);
    return raw ? (JSON.parse(raw) as CircuitState) : undefined;
  }

  async set(key: string, state: CircuitState): Promise<void> {
    const ttl = Math.max(0, state.openUntil - Date.now()) + TTL_MS;
    await this.#redis.set(this.#prefix + key, JSON.stringify(state), 'PX', Math.ceil(ttl));
  }

  async delete(key: string): Promise<void> {
    await this.#redis.del(this.#prefix + key);
  }

  async claimProbe(key: string, now: number, probeMs: number): Promise<boolean> {
    return (await this.#redis.kodexClaimProbe(this.#prefix + key, now, probeMs)) === 1;
  }
}
