import { ApiError } from '../../errors/api-error.js';
import { NetworkError } from '../../errors/network-error.js';
import { TimeoutError } from '../../errors/timeout-error.js';
import type { ProviderCatalog } from '../../model/catalog.js';
import type { ErrorRecord } from '../../model/record.js';
import type { ProviderSet } from '../../packs/provider-set.js';
import { fullJitter } from '../backoff.js';
import { decide, type PolicyOverrides } from '../policy.js';
import { attachRecord } from '../record-of.js';
import type { RetryBudget } from '../retry-budget.js';
import type { RetrySettings, TimeoutSettings } from '../settings.js';
import type { Prepared } from './prepare.js';
import type { Sent } from './send.js';

/** What the client does after an attempt. */
export type Next =
  | { readonly action: 'return'; readonly response: Response }
  | { readonly action: 'fail'; readonly error: Error }
  | {
      readonly action: 'retry';
      readonly delayMs: number;
      readonly reason: string;
      readonly record?: ErrorRecord;
      readonly error?: Error;
    }
  | { readonly action: 'reauthenticate'; readonly record: ErrorRecord }
  | { readonly action: 'redirect'; readonly url: string; readonly record: ErrorRecord };

/** Where a call stands after an attempt. */
export interface CallState {
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** When the call began, on the client's clock. */
  readonly started: number;
  readonly now: number;
  /** The URL of the attempt. */
  readonly url: string;
  readonly reauthenticated: boolean;
}

/** What the decide step weighs besides the attempt. */
export interface DecideContext {
  /** The client's catalog. */
  readonly catalog: ProviderCatalog;
  /** The providers a record's may be one of (a generic client's answer a host named). */
  readonly providers: ProviderSet;
  readonly retry: RetrySettings;
  readonly timeouts: TimeoutSettings;
  readonly budget: RetryBudget;
  readonly random: () => number;
  readonly canReauthenticate: boolean;
  readonly policies?: PolicyOverrides;
}

/** Whether a request may be sent again even if it was processed: its method, or an idempotency key. */
export function isResendable(request: Prepared, retry: RetrySettings): boolean {
  return retry.methods.has(request.method) || request.headers.has(retry.idempotencyKeyHeader);
}

/**
 * The API hosts of the provider that answered: the client's catalog's when
 * the record is its provider's (a catalog of your own may list its own),
 * else that provider's (a generic client's answer a host named).
 */
function hostsOf(context: DecideContext, provider: string): readonly string[] | undefined {
  if (provider === context.catalog.id) return context.catalog.hosts;
  return context.providers.catalog(provider)?.hosts;
}

/**
 * Step 5, after an error answer: the policy's decision for the record
 * (`policy.ts`), held to the call's caps — attempts, a stream body sent once,
 * the total time, the retry budget. A rejection carries its reason.
 */
export function afterAnswer(
  response: Response,
  record: ErrorRecord,
  request: Prepared,
  call: CallState,
  context: DecideContext,
): Next {
  const { retry } = context;
  const decision = decide(
    {
      record,
      attempt: call.attempt,
      resendable: isResendable(request, retry) && !request.once,
      url: call.url,
      hosts: hostsOf(context, record.provider),
      location: response.headers.get('location') ?? undefined,
      reauthenticated: call.reauthenticated,
      canReauthenticate: context.canReauthenticate,
      maxRetryAfterMs: retry.maxRetryAfterMs,
      backoff: retry.backoff,
      random: context.random,
    },
    context.policies,
  );
  const fail = (reason: string, message?: string): Next => ({
    action: 'fail',
    error: new ApiError(record, { response, reason, ...(message ? { message } : {}) }),
  });
  const giveUp = (reason: string) => fail(reason, `${record.provider} ${record.code}: ${reason}`);

  if (decision.action === 'return')
    return { action: 'return', response: attachRecord(response, record) };
  if (decision.action === 'reject') return fail(decision.reason);
  if (call.attempt >= retry.maxAttempts) return giveUp(`gave up after ${call.attempt} attempts`);
  if (decision.action === 'reauthenticate') return { action: 'reauthenticate', record };
  if (decision.action === 'redirect') return { action: 'redirect', url: decision.url, record };
  if (request.once) return giveUp('a stream body cannot be resent');
  if (call.now + decision.delayMs - call.started > context.timeouts.totalMs)
    return fail(`${decision.reason}: a wait of ${decision.delayMs} ms is past the call's time`);
  if (decision.budgeted && !context.budget.tryRetry()) return giveUp('retry budget spent');
  return { action: 'retry', delayMs: decision.delayMs, reason: decision.reason, record };
}

/**
 * Step 5, after a network failure: resends with backoff what was not sent,
 * or may be sent again, within the call's caps; else the typed error.
 */
export function afterFailure(
  sent: Extract<Sent, { failure: Error }>,
  request: Prepared,
  call: CallState,
  context: DecideContext,
): Next {
  const { retry } = context;
  const mayResend = (sent.delivery === 'not-sent' || isResendable(request, retry)) && !request.once;
  const delayMs = fullJitter(call.attempt, retry.backoff, context.random);
  if (
    !mayResend ||
    call.attempt >= retry.maxAttempts ||
    call.now + delayMs - call.started > context.timeouts.totalMs ||
    !context.budget.tryRetry()
  ) {
    const error = sent.timedOut
      ? new TimeoutError(call.url, sent.failure)
      : new NetworkError(call.url, sent.failure);
    return { action: 'fail', error };
  }
  return { action: 'retry', delayMs, reason: `network (${sent.delivery})`, error: sent.failure };
}
