import type { Redis } from 'ioredis';
import type { ErrorRecord } from '../model/record.js';
import type { KodexWorkerOptions } from './options.js';

// Longest a refresh may hold the account's lock; another worker takes over after it.
const LOCK_MS = 30_000;
const POLL_MS = 100;
// A job that ran again on fresh credentials is not given another refresh.
const JOB_MARK_TTL_MS = 24 * 3600 * 1000;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

interface AuthRedis extends Redis {
  kodexReleaseLock(key: string, token: string): Promise<number>;
}

/**
 * Re-authentication once per account across every worker sharing Redis:
 * each account has a generation (how many refreshes there have been); a job
 * whose call failed on generation g refreshes only if no one has since, under
 * a lock, so a hundred jobs failing together make one refresh.
 */
export class FleetAuth {
  readonly #redis: AuthRedis;
  readonly #prefix: string;
  readonly #hook: KodexWorkerOptions['reauthenticate'];

  constructor(redis: Redis, prefix: string, hook: KodexWorkerOptions['reauthenticate']) {
    if (!('kodexReleaseLock' in redis))
      redis.defineCommand('kodexReleaseLock', { numberOfKeys: 1, lua: RELEASE });
    this.#redis = redis as AuthRedis;
    this.#prefix = `${prefix}auth:`;
    this.#hook = hook;
  }

  get refreshable(): boolean {
    return this.#hook !== undefined;
  }

  /** The account's credentials generation, read before a call goes. */
  async generation(account: string): Promise<number> {
    if (!this.#hook) return 0;
    return Number(await this.#redis.get(`${this.#prefix}${account}`)) || 0;
  }

  /** Whether this job already ran again on fresh credentials. */
  async jobRefreshed(queue: string, jobId: string): Promise<boolean> {
    if (!this.#hook) return false;
    return (await this.#redis.exists(`${this.#prefix}job:${queue}:${jobId}`)) === 1;
  }

  /** Refreshes the account's credentials unless someone did since `used`; marks the job. */
  async refresh(
    account: string,
    record: ErrorRecord,
    used: number,
    job: { queue: string; id: string },
  ): Promise<void> {
    const generationKey = `${this.#prefix}${account}`;
    const lockKey = `${this.#prefix}lock:${account}`;
    const token = `${process.pid}:${Math.random()}`;
    const deadline = Date.now() + LOCK_MS * 2;
    while ((await this.generation(account)) <= used) {
      if (await this.#redis.set(lockKey, token, 'PX', LOCK_MS, 'NX')) {
        try {
          if ((await this.generation(account)) > used) break;
          await this.#hook!({ account, record });
          await this.#redis.incr(generationKey);
        } finally {
          await this.#redis.kodexReleaseLock(lockKey, token);
        }
        break;
      }
      if (Date.now() > deadline) throw new Error(`re-authentication of ${account} did not finish`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    await this.#redis.set(`${this.#prefix}job:${job.queue}:${job.id}`, '1', 'PX', JOB_MARK_TTL_MS);
  }
}
