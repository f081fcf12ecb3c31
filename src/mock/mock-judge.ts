import type { IncomingHttpHeaders } from 'node:http';
import type { EncodedResponse } from '../dialects/dialect.js';
import { accountOf } from './account.js';
import { AccountState } from './account-state.js';
import type { MockStats } from './mock-stats.js';
import type { MockConfig } from './options.js';
import type { ProviderAnswers } from './provider-answers.js';
import { type Random, seededRandom } from './random.js';

/** The facts of a request the emulator decides on (its body only by size). */
export interface MockRequest {
  readonly method: string;
  readonly headers: IncomingHttpHeaders;
  readonly query: URLSearchParams;
  /** The body went over the size limit. */
  readonly tooLarge: boolean;
}

/** What to do with a request: answer it, or reset the connection without answering. */
export type Verdict =
  | { readonly kind: 'answer'; readonly response: EncodedResponse }
  | { readonly kind: 'reset' };

/** The emulator's decisions and memory, apart from HTTP (so they are testable with a fake clock). */
export interface MockJudge {
  judge(request: MockRequest): Verdict;
  stats(): MockStats;
  reset(): void;
}

// Idempotency keys remembered per emulator; the oldest are forgotten past this.
const MAX_KEYS = 1_000_000;
const RETRY_AFTER = /^\d{1,9}$/;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Creates the judge. The order of decisions is: an oversized body gets the
 * provider's 413; then one random draw decides a fault — a reset drops the
 * connection BEFORE the request is processed or counted against the rate
 * (so a reset request never takes effect, and a client may resend it); a
 * banned account gets the ban answer; a request over the rate gets the
 * rate-limit error and counts towards a ban; an error asked for by header or
 * query is answered; a 5xx fault is answered (after the rate counted it, as a
 * provider's backend fails behind its rate limiter, and before processing);
 * everything else is accepted as a plain success.
 */
export function createMockJudge(config: MockConfig, answers: ProviderAnswers): MockJudge {
  let random: Random = seededRandom(config.seed);
  let accounts = new Map<string, AccountState>();
  let acceptedKeys = new Map<string, true>();
  const totals = { requests: 0, accepted: 0, rateViolations: 0, bans: 0, faults: 0, duplicates: 0 };
  const ban = { after: config.banAfter, ms: config.banMs, windowMs: config.banWindowMs };
  const { error5xx, reset: resetChance } = config.fault;

  function account(key: string): AccountState {
    let state = accounts.get(key);
    if (!state) {
      state = new AccountState(config.rate);
      accounts.set(key, state);
    }
    return state;
  }

  function answer(response: EncodedResponse): Verdict {
    return { kind: 'answer', response };
  }

  function onDemand(request: MockRequest): EncodedResponse | undefined {
    const code = header(request.headers, 'x-kodex-error') ?? request.query.get('kodex_error');
    if (!code?.trim()) return undefined;
    const after =
      header(request.headers, 'x-kodex-retry-after') ?? request.query.get('kodex_retry_after');
    const seconds = after !== undefined && after !== null && RETRY_AFTER.test(after.trim());
    return answers.onDemand(code.trim(), seconds ? Number(after) : undefined);
  }

  function countDuplicate(request: MockRequest, accountKey: string): void {
    if (request.method !== 'POST') return;
    const key =
      header(request.headers, 'idempotency-key') ?? header(request.headers, 'x-request-id');
    if (!key) return;
    const id = `${accountKey}\u0000${key}`;
    if (acceptedKeys.has(id)) {
      totals.duplicates++;
      return;
    }
    if (acceptedKeys.size >= MAX_KEYS) acceptedKeys.delete(acceptedKeys.keys().next().value!);
    acceptedKeys.set(id, true);
  }

  function judge(request: MockRequest): Verdict {
    const now = config.now();
    const accountKey = accountOf(request.headers, request.query);
    const state = account(accountKey);
    totals.requests++;
    state.requests++;
    if (request.tooLarge) return answer(answers.tooLarge());

    // One draw per request, whatever happens next, keeps a seed's faults replayable.
    const draw = random();
    if (draw < resetChance) {
      totals.faults++;
      return { kind: 'reset' };
    }
    if (state.banned(now)) return answer(answers.blocked());
    if (state.window) {
      const waitMs = state.window.take(now);
      if (waitMs > 0) {
        totals.rateViolations++;
        if (state.violate(now, ban)) totals.bans++;
        return answer(answers.rateLimited(waitMs, config.rate!.limit));
      }
    }
    const asked = onDemand(request);
    if (asked) return answer(asked);
    if (draw < resetChance + error5xx) {
      totals.faults++;
      return answer(answers.transient());
    }
    totals.accepted++;
    state.accepted++;
    countDuplicate(request, accountKey);
    return answer(answers.success());
  }

  function stats(): MockStats {
    const now = config.now();
    const byAccount: MockStats['byAccount'] = {};
    let banned = false;
    for (const [key, state] of accounts) {
      byAccount[key] = {
        requests: state.requests,
        accepted: state.accepted,
        violations: state.violations,
      };
      if (state.banned(now)) banned = true;
    }
    return { ...totals, banned, byAccount };
  }

  function reset(): void {
    random = seededRandom(config.seed);
    accounts = new Map();
    acceptedKeys = new Map();
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] = 0;
  }

  return { judge, stats, reset };
}
