import type { Meter, Tracer } from '@opentelemetry/api';
import type { Job, WorkerOptions } from 'bullmq';
import type { Redis, RedisOptions } from 'ioredis';
import type { ClientOptions } from '../client/options.js';
import type { ErrorRecord } from '../model/record.js';

/** What a job's processor gets besides the job. */
export interface JobContext {
  /**
   * A fetch through kodex for this job: it holds the account's rates in
   * Redis, and turns an answer into BullMQ's terms (see `createWorker`).
   * Let the errors it throws out of the processor: they say what becomes of
   * the job.
   */
  readonly fetch: typeof fetch;
  /** The provider account the job's calls count against. */
  readonly account: string;
  /** Aborted when BullMQ cancels the job. */
  readonly signal?: AbortSignal;
}

/** A job's work: the calls it makes go through `context.fetch`. */
export type KodexProcessor<Data = unknown, Result = unknown> = (
  job: Job<Data, Result>,
  context: JobContext,
) => Promise<Result>;

/** A call that a job sent before it stopped (a crash, a lost connection) and that was never answered. */
export interface UncertainCall {
  /** The job the call belongs to. */
  readonly job: Job;
  /** The call's place among the job's calls: 0 for the first. */
  readonly index: number;
  /** The HTTP method, upper case. */
  readonly method: string;
  /** The URL, credentials redacted. */
  readonly url: string;
  /** The provider account of the job. */
  readonly account: string;
}

/**
 * What to do with a call that may have been processed and must not be sent
 * twice blindly: `'fail'` the job with a "may have been processed" record,
 * or ask your own check (did the lead get created?), which answers
 * `'resend'`, `'fail'`, or the `Response` the call should be taken to have had.
 */
export type UncertainPolicy =
  | 'fail'
  | ((call: UncertainCall) => Promise<'resend' | 'fail' | Response>);

/** Options of `createWorker`: BullMQ's worker options, with kodex's beside them. */
export interface KodexWorkerOptions<Data = unknown>
  extends Omit<WorkerOptions, 'connection' | 'autorun'> {
  /**
   * The Redis of BullMQ and of kodex's shared state (rates, circuits,
   * markers): ioredis options (with `url` if you like), or an ioredis client
   * (kodex opens a copy with its own fail-fast settings). One configuration
   * for both.
   */
  readonly connection: (RedisOptions & { readonly url?: string }) | Redis;
  /** The kodex client's options (provider, retry, limits, timeouts, breaker, policies…); its `redis` is `connection`. */
  readonly client: Omit<ClientOptions, 'redis' | 'reauthenticate' | 'account' | 'clock'>;
  /** The provider account of a job, whose rates and circuit its calls count against. @default the provider id */
  readonly account?: (job: Job<Data>) => string;
  /**
   * Refreshes an account's credentials where your processor reads them,
   * after the provider answered `unauthenticated`: called once per account
   * across every worker sharing the Redis, then the job runs again.
   * @default none: `unauthenticated` fails the job
   */
  readonly reauthenticate?: (context: {
    readonly account: string;
    readonly record: ErrorRecord;
  }) => Promise<void>;
  /**
   * Send a POST (a call whose method is not idempotent) with an idempotency
   * key derived from the job id, for a provider that honours one; such a
   * call is then resent as any retryable call. @default false
   */
  readonly idempotencyKeys?: boolean;
  /** A call that may have been processed, without an idempotency key. @default 'fail' */
  readonly uncertain?: UncertainPolicy;
  /**
   * A job runs again from its start when a later call is put off or retried;
   * its calls that may not be sent twice (a POST without an idempotency key)
   * and were answered are then given back the answer they got instead of
   * being sent again. The answers (status, headers, a body up to 1 MiB) are
   * kept in Redis until the job is done, never a credential: headers with
   * secret names are left out. With `false`, for a larger body, or for one
   * that names a credential (an OAuth token's answer), only the fact of the
   * answer is kept, and such a call goes to `uncertain`.
   * @default true
   */
  readonly keepAnswers?: boolean;
  /**
   * Longest wait for a rate slot a job holds the worker for; a slot further
   * off sends the job back to the queue (delayed), booking nothing. @default 1000
   */
  readonly holdMs?: number;
  /** Longest delay the job is put off by (a Retry-After, a quota reset); past it, the job fails. @default 86400000 */
  readonly maxDelayMs?: number;
  /**
   * Prefix of the Redis keys kodex writes: a client with the same `redis.prefix`
   * shares the workers' rates and circuits. (`prefix` is BullMQ's own.) @default 'kodex:'
   */
  readonly statePrefix?: string;
  /** @default metrics.getMeter('kodex') — a no-op unless an OpenTelemetry SDK is installed */
  readonly meter?: Meter;
  /** @default trace.getTracer('kodex') */
  readonly tracer?: Tracer;
}
