import type { Redis } from 'ioredis';
import { ClockOffset } from './clock-offset.js';
import type { LimiterStore, Reservation, ReserveOptions, StoreRate } from './store.js';

/** This process's wall clock, to the fraction of a millisecond, as Redis's TIME is. */
const preciseNow = () => performance.timeOrigin + performance.now();

// One atomic booking across every key, on Redis's own clock (TIME), so that
// processes on different machines agree on time. Numbers go back as strings:
// Redis would cut a Lua float to an integer. See gcra.ts for the algorithm.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local at = now
local tats = {}
for i = 1, #KEYS do
  local tat = tonumber(redis.call('GET', KEYS[i]))
  local floor = tonumber(ARGV[3 * i])
  if floor > 0 and (tat == nil or tat < floor) then tat = floor end
  tats[i] = tat
  if tat then at = math.max(at, tat - tonumber(ARGV[3 * i - 1])) end
end
local maxWait = tonumber(ARGV[3 * #KEYS + 1])
if maxWait >= 0 and at - now > maxWait then return { tostring(at), tostring(now), '0' } end
for i = 1, #KEYS do
  local tat = tats[i] or at
  local next = math.max(tat, at) + tonumber(ARGV[3 * i - 2])
  redis.call('SET', KEYS[i], tostring(next), 'PX', math.ceil(next - now) + 60000)
end
return { tostring(at), tostring(now), '1' }
`;

const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local untilMs = now + tonumber(ARGV[1])
for i = 1, #KEYS do
  local tat = tonumber(redis.call('GET', KEYS[i]))
  if tat == nil or tat < untilMs then
    redis.call('SET', KEYS[i], tostring(untilMs), 'PX', math.ceil(untilMs - now) + 60000)
  end
end
return 1
`;

interface KodexRedis extends Redis {
  kodexReserve(...args: (string | number)[]): Promise<[string, string, string]>;
  kodexPause(...args: (string | number)[]): Promise<number>;
}

/**
 * Limiter state in Redis, shared by every process that books slots for the
 * same account. Keys are prefixed (`kodex:rate:` by default).
 */
export class RedisLimiterStore implements LimiterStore {
  readonly #redis: KodexRedis;
  readonly #prefix: string;
  readonly #offset = new ClockOffset();

  constructor(redis: Redis, options: { prefix?: string } = {}) {
    this.#prefix = options.prefix ?? 'kodex:rate:';
    if (!('kodexReserve' in redis)) {
      redis.defineCommand('kodexReserve', { lua: RESERVE });
      redis.defineCommand('kodexPause', { lua: PAUSE });
    }
    this.#redis = redis as KodexRedis;
  }

  /** Books a slot; `floors` (per rate) are the earliest times each may be (the fallback's hand-over). */
  async reserve(
    rates: readonly StoreRate[],
    options: ReserveOptions & { readonly floors?: readonly number[] } = {},
  ): Promise<Reservation> {
    const { floors = [], maxWaitMs } = options;
    const args: (string | number)[] = [rates.length, ...rates.map((r) => this.#prefix + r.key)];
    for (const [i, r] of rates.entries()) args.push(r.emissionMs, r.toleranceMs, floors[i] ?? 0);
    // The slot may be due late by the answer's own delay, so the bound is on Redis's clock.
    args.push(maxWaitMs ?? -1);
    const sent = preciseNow();
    const [at, now, booked] = await this.#redis.kodexReserve(...args);
    const answered = preciseNow();
    // The wait counts from the slot Redis gave, on its clock, not from when
    // its answer is read here: that can come tens of ms later under load.
    this.#offset.sample(Number(now), sent, answered);
    const slot = this.#offset.toLocal(Number(at));
    return {
      at: Number(at),
      waitMs: Math.max(0, slot - answered),
      lateMs: Math.max(0, answered - slot),
      ...(booked === '0' ? { booked: false } : {}),
    };
  }

  async pause(keys: readonly string[], forMs: number): Promise<void> {
    await this.#redis.kodexPause(keys.length, ...keys.map((k) => this.#prefix + k), forMs);
  }

  async snapshot(): Promise<Record<string, number>> {
    const keys = await this.#redis.keys(`${this.#prefix}*`);
    const out: Record<string, number> = {};
    for (const key of keys) {
      const value = await this.#redis.get(key);
      if (value !== null) out[key.slice(this.#prefix.length)] = Number(value);
    }
    return out;
  }
}
