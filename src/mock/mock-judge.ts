import type { IncomingHttpHeaders } from 'node:http';
import type { EncodedResponse } from '../dialects/dialect.js';
import { accountOf } from './account.js';
import { AccountState } from './account-state.js';
import type { RequestTarget } from './api-surfaces.js';
import type { MockStats } from './mock-stats.js';
import type { MockConfig, MockLogEntry } from './options.js';
import type { ProviderAnswers } from './provider-answers.js';
import { type Random, seededRandom } from './random.js';
import { FALLBACK_STATUS, type SpecialEntries } from './special-entries.js';

/** The facts of a request the emulator decides on (its body only by size). */
interface MockRequest extends RequestTarget {
  readonly method: string;
  readonly headers: IncomingHttpHeaders;
  readonly query: URLSearchParams;
  /** The body went over the size limit. */
  readonly tooLarge: boolean;
}

/** What to do with a request: answer it, or reset the connection without answering. */
type Verdict = (
  | { readonly kind: 'answer'; readonly response: EncodedResponse }
  | { readonly kind: 'reset' }
) & {
  /** The request as the log tells it; only when the emulator keeps a log (`onRequest`). */
  readonly log?: MockLogEntry;
};

/** The emulator's decisions and memory, apart from HTTP (so they are testable with a fake clock). */
export interface MockJudge {
  judge(request: MockRequest): Verdict;
  stats(): MockStats;
  /** POSTs accepted under an idempotency key, whatever the account. */
  effects(key: string): number;
  reset(): void;
}

// Idempotency keys remembered per emulator; the oldest are forgotten past this.
const MAX_KEYS = 1_000_000;
const RETRY_AFTER = /^\d{1,9}$/;
// Statuses a client may ask for: what `writeHead` can send as a final answer.
const STATUS = /^[2-5]\d\d$/;

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
export function createMockJudge(
  config: MockConfig,
  answersFor: (target: RequestTarget) => ProviderAnswers,
): MockJudge {
  let random: Random = seededRandom(config.seed);
  let accounts = new Map<string, AccountState>();
  let acceptedKeys = new Map<string, true>();
  // Acceptances by key alone: what a check of "was it processed?" asks.
  let effectsByKey = new Map<string, number>();
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

  function asked(request: MockRequest, name: string): string | undefined {
    const value = header(request.headers, `x-kodex-${name}`) ?? request.query.get(`kodex_${name}`);
    return value?.trim() || undefined;
  }

  /** The error or status asked for by header or query, with its label for the log. */
  function onDemand(
    request: MockRequest,
    answers: ProviderAnswers,
  ): [EncodedResponse, string] | undefined {
    const code = asked(request, 'error');
    const statusText = asked(request, 'status');
    const status = statusText && STATUS.test(statusText) ? Number(statusText) : undefined;
    if (!code && status === undefined) return undefined;
    const after = asked(request, 'retry-after') ?? asked(request, 'retry_after');
    const seconds = after !== undefined && RETRY_AFTER.test(after) ? Number(after) : undefined;
    if (code) return [answers.onDemand(code, seconds, status), `error ${code}`];
    return [answers.withStatus(status!, seconds), `status ${status}`];
  }

  function countDuplicate(request: MockRequest, accountKey: string): void {
    if (request.method !== 'POST') return;
    const key =
      header(request.headers, 'idempotency-key') ?? header(request.headers, 'x-request-id');
    if (!key) return;
    const id = `${accountKey}\u0000${key}`;
    if (effectsByKey.size >= MAX_KEYS && !effectsByKey.has(key))
      effectsByKey.delete(effectsByKey.keys().next().value!);
    effectsByKey.set(key, (effectsByKey.get(key) ?? 0) + 1);
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
    const answers = answersFor(request);
    totals.requests++;
    state.requests++;
    // Built only for an emulator that keeps a log.
    const logOf = (status: number, answer: string): MockLogEntry | undefined =>
      config.onRequest && {
        method: request.method,
        path: request.path,
        status,
        answer,
        surface: answers.surface.name,
        ...(state.window && {
          window: { used: state.window.count(now), limit: config.rate!.limit },
        }),
        banned: state.banned(now),
      };
    const answer = (response: EncodedResponse, label: string): Verdict => {
      const log = logOf(response.status, label);
      return log ? { kind: 'answer', response, log } : { kind: 'answer', response };
    };
    // The provider's code of an answer of its own choosing (amoCRM `429`, UniSender `retry_later`).
    const special = (kind: keyof SpecialEntries, label: string) =>
      `${label} ${answers.special[kind]?.code ?? FALLBACK_STATUS[kind]}`;
    if (request.tooLarge) return answer(answers.tooLarge(), special('tooLarge', 'too_large'));

    // One draw per request, whatever happens next, keeps a seed's faults replayable.
    const draw = random();
    if (draw < resetChance) {
      totals.faults++;
      const log = logOf(0, 'reset');
      return log ? { kind: 'reset', log } : { kind: 'reset' };
    }
    if (state.banned(now)) return answer(answers.blocked(), special('blocked', 'ban'));
    if (state.window) {
      const waitMs = state.window.take(now);
      if (waitMs > 0) {
        totals.rateViolations++;
        if (state.violate(now, ban)) totals.bans++;
        return answer(
          answers.rateLimited(waitMs, config.rate!.limit),
          special('rateLimited', 'rate'),
        );
      }
    }
    const demanded = onDemand(request, answers);
    if (demanded) return answer(...demanded);
    if (draw < resetChance + error5xx) {
      totals.faults++;
      return answer(answers.transient(), special('transient', 'fault'));
    }
    totals.accepted++;
    state.accepted++;
    countDuplicate(request, accountKey);
    return answer(answers.success(), 'success');
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
    effectsByKey = new Map();
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] = 0;
  }

  const effects = (key: string) => effectsByKey.get(key) ?? 0;

  return { judge, stats, effects, reset };
}
