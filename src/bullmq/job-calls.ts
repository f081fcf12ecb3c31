import type { Span, Tracer } from '@opentelemetry/api';
import type { Job } from 'bullmq';
import { catalogs } from '../catalogs/index.js';
import { fullJitter } from '../client/backoff.js';
import type { CircuitBreaker } from '../client/breaker/circuit-breaker.js';
import type { RateLimiter } from '../client/limiter/rate-limiter.js';
import type { ClientOptions } from '../client/options.js';
import { decide } from '../client/policy.js';
import { attachRecord } from '../client/record-of.js';
import type { Settings } from '../client/settings.js';
import { classify } from '../client/steps/classify.js';
import { type Prepared, prepare } from '../client/steps/prepare.js';
import { send } from '../client/steps/send.js';
import { traceAnswer, traced } from '../client/tracing.js';
import { ApiError } from '../errors/api-error.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import type { ProviderCatalog } from '../model/catalog.js';
import type { ErrorRecord } from '../model/record.js';
import { normalizeHeaders } from '../wire/headers.js';
import { parseRateLimitHeaders } from '../wire/rate-limit-headers.js';
import { redactUrl } from '../wire/redact.js';
import type { AnsweredCalls } from './answered-calls.js';
import type { FleetAuth } from './fleet-auth.js';
import type { JobMetrics } from './metrics.js';
import type { UncertainPolicy } from './options.js';
import { Deferral, failing } from './outcome.js';
import type { SentMarkers } from './sent-markers.js';

/** What every job of a worker shares. */
export interface Runtime {
  readonly settings: Settings;
  readonly options: Pick<ClientOptions, 'lang' | 'policies'>;
  /** A policy may hand an error answer back: decode it from a copy (`mayReturnErrors`). */
  readonly keepErrorBody: boolean;
  readonly limiter: RateLimiter;
  readonly breaker: CircuitBreaker | undefined;
  readonly markers: SentMarkers;
  readonly answers: AnsweredCalls;
  readonly auth: FleetAuth;
  readonly metrics: JobMetrics;
  readonly tracer: Tracer;
  readonly holdMs: number;
  readonly maxDelayMs: number;
  readonly idempotencyKeys: boolean;
  readonly uncertain: UncertainPolicy;
}

// Redirects a call follows before it gives up (Mobizon's domain, a Location).
const MAX_REDIRECTS = 5;
// A job that finds its account's probe in flight comes back after this.
const PROBE_WAIT_MS = 1000;
// Categories whose retry is a wait the provider asked for, not a failure: no attempt is used.
const WAITS = new Set(['rate_limited', 'quota_exceeded']);

/** The API hosts of the provider that answered (a generic client's answer a host named). */
function hostsOf(provider: string, own: ProviderCatalog): readonly string[] | undefined {
  if (provider === own.id) return own.hosts;
  if (!Object.hasOwn(catalogs, provider)) return undefined;
  return (catalogs as Record<string, ProviderCatalog>)[provider]!.hosts;
}

/** The record a job fails with when a call may have been processed and is not sent again. */
function uncertainRecord(provider: string, url: string): ErrorRecord {
  return {
    provider,
    code: 'may_have_been_processed',
    status: 0,
    category: 'unknown',
    retryable: false,
    title: 'The request may have been processed',
    detail: `sent to ${redactUrl(url)} with no answer kept (the worker stopped, or the connection broke); not sent again`,
    lang: 'en',
    fields: [],
    known: false,
  };
}

/**
 * The calls of one run of a job: each goes through the account's circuit and
 * rate (in Redis), is sent once, and its answer becomes what BullMQ does with
 * the job — the response returned, a {@link Deferral}, or an error marked
 * retryable (an attempt) or final (failure at once).
 */
export class JobCalls {
  readonly #runtime: Runtime;
  readonly #job: Job;
  readonly #queue: string;
  readonly #account: string;
  readonly #signal: AbortSignal | undefined;
  #index = 0;
  /** Calls of this run marked as sent: cleared when the run ends, whatever its outcome. */
  readonly #marked = new Set<number>();
  /** The last partial or pending record a call returned: the job's result when the processor gives none. */
  returned: ErrorRecord | undefined;

