export { ApiError, isApiError } from '../errors/api-error.js';
export { CircuitOpenError, isCircuitOpenError } from '../errors/circuit-open-error.js';
export { isNetworkError, NetworkError } from '../errors/network-error.js';
export { isTimeoutError, TimeoutError } from '../errors/timeout-error.js';
export type { Rate } from '../model/rate.js';
export { type BackoffOptions, fullJitter } from './backoff.js';
export {
  type BreakerStore,
  type CircuitState,
  MemoryBreakerStore,
} from './breaker/breaker-store.js';
export { type Admission, type BreakerOptions, CircuitBreaker } from './breaker/circuit-breaker.js';
export { RedisBreakerStore } from './breaker/redis-breaker-store.js';
export { type Clock, systemClock } from './clock.js';
export { createClient, type KodexClient } from './create-client.js';
export { axiosAdapter } from './integrations/axios.js';
export { kyOptions } from './integrations/ky.js';
export { FallbackLimiterStore, type FallbackOptions } from './limiter/fallback-store.js';
export { gcraParams, reserve } from './limiter/gcra.js';
export { MemoryLimiterStore } from './limiter/memory-store.js';
export { RateLimiter, type RateLimitOption, ratesFromCatalog } from './limiter/rate-limiter.js';
export { RedisLimiterStore } from './limiter/redis-store.js';
export type { LimiterStore, Reservation, StoreRate } from './limiter/store.js';
export type {
  BreakerSettings,
  ClientHooks,
  ClientOptions,
  LimitOptions,
  ReauthContext,
  RedisSettings,
  RetryOptions,
  TimeoutOptions,
} from './options.js';
export {
  type Decision,
  decide,
  defaultDecision,
  type PolicyContext,
  type PolicyOverride,
  type PolicyOverrides,
} from './policy.js';
export { recordOf } from './record-of.js';
export type { RedisInput } from './redis.js';
export { RetryBudget, type RetryBudgetOptions } from './retry-budget.js';
