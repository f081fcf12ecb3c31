export { ApiError, isApiError } from '../errors/api-error.js';
export { CircuitOpenError, isCircuitOpenError } from '../errors/circuit-open-error.js';
export { isNetworkError, NetworkError } from '../errors/network-error.js';
export { isTimeoutError, TimeoutError } from '../errors/timeout-error.js';
export type { Rate } from '../model/rate.js';
export type { BackoffOptions } from './backoff.js';
export type { CircuitState } from './breaker/breaker-store.js';
export type { BreakerOptions } from './breaker/circuit-breaker.js';
export type { Clock } from './clock.js';
export { createClient, type KodexClient } from './create-client.js';
export { axiosAdapter } from './integrations/axios.js';
export { kyOptions } from './integrations/ky.js';
export type { RateLimitOption } from './limiter/rate-limiter.js';
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
export type { RetryBudgetOptions } from './retry-budget.js';
