import { metrics, trace } from '@opentelemetry/api';
import { type ConnectionOptions, DelayedError, type Job, UnrecoverableError, Worker } from 'bullmq';
import { fullJitter } from '../client/backoff.js';
import { CircuitBreaker } from '../client/breaker/circuit-breaker.js';
import { RateLimiter } from '../client/limiter/rate-limiter.js';
import { mayReturnErrors } from '../client/policy.js';
import { openRedisLike } from '../client/redis.js';
import { settingsOf } from '../client/settings.js';
import { openStores } from '../client/stores.js';
import { isApiError } from '../errors/api-error.js';
import type { ErrorRecord } from '../model/record.js';
import { AnsweredCalls } from './answered-calls.js';
import { FleetAuth } from './fleet-auth.js';
import { JobCalls, type Runtime } from './job-calls.js';
import { createJobMetrics } from './metrics.js';
import type { KodexProcessor, KodexWorkerOptions } from './options.js';
import { Deferral, failingOf } from './outcome.js';
import { SentMarkers } from './sent-markers.js';

/** The name of kodex's backoff, for a job's options: `{ attempts: 5, backoff: { type: 'kodex' } }`. */
const BACKOFF = 'kodex';

/** What a dashboard shows of a record: redacted already, as every record decode makes. */
function summary(record: ErrorRecord, reason?: string) {
  const { provider, code, status, category, retryable, title, detail } = record;
  return { provider, code, status, category, retryable, title, detail, reason };
}

async function openRuntime<Data>(options: KodexWorkerOptions<Data>) {
  const prefix = options.statePrefix ?? 'kodex:';
  const settings = settingsOf({ ...options.client });
  const redis = await openRedisLike(options.connection);
  const stores = await openStores(
    { connection: redis, prefix },
    settings.clock,
    settings.hooks.onWarn,
  );
  const runtime: Runtime = {
    settings,
    options: { lang: options.client.lang, policies: options.client.policies },
    keepErrorBody: mayReturnErrors(options.client.policies),
    limiter: new RateLimiter({
      rates: settings.limits.rates,
      store: stores.limiter,
      clock: settings.clock,
      margin: settings.limits.margin,
    }),
    breaker:
      options.client.breaker === false
        ? undefined
        : new CircuitBreaker({
            store: stores.breaker,
            clock: settings.clock,
            onBreak: settings.hooks.onBreak,
            ...options.client.breaker,
          }),
    markers: new SentMarkers(redis, prefix),
    answers: new AnsweredCalls(redis, prefix, options.keepAnswers ?? true),
    auth: new FleetAuth(redis, prefix, options.reauthenticate),
    metrics: createJobMetrics(options.meter ?? metrics.getMeter('kodex')),
    tracer: options.tracer ?? trace.getTracer('kodex'),
    holdMs: options.holdMs ?? 1000,
    maxDelayMs: options.maxDelayMs ?? 86_400_000,
    idempotencyKeys: options.idempotencyKeys ?? false,
    uncertain: options.uncertain ?? 'fail',
  };
  const close = async () => {
    await stores.close();
    await redis.quit().catch(() => redis.disconnect());
  };
  return { runtime, close };
}

/**
 * A BullMQ `Worker` whose jobs call a provider through kodex, with kodex's
 * record turned into BullMQ's terms:
 * - a rate slot further off than `holdMs`, or `rate_limited` / a quota with
 *   a known reset: the job goes back, delayed, using no attempt and holding
 *   no worker (the pause is booked for every worker of the account);
 * - retryable (`unavailable`, retryable `internal`, network faults): an
 *   attempt, after the delay the record or the backoff gives (jobs added with
 *   `backoff: { type: 'kodex' }`);
 * - not retryable: `UnrecoverableError`, the record in the job's log;
 * - `account_blocked`: the account's jobs wait for its circuit (in Redis),
 *   one probes after the cool-down, then all resume;
 * - `unauthenticated`: `reauthenticate`, once per account across the fleet,
 *   then the job runs again;
 * - `partial` / `pending`: the call returns (`recordOf(response)`); the job
 *   completes, with the record as its result when the processor returns none.
 * A POST is never sent twice blindly (see `idempotencyKeys`, `uncertain`).
 * @example
 * const worker = createWorker('leads', async (job, { fetch }) => (await fetch(url, { method: 'POST', body })).json(),
 *   { connection: { host: '127.0.0.1', port: 6379 }, client: { provider: 'amocrm' }, account: (job) => job.data.account });
 */
