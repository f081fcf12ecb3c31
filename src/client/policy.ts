import { createHostIndex } from '../decode/provider-of-url.js';
import type { Category } from '../model/categories.js';
import type { ErrorRecord } from '../model/record.js';
import { type BackoffOptions, fullJitter } from './backoff.js';

/** What the client does with an error response. */
export type Decision =
  | {
      readonly action: 'retry';
      readonly delayMs: number;
      readonly reason: string;
      readonly budgeted: boolean;
    }
  | { readonly action: 'reauthenticate' }
  | { readonly action: 'redirect'; readonly url: string }
  | { readonly action: 'return' }
  | { readonly action: 'reject'; readonly reason: string };

/** Everything a policy may look at. */
export interface PolicyContext {
  readonly record: ErrorRecord;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** Whether the same request may be sent again even if it was processed (idempotent method or key). */
  readonly resendable: boolean;
  readonly url: string;
  /**
   * The API hosts of the provider that answered (its catalog's `hosts`):
   * the only hosts a domain named in a body is followed to. @default none
   */
  readonly hosts?: readonly string[];
  /** The `Location` header of the response, if any. */
  readonly location?: string;
  readonly reauthenticated: boolean;
  readonly canReauthenticate: boolean;
  readonly maxRetryAfterMs: number;
  readonly backoff: BackoffOptions;
  readonly random: () => number;
}

/**
 * An override: a decision name, or a function that may return a decision
 * (return `undefined` to keep the default).
 */
export type PolicyOverride =
  | 'retry'
  | 'reject'
  | 'return'
  | ((ctx: PolicyContext, byDefault: Decision) => Decision | undefined);

/** Overrides by category and by code (`B011` or `avtocod:B011`). */
export interface PolicyOverrides {
  readonly categories?: Partial<Record<Category, PolicyOverride>>;
  readonly codes?: Readonly<Record<string, PolicyOverride>>;
}

const reject = (reason: string): Decision => ({ action: 'reject', reason });

function backoffRetry(ctx: PolicyContext, reason: string): Decision {
  return {
    action: 'retry',
    delayMs: fullJitter(ctx.attempt, ctx.backoff, ctx.random),
    reason,
    budgeted: true,
  };
}

/** Waits the announced delay when it is within the cap; rejects at once past it. */
function waitRetry(ctx: PolicyContext, delayMs: number | undefined, reason: string): Decision {
  if (delayMs === undefined) return backoffRetry(ctx, reason);
  if (delayMs > ctx.maxRetryAfterMs)
    return reject(`${reason}: retry after ${delayMs} ms is past the ${ctx.maxRetryAfterMs} ms cap`);
  return { action: 'retry', delayMs, reason, budgeted: false };
}

// A host name, with a port at most: nothing that could add a path or credentials.
const HOST = /^[a-z0-9.-]+(?::\d+)?$/i;

/**
 * Where a redirect goes: the domain the body names (Mobizon's code 13 gives
 * the right API domain in `data`), else the `Location` header. A body is no
 * authority on where the request and its credentials go: a named domain is
 * followed only when it is one of the provider's own API hosts, so an answer
 * (or a proxy, or a compromised server) cannot send the API key elsewhere.
 * A domain that is no host of the provider (Google's ErrorInfo `domain` is a
 * namespace such as `googleapis.com`) leaves the way to `Location`, which is
 * followed to the request's own origin or a provider host, never to http
 * from https.
 */
function redirect(ctx: PolicyContext): Decision {
  const { provider, params } = ctx.record;
  const providerHost = (url: URL) =>
    createHostIndex([{ id: provider, hosts: ctx.hosts }]).providerOf(url) !== undefined;
  const domain = params?.domain;
  let refused: string | undefined;
  if (typeof domain === 'string' && HOST.test(domain)) {
    const url = new URL(ctx.url);
    url.host = domain;
    if (providerHost(url)) return { action: 'redirect', url: url.toString() };
    refused = domain;
  }
  if (ctx.location && URL.canParse(ctx.location, ctx.url)) {
    // The same rule for a Location (met with `redirect: 'manual'`): the
    // request is resent with its credentials, so only to its own origin or
    // to one of the provider's hosts, and never from https down to http.
    const from = new URL(ctx.url);
    const to = new URL(ctx.location, ctx.url);
    const downgrade = from.protocol === 'https:' && to.protocol !== 'https:';
    if (!downgrade && (to.origin === from.origin || providerHost(to)))
      return { action: 'redirect', url: to.toString() };
    refused = to.host;
  }
  return reject(
    refused
      ? `redirect to ${refused}, which is not one of ${provider}'s API hosts`
      : 'redirect without a target',
  );
}

/** The default decision for an error record (docs/design.md, "client"). */
export function defaultDecision(ctx: PolicyContext): Decision {
  const { record } = ctx;
  switch (record.category) {
    case 'partial':
    case 'pending':
      return { action: 'return' };
    case 'rate_limited':
      // Rejected by the provider before doing anything: safe to resend, whatever the method.
      return waitRetry(ctx, record.retryAfterMs, 'rate limited');
    case 'quota_exceeded':
      return record.retryAfterMs === undefined
        ? reject('quota exceeded, reset unknown')
        : waitRetry(ctx, record.retryAfterMs, 'quota exceeded');
    case 'unavailable':
    case 'internal':
      if (!record.retryable) return reject(`${record.category}, not retryable`);
      if (!ctx.resendable)
        return reject(
          `${record.category}: the request may have been processed and is not idempotent`,
        );
      return record.retryAfterMs !== undefined
        ? waitRetry(ctx, record.retryAfterMs, record.category)
        : backoffRetry(ctx, record.category);
    case 'unauthenticated':
      if (ctx.canReauthenticate && !ctx.reauthenticated) return { action: 'reauthenticate' };
      return reject('unauthenticated');
    case 'redirect':
      return redirect(ctx);
    default:
      return reject(record.category);
  }
}

function apply(
  override: PolicyOverride | undefined,
  ctx: PolicyContext,
  byDefault: Decision,
): Decision | undefined {
  if (override === undefined) return undefined;
  if (override === 'reject') return reject('overridden');
  if (override === 'return') return { action: 'return' };
  if (override === 'retry') return backoffRetry(ctx, 'overridden');
  return override(ctx, byDefault);
}

/** The decision for a record: a code override, else a category override, else the default. */
export function decide(ctx: PolicyContext, overrides: PolicyOverrides = {}): Decision {
  const byDefault = defaultDecision(ctx);
  const { provider, code, category } = ctx.record;
  return (
    apply(overrides.codes?.[`${provider}:${code}`] ?? overrides.codes?.[code], ctx, byDefault) ??
    apply(overrides.categories?.[category], ctx, byDefault) ??
    byDefault
  );
}

/**
 * Whether overrides may hand an error answer back to the caller (a `'return'`,
 * or a function that may say so): its body must then be decoded from a copy,
 * left for the caller to read.
 */
export function mayReturnErrors(overrides: PolicyOverrides = {}): boolean {
  const all = [
    ...Object.values(overrides.codes ?? {}),
    ...Object.values(overrides.categories ?? {}),
  ];
  return all.some((o) => o === 'return' || typeof o === 'function');
}
