import type { Redis } from 'ioredis';

// A marker outlives any sane stall or retry delay of the job it belongs to.
const MARKER_TTL_MS = 7 * 24 * 3600 * 1000;

/**
 * "Sent, no answer yet" markers of the calls of jobs that may not be resent
 * blindly (a POST without an idempotency key): written to Redis before the
 * request goes, removed once an answer comes. A job that finds one when it
 * runs again was stopped between the two (a crash, SIGKILL, a lost lock),
 * so the call may have been processed.
 */
export class SentMarkers {
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(redis: Redis, prefix: string) {
    this.#redis = redis;
    this.#prefix = `${prefix}sent:`;
  }

  #key(queue: string, jobId: string, index: number): string {
    return `${this.#prefix}${queue}:${jobId}:${index}`;
  }

  async isSent(queue: string, jobId: string, index: number): Promise<boolean> {
    return (await this.#redis.exists(this.#key(queue, jobId, index))) === 1;
  }

  /** Before sending. Throws when Redis does not take it: then the request must not go. */
  async mark(queue: string, jobId: string, index: number): Promise<void> {
    await this.#redis.set(this.#key(queue, jobId, index), String(Date.now()), 'PX', MARKER_TTL_MS);
  }

  /** After an answer (or a failure that certainly sent nothing). */
  async clear(queue: string, jobId: string, index: number): Promise<void> {
    await this.#redis.del(this.#key(queue, jobId, index));
  }
}