  constructor(runtime: Runtime, job: Job, account: string, signal?: AbortSignal) {
    this.#runtime = runtime;
    this.#job = job;
    this.#queue = job.queueName;
    this.#account = account;
    this.#signal = signal;
  }

  readonly fetch: typeof fetch = (input, init) => {
    const { tracer, settings } = this.#runtime;
    return traced(tracer, settings.catalog.id, input, init, async (span) =>
      this.#call(await prepare(input, { ...init, signal: init?.signal ?? this.#signal }), span),
    );
  };

  async #call(request: Prepared, span: Span): Promise<Response> {
    const { settings, idempotencyKeys, markers, answers } = this.#runtime;
    const { retry } = settings;
    const index = this.#index++;
    const jobId = this.#job.id!;
    const idempotent = retry.methods.has(request.method);
    if (!idempotent && idempotencyKeys && !request.headers.has(retry.idempotencyKeyHeader))
      request.headers.set(retry.idempotencyKeyHeader, `${this.#queue}:${jobId}:${index}`);
    const resendable = idempotent || request.headers.has(retry.idempotencyKeyHeader);
    if (resendable) return this.#exchange(request, span, index, true);

    // A call an earlier run of the job got an answer to is not sent again.
    const call = { method: request.method, url: request.url };
    const kept = await answers.find(this.#queue, jobId, index, call);
    if (kept?.response) return this.#replay(kept.response, request.url);
    let response: Response | undefined;
    if (kept || (await markers.isSent(this.#queue, jobId, index)))
      response = await this.#uncertain(request, index, request.url);
    response ??= await this.#exchange(request, span, index, false);
    try {
      await answers.keep(this.#queue, jobId, index, call, response);
    } catch {
      // Not kept: the marker stays, so a run after this one asks `uncertain`.
      this.#marked.delete(index);
    }
    return response;
  }

  /** An answer an earlier run got, handed back as it came (its record attached again). */
  async #replay(response: Response, url: string): Promise<Response> {
    const record = await classify(response.clone(), this.#runtime.settings.catalog, {
      lang: this.#runtime.options.lang,
      url,
    });
    if (!record) return response;
    this.returned = record;
    return attachRecord(response, record);
  }

  /** Sends a call (following redirects) until it has an answer to return, or the job's outcome is decided. */
  async #exchange(
    request: Prepared,
    span: Span,
    index: number,
    resendable: boolean,
  ): Promise<Response> {
    const { settings, markers } = this.#runtime;
    const { retry } = settings;
    const jobId = this.#job.id!;
    let url = request.url;
    for (let hop = 0; ; hop++) {
      const probe = await this.#admit();
      let generation = 0;
      // Redis's round trips before the request goes overlap the slot's wait.
      const method = await this.#slot(url, async () => {
        generation = await this.#runtime.auth.generation(this.#account);
        if (resendable) return;
        this.#marked.add(index);
        await markers.mark(this.#queue, jobId, index);
      });
      const started = Date.now();
      const sent = await send(this.#fetchOnce, request, {
        url,
        headers: request.headers,
        timeoutMs: settings.timeouts.attemptMs,
      });
      const ms = Date.now() - started;
      const provider = settings.catalog.id;

      if ('failure' in sent) {
        this.#runtime.metrics.call(provider, undefined, ms, sent.timedOut ? 'timeout' : 'network');
        if (sent.delivery === 'not-sent' || resendable) {
          if (!resendable) await markers.clear(this.#queue, jobId, index);
          const error = sent.timedOut
            ? new TimeoutError(url, sent.failure)
            : new NetworkError(url, sent.failure);
          const delayMs = fullJitter(this.#job.attemptsMade + 1, retry.backoff, settings.random);
          throw failing(error, { retry: true, delayMs });
        }
        const settled = await this.#uncertain(request, index, url);
        if (settled) return settled;
        continue;
      }

      // The marker stays until the run ends (see `settle`): a worker killed
      // between this answer and BullMQ recording the job's outcome leaves it.
      const { response } = sent;
      const record = await classify(response, settings.catalog, {
        lang: this.#runtime.options.lang,
        url,
        keepErrorBody: this.#runtime.keepErrorBody,
      });
      this.#runtime.metrics.call(provider, record, ms);
      await this.#heedRateLimit(response, record, method);
      await this.#runtime.breaker?.settle(this.#account, record, probe);
      traceAnswer(span, response, record);
      if (!record) return response;

      const next = await this.#decide(response, record, request, {
        url,
        resendable,
        generation,
        index,
      });
      if (next.action === 'return') {
        this.returned = record;
        return attachRecord(response, record);
      }
      if (next.action === 'settled') return next.response;
      if (hop >= MAX_REDIRECTS)
        throw failing(new ApiError(record, { response, reason: 'too many redirects' }), {
          retry: false,
        });
      url = next.url;
    }
  }

  /**
   * The run ended (completed, failed, put off, or to be attempted again):
   * its calls' markers have said what they had to. Only a run that never
   * gets here, its worker killed, leaves them for the next run to find.
   */
  async settle(): Promise<void> {
    const { markers } = this.#runtime;
    for (const index of this.#marked) await markers.clear(this.#queue, this.#job.id!, index);
    this.#marked.clear();
  }

  readonly #fetchOnce: typeof fetch = (input, init) =>
    this.#runtime.settings.fetch(input, init).finally(() => this.#runtime.limiter.warmed());

  /** The account's circuit: a call goes, or the job is put off until a probe may go. */
  async #admit(): Promise<boolean> {
    const { breaker } = this.#runtime;
    if (!breaker) return false;
    const admission = await breaker.admit(this.#account);
    if (admission.go) return admission.probe;
    const state = await breaker.state(this.#account);
    const until = state.state === 'half-open' ? (state.probeUntil ?? Date.now()) : state.openUntil;
    const delayMs = Math.max(PROBE_WAIT_MS, until - Date.now());
    throw new Deferral(delayMs, `circuit of ${this.#account} is ${state.state}`, admission.record);
  }

  /**
   * A slot in every rate of the call: waited for when it is within `holdMs`;
   * else the job goes back, nothing booked, to come back when its slot is
   * near (spread over half the hold, so the jobs put off together do not
   * all come back at once).
   */
  async #slot(url: string, beforeSend: () => Promise<void>): Promise<string | undefined> {
    const { limiter, settings, holdMs } = this.#runtime;
    let method: string | undefined;
    try {
      method = settings.limits.methodOf(new URL(url));
    } catch {
      method = undefined;
    }
    const booking = await limiter.tryAcquire(this.#account, method, {
      maxWaitMs: holdMs,
      signal: this.#signal,
      beforeSend,
    });
    if (booking.booked) return method;
    if (booking.missed)
      throw new Deferral(1, `rate slots of ${this.#account} missed: running late`);
    const delayMs = booking.waitMs - holdMs + (settings.random() * holdMs) / 2;
    throw new Deferral(
      Math.max(1, delayMs),
      `rate slot of ${this.#account} is ${Math.round(booking.waitMs)} ms off`,
    );
  }

  /** A rate-limit answer or a spent window pauses the account's slots for every worker. */
  async #heedRateLimit(
    response: Response,
    record: ErrorRecord | null,
    method: string | undefined,
  ): Promise<void> {
    let pauseMs = record?.category === 'rate_limited' ? record.retryAfterMs : undefined;
    if (pauseMs === undefined) {
      const info = parseRateLimitHeaders(normalizeHeaders(response.headers), Date.now);
      if (info?.remaining === 0 && info.resetMs !== undefined) pauseMs = info.resetMs;
    }
    if (pauseMs !== undefined && pauseMs > 0)
      await this.#runtime.limiter.pause(
        this.#account,
        method,
        Math.min(pauseMs, this.#runtime.maxDelayMs),
      );
  }

  /** The client's decision for a record, in BullMQ's terms; returns when the call goes on. */
  async #decide(
    response: Response,
    record: ErrorRecord,
    request: Prepared,
    call: {
      readonly url: string;
      readonly resendable: boolean;
      readonly generation: number;
      readonly index: number;
    },
  ): Promise<
    | { action: 'return' }
    | { action: 'redirect'; url: string }
    | { action: 'settled'; response: Response }
  > {
    const { url, resendable, generation } = call;
    const { settings, auth, breaker, maxDelayMs } = this.#runtime;
    const jobId = this.#job.id!;
    const decision = decide(
      {
        record,
        attempt: this.#job.attemptsMade + 1,
        resendable: resendable && !request.once,
        url,
        hosts: hostsOf(record.provider, settings.catalog),
        location: response.headers.get('location') ?? undefined,
        reauthenticated: await auth.jobRefreshed(this.#queue, jobId),
        canReauthenticate: auth.refreshable,
        maxRetryAfterMs: maxDelayMs,
        backoff: settings.retry.backoff,
        random: settings.random,
      },
      this.#runtime.options.policies,
    );
    const fail = (reason: string) =>
      failing(new ApiError(record, { response, reason }), { retry: false });

    switch (decision.action) {
      case 'return':
      case 'redirect':
        return decision;
      case 'reauthenticate': {
        // Refreshed only if no worker did since this call went out.
        await auth.refresh(this.#account, record, generation, { queue: this.#queue, id: jobId });
        throw new Deferral(0, `credentials of ${this.#account} refreshed`, record);
      }
      case 'retry':
        if (WAITS.has(record.category))
          throw new Deferral(decision.delayMs, decision.reason, record);
        throw failing(new ApiError(record, { response, reason: decision.reason }), {
          retry: true,
          delayMs: decision.delayMs,
        });
      case 'reject':
        // A 5xx to a request that cannot be resent blindly: it may have been processed.
        if (
          record.retryable &&
          !resendable &&
          (record.category === 'unavailable' || record.category === 'internal')
        ) {
          const settled = await this.#uncertain(request, call.index, url, { record, response });
          if (settled) return { action: 'settled', response: settled };
          const delayMs = fullJitter(
            this.#job.attemptsMade + 1,
            settings.retry.backoff,
            settings.random,
          );
          throw failing(new ApiError(record, { response, reason: 'checked: not processed' }), {
            retry: true,
            delayMs,
          });
        }
        // A blocked account's jobs wait for its circuit to close rather than fail.
        if (record.category === 'account_blocked' && breaker) {
          const { openUntil } = await breaker.state(this.#account);
          throw new Deferral(
            Math.max(PROBE_WAIT_MS, openUntil - Date.now()),
            'account blocked',
            record,
          );
        }
        throw fail(decision.reason);
    }
  }

  /**
   * A call that may have been processed: the user's choice, `'fail'` by
   * default. Returns the response to take it as answered with, or nothing
   * to send it again.
   */
  async #uncertain(
    request: Prepared,
    index: number,
    url: string,
    answer?: { readonly record: ErrorRecord; readonly response: Response },
  ): Promise<Response | undefined> {
    const { uncertain, settings, markers } = this.#runtime;
    const verdict =
      uncertain === 'fail'
        ? 'fail'
        : await uncertain({
            job: this.#job,
            index,
            method: request.method,
            url: redactUrl(url),
            account: this.#account,
          });
    if (verdict === 'fail') {
      const reason = 'may have been processed';
      const error = answer
        ? new ApiError(answer.record, { response: answer.response, reason })
        : new ApiError(uncertainRecord(settings.catalog.id, url), { reason });
      throw failing(error, { retry: false });
    }
    await markers.clear(this.#queue, this.#job.id!, index);
    return verdict === 'resend' ? undefined : verdict;
  }
}
