import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { isSecretName, redactText } from '../wire/redact.js';
import { isBodilessStatus, readCapped } from '../wire/response-view.js';

// Kept as long as a "sent" marker: longer than any sane stall or delay of the job.
const ANSWERS_TTL_MS = 7 * 24 * 3600 * 1000;
/** Largest answer body kept to be given back; a larger one is kept as "answered" only. */
export const MAX_KEPT_BODY_BYTES = 1024 * 1024;

/** An answer found for a call of an earlier run. */
export type KeptAnswer =
  /** The answer itself, to hand the processor again. */
  | { readonly response: Response }
  /** Answered, but the body was not kept (too large, or `keepAnswers: false`). */
  | { readonly response?: undefined };

interface Stored {
  /** Which call it answered: a digest of method and URL, so a processor whose calls changed is not handed another's answer. */
  readonly call: string;
  readonly status: number;
  readonly statusText: string;
  readonly headers: [string, string][];
  /** Base64; absent when the body was not kept. */
  readonly body?: string;
}

/** Whether a body names a credential: a secret-named member (at any depth) or one its text shows. */
function carriesCredential(bytes: Uint8Array): boolean {
  const text = new TextDecoder().decode(bytes);
  if (redactText(text) !== text) return true;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false;
  }
  const pending: unknown[] = [parsed];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) pending.push(...value);
    else
      for (const [key, member] of Object.entries(value)) {
        if (isSecretName(key)) return true;
        pending.push(member);
      }
  }
  return false;
}

const digest = (method: string, url: string) =>
  createHash('sha256').update(`${method} ${url}`).digest('base64url');

/**
 * The answers a job's calls that may not be sent twice (a POST without an
 * idempotency key) got, kept in Redis until the job is done: a job runs
 * again from its start (a later call put off, or retried), and the calls
 * answered before are given their answers back instead of being sent again.
 * One hash per job, a field per call. No credential is written: headers
 * with secret names are left out, and a body that names one (an OAuth
 * token's answer) is kept as "answered" only.
 */
export class AnsweredCalls {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #keepBodies: boolean;

  constructor(redis: Redis, prefix: string, keepBodies: boolean) {
    this.#redis = redis;
    this.#prefix = `${prefix}answered:`;
    this.#keepBodies = keepBodies;
  }

  #key(queue: string, jobId: string): string {
    return `${this.#prefix}${queue}:${jobId}`;
  }

  /** The answer an earlier run of the job got for this call, if that call was the same. */
  async find(
    queue: string,
    jobId: string,
    index: number,
    call: { readonly method: string; readonly url: string },
  ): Promise<KeptAnswer | undefined> {
    const raw = await this.#redis.hget(this.#key(queue, jobId), String(index));
    if (raw === null) return undefined;
    let stored: Stored;
    try {
      stored = JSON.parse(raw) as Stored;
    } catch {
      return {};
    }
    if (stored.call !== digest(call.method, call.url)) return undefined;
    if (stored.body === undefined) return {};
    const body = isBodilessStatus(stored.status) ? null : Buffer.from(stored.body, 'base64');
    return {
      response: new Response(body, {
        status: stored.status,
        statusText: stored.statusText,
        headers: stored.headers,
      }),
    };
  }

  /**
   * Keeps a call's answer, reading a copy of its body (up to
   * {@link MAX_KEPT_BODY_BYTES}); the response handed in stays unread.
   */
  async keep(
    queue: string,
    jobId: string,
    index: number,
    call: { readonly method: string; readonly url: string },
    response: Response,
  ): Promise<void> {
    let body: string | undefined;
    if (this.#keepBodies) {
      const read = await readCapped(response.clone().body, MAX_KEPT_BODY_BYTES);
      if (!read.truncated && !carriesCredential(read.bytes))
        body = Buffer.from(read.bytes).toString('base64');
    }
    const stored: Stored = {
      call: digest(call.method, call.url),
      status: response.status,
      statusText: response.statusText,
      // A cookie or token a header sets is not written to Redis, nor given back.
      headers: [...response.headers].filter(([name]) => !isSecretName(name)),
      ...(body === undefined ? {} : { body }),
    };
    const key = this.#key(queue, jobId);
    await this.#redis
      .multi()
      .hset(key, String(index), JSON.stringify(stored))
      .pexpire(key, ANSWERS_TTL_MS)
      .exec();
  }

  /** The job is done (completed, or failed for good): its answers are not needed again. */
  async forget(queue: string, jobId: string): Promise<void> {
    await this.#redis.del(this.#key(queue, jobId));
  }
}