export function createWorker<Data = unknown, Result = unknown>(
  name: string,
  processor: KodexProcessor<Data, Result>,
  options: KodexWorkerOptions<Data>,
): Worker<Data, Result | ErrorRecord | undefined> {
  const opening = openRuntime(options);
  opening.catch(() => {});

  // A run's "sent" markers go once BullMQ has recorded its outcome: a worker
  // killed before that leaves them, and the next run asks `uncertain`. The
  // answers kept for the job's next run go once the job is done for good.
  const settling = new Map<string, JobCalls>();
  const settle = (job: Job | undefined) => {
    if (job?.id === undefined) return;
    if (job.finishedOn)
      void opening
        .then(({ runtime }) => runtime.answers.forget(job.queueName, job.id!))
        .catch(() => {});
    const calls = settling.get(job.id);
    if (!calls) return;
    settling.delete(job.id);
    void calls.settle().catch(() => {});
  };

  const run = async (job: Job<Data>, token: string | undefined, signal?: AbortSignal) => {
    const { runtime } = await opening;
    const id = runtime.settings.catalog.id;
    const account = options.account?.(job) ?? id;
    const calls = new JobCalls(runtime, job as Job, account, signal);
    settling.set(job.id!, calls);
    try {
      const value = await processor(job as Job<Data, Result>, {
        fetch: calls.fetch,
        account,
        ...(signal ? { signal } : {}),
      });
      runtime.metrics.job(job.queueName, id, 'completed', calls.returned);
      return value === undefined && calls.returned ? calls.returned : value;
    } catch (error) {
      if (error instanceof Deferral) {
        runtime.metrics.job(job.queueName, id, 'delayed', error.record, error.delayMs);
        await job.moveToDelayed(Date.now() + error.delayMs, token);
        settling.delete(job.id!);
        await calls.settle();
        throw new DelayedError(error.message);
      }
      const how = failingOf(error);
      if (!how) throw error;
      const record = isApiError(error) ? error.record : undefined;
      const reason = isApiError(error) ? error.reason : undefined;
      if (record) await job.log(`kodex ${JSON.stringify(summary(record, reason))}`);
      runtime.metrics.job(job.queueName, id, how.retry ? 'retried' : 'failed', record);
      if (how.retry) throw error;
      throw new UnrecoverableError((error as Error).message);
    }
  };

  const {
    client: _client,
    account: _account,
    reauthenticate: _reauthenticate,
    idempotencyKeys: _idempotencyKeys,
    uncertain: _uncertain,
    keepAnswers: _keepAnswers,
    holdMs: _holdMs,
    maxDelayMs: _maxDelayMs,
    statePrefix: _statePrefix,
    meter: _meter,
    tracer: _tracer,
    ...bullmqOptions
  } = options;
  const theirs = options.settings?.backoffStrategy;
  const worker = new Worker<Data, Result | ErrorRecord | undefined>(name, run, {
    ...bullmqOptions,
    connection: options.connection as ConnectionOptions,
    settings: {
      ...options.settings,
      // The delay a failed call's record or the backoff gave; a job that
      // failed otherwise backs off with full jitter.
      backoffStrategy: (attemptsMade, type, error, job) => {
        if (type !== BACKOFF && theirs) return theirs(attemptsMade, type, error, job);
        const how = failingOf(error);
        if (how?.retry) return how.delayMs;
        return fullJitter(attemptsMade, {}, Math.random);
      },
    },
  });
  worker.on('completed', (job) => settle(job as Job));
  worker.on('failed', (job) => settle(job as Job | undefined));
  // Closing the worker lets go of kodex's own Redis connection too.
  const closeWorker = worker.close.bind(worker);
  worker.close = async (force?: boolean) => {
    await closeWorker(force);
    await (await opening.catch(() => undefined))?.close();
  };
  return worker;
}
