import { Job, Queue, type Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  type Scripted,
  type ScriptedServer,
  type Seen,
  scriptedServer,
} from '../../test/helpers/scripted-server.js';
import { recordOf } from '../client/record-of.js';
import { createWorker } from './create-worker.js';
import type { KodexWorkerOptions } from './options.js';

// Each test has a queue, a key prefix and a scripted provider of its own, on
// the suite's redis-server (test/global-setup.ts).
const redisUrl = inject('redisUrl');
const connection = { url: redisUrl, maxRetriesPerRequest: null };
let serial = 0;
const open: { close(): Promise<unknown> }[] = [];

afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

interface Setup {
  queue: Queue;
  server: ScriptedServer;
  /** A worker on the test's queue (more than one is a fleet). */
  worker(options?: Partial<KodexWorkerOptions<JobData>>): Worker;
}

interface JobData {
  account?: string;
  method?: string;
}

/** A GET (or the job's method) of the scripted server, with the test's current token. */
const auth = { token: 'old' };

async function setUp(script: (n: number, seen: Seen) => Scripted) {
  const name = `kodex-bullmq-${process.pid}-${Date.now()}-${serial++}`;
  const server = await scriptedServer(script);
  const queue = new Queue(name, { connection });
  open.push(server, queue);
  const setup: Setup = {
    queue,
    server,
    worker(options = {}) {
      const worker = createWorker<JobData>(
        name,
        async (job, { fetch }) => {
          const response = await fetch(`${server.url}/api/v4/leads`, {
            method: job.data.method ?? 'GET',
            headers: { authorization: `Bearer ${auth.token}` },
          });
          await response.arrayBuffer();
          return response.status as unknown;
        },
        {
          connection,
          client: { provider: 'amocrm', limits: { rates: [] } },
          account: (job) => job.data.account ?? 'main',
          statePrefix: `${name}:kodex:`,
          holdMs: 50,
          ...options,
        },
      );
      worker.on('error', () => {});
      open.push(worker);
      return worker;
    },
  };
  return setup;
}

/** The job once it has completed or failed. */
async function finished(queue: Queue, id: string, timeoutMs = 15_000): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await Job.fromId(queue, id);
    if (job?.finishedOn) return job;
    if (Date.now() > deadline)
      throw new Error(`job ${id} did not finish: ${await job?.getState()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const ok: Scripted = { status: 200, body: '{}' };
const retries = { attempts: 3, backoff: { type: 'kodex' } };

describe('createWorker', () => {
  it('sends a job back when its account has no rate slot, using no attempt and not holding the worker', async () => {
    const setup = await setUp(() => ok);
    setup.worker({
      client: {
        provider: 'amocrm',
        limits: { rates: [{ limit: 1, intervalMs: 1500 }] },
      },
    });
    const a1 = await setup.queue.add('a', { account: 'a' });
    const a2 = await setup.queue.add('a', { account: 'a' });
    const b1 = await setup.queue.add('b', { account: 'b' });
    const jobs = [
      await finished(setup.queue, a1.id!),
      await finished(setup.queue, a2.id!),
      await finished(setup.queue, b1.id!),
    ];
    expect(jobs.map((j) => j.returnvalue)).toEqual([200, 200, 200]);
    expect(jobs.map((j) => j.attemptsMade)).toEqual([1, 1, 1]);
    // With one worker of concurrency 1, b went while a's second job waited for its slot.
    expect(jobs[2]!.finishedOn!).toBeLessThan(jobs[1]!.finishedOn! - 1000);
    expect(jobs[1]!.finishedOn! - jobs[0]!.finishedOn!).toBeGreaterThanOrEqual(1400);
    expect(setup.server.seen).toHaveLength(3);
  });

  it('puts a rate-limited job off for its Retry-After without using an attempt', async () => {
    const setup = await setUp((n) =>
      n === 0 ? { status: 429, headers: { 'retry-after': '1' } } : ok,
    );
    setup.worker();
    const added = await setup.queue.add('x', {}, { attempts: 1 });
    const job = await finished(setup.queue, added.id!);
    expect(job.finishedOn).toBeDefined();
    expect(await job.getState()).toBe('completed');
    expect(job.attemptsMade).toBe(1);
    expect(setup.server.seen).toHaveLength(2);
    expect(job.finishedOn! - job.timestamp).toBeGreaterThanOrEqual(900);
  });

  it('retries a retryable answer as a BullMQ attempt, after the delay its record gives', async () => {
    const setup = await setUp((n) =>
      n === 0 ? { status: 503, headers: { 'retry-after': '1' } } : ok,
    );
    setup.worker();
    const added = await setup.queue.add('x', {}, retries);
    const job = await finished(setup.queue, added.id!);
    expect(await job.getState()).toBe('completed');
    expect(job.attemptsMade).toBe(2);
    expect(job.finishedOn! - job.timestamp).toBeGreaterThanOrEqual(900);
  });

  it('fails a job at once on an answer no retry can fix, with the record in its log', async () => {
    const body = JSON.stringify({ title: 'Bad Request', status: 400, detail: 'name is required' });
    const setup = await setUp(() => ({ status: 400, body }));
    setup.worker();
    const added = await setup.queue.add('x', {}, retries);
    const job = await finished(setup.queue, added.id!);
    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toContain('amocrm 400');
    const { logs } = await setup.queue.getJobLogs(job.id!);
    const record = JSON.parse(logs[0]!.replace(/^kodex /, ''));
    expect(record).toMatchObject({ provider: 'amocrm', code: '400', category: 'invalid_request' });
    expect(setup.server.seen).toHaveLength(1);
  });

  it("stops a blocked account's jobs until one probe after the cool-down succeeds", async () => {
    let blocked = true;
    const setup = await setUp(() => (blocked ? { status: 403 } : ok));
    setup.worker({
      client: { provider: 'amocrm', limits: { rates: [] }, breaker: { cooldownMs: 800 } },
      concurrency: 2,
    });
    const first = await setup.queue.add('x', {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    blocked = false;
    const others = await Promise.all([setup.queue.add('x', {}), setup.queue.add('x', {})]);
    const jobs = await Promise.all([first, ...others].map((j) => finished(setup.queue, j.id!)));
    expect(jobs.map((j) => j.returnvalue)).toEqual([200, 200, 200]);
    // The block, then nothing until the cool-down ended: one probe, then the others.
    expect(setup.server.seen).toHaveLength(4);
    const probeDone = Math.min(...jobs.map((j) => j.finishedOn!));
    expect(probeDone - jobs[0]!.timestamp).toBeGreaterThanOrEqual(750);
  });

  it('re-authenticates once for a fleet whose jobs all met unauthenticated, then runs them again', async () => {
    auth.token = 'old';
    const setup = await setUp((_, seen) =>
      seen.headers.authorization === 'Bearer new' ? ok : { status: 401 },
    );
    let refreshes = 0;
    const reauthenticate = async () => {
      refreshes++;
      await new Promise((resolve) => setTimeout(resolve, 200));
      auth.token = 'new';
    };
    setup.worker({ reauthenticate, concurrency: 3 });
    setup.worker({ reauthenticate, concurrency: 3 });
    const added = await setup.queue.addBulk(
      Array.from({ length: 6 }, () => ({ name: 'x', data: {} })),
    );
    const jobs = await Promise.all(added.map((j) => finished(setup.queue, j.id!)));
    expect(jobs.map((j) => j.returnvalue)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(refreshes).toBe(1);
  });

  it('completes a pending job with its record as the result', async () => {
    const setup = await setUp(() => ({ status: 202, body: '' }));
    setup.worker({ client: { provider: 'http', limits: { rates: [] } } });
    const added = await setup.queue.add('x', {});
    const job = await finished(setup.queue, added.id!);
    expect(await job.getState()).toBe('completed');
    expect(job.returnvalue).toBe(202);
  });

  it('gives the processor the record of a partial or pending answer', async () => {
    const setup = await setUp(() => ({ status: 202, body: '' }));
    const name = setup.queue.name;
    const worker = createWorker(
      name,
      async (_job, { fetch }) => {
        const response = await fetch(`${setup.server.url}/x`);
        return recordOf(response)?.category;
      },
      {
        connection,
        client: { provider: 'http', limits: { rates: [] } },
        statePrefix: `${name}:kodex:`,
      },
    );
    open.push(worker);
    const added = await setup.queue.add('x', {});
    expect((await finished(setup.queue, added.id!)).returnvalue).toBe('pending');
  });

  it('sends a POST with an idempotency key from the job id, and resends it under the same key', async () => {
    const setup = await setUp((n) => (n === 0 ? { status: 500 } : ok));
    setup.worker({ idempotencyKeys: true });
    const added = await setup.queue.add('x', { method: 'POST' }, retries);
    const job = await finished(setup.queue, added.id!);
    expect(await job.getState()).toBe('completed');
    const keys = setup.server.seen.map((s) => s.headers['idempotency-key']);
    expect(keys).toEqual([`${setup.queue.name}:${job.id}:0`, `${setup.queue.name}:${job.id}:0`]);
  });

  it('never resends a POST without a key that may have been processed: it fails, or asks the check', async () => {
    const setup = await setUp((n) => (n === 0 || n === 1 ? 'reset' : ok));
    const first = setup.worker();
    const failed = await finished(
      setup.queue,
      (await setup.queue.add('x', { method: 'POST' }, retries)).id!,
    );
    expect(await failed.getState()).toBe('failed');
    expect(failed.failedReason).toContain('may_have_been_processed');
    expect(setup.server.seen).toHaveLength(1);
    await first.close();
    const checked: number[] = [];
    setup.worker({
      uncertain: async (call) => {
        checked.push(call.index);
        return 'resend';
      },
    });
    const resent = await finished(
      setup.queue,
      (await setup.queue.add('x', { method: 'POST' }, retries)).id!,
    );
    expect(await resent.getState()).toBe('completed');
    expect(checked).toEqual([0]);
    expect(setup.server.seen).toHaveLength(3);
  });

  it('asks the check about a POST answered with a 5xx, and takes the answer it gives', async () => {
    const setup = await setUp(() => ({ status: 503 }));
    const checked: string[] = [];
    setup.worker({
      uncertain: async (call) => {
        checked.push(call.method);
        return new Response('{}', { status: 201 });
      },
    });
    const job = await finished(
      setup.queue,
      (await setup.queue.add('x', { method: 'POST' }, retries)).id!,
    );
    expect(job.returnvalue).toBe(201);
    expect(checked).toEqual(['POST']);
    expect(setup.server.seen).toHaveLength(1);
  });

  describe('a job of several calls, run again', () => {
    // Creates a lead (a POST, no idempotency key), then reads its notes: the
    // POST's answer is the lead's number, counted by the server.
    let leads = 0;
    const twoCalls = (setup: Setup, options: Partial<KodexWorkerOptions<JobData>> = {}) => {
      const name = setup.queue.name;
      const worker = createWorker(
        name,
        async (_job, { fetch }) => {
          const created = await (
            await fetch(`${setup.server.url}/api/v4/leads`, { method: 'POST' })
          ).json();
          const notes = await fetch(`${setup.server.url}/api/v4/leads/notes`);
          await notes.arrayBuffer();
          return { lead: created.id, notes: notes.status };
        },
        {
          connection,
          client: { provider: 'amocrm', limits: { rates: [] } },
          statePrefix: `${name}:kodex:`,
          ...options,
        },
      );
      worker.on('error', () => {});
      open.push(worker);
    };
    const created = (): Scripted => ({ status: 200, body: JSON.stringify({ id: ++leads }) });
    const answeredKeys = async (setup: Setup) => {
      const redis = new Redis(redisUrl);
      try {
        return await redis.keys(`${setup.queue.name}:kodex:answered:*`);
      } finally {
        redis.disconnect();
      }
    };

    it('hands an answered POST its answer back when a later call put the job off, and does not send it again', async () => {
      // POST, then the GET is rate limited (the job is put off), then the GET again.
      const setup = await setUp((n, seen) => {
        if (seen.method === 'POST') return created();
        return n === 1 ? { status: 429, headers: { 'retry-after': '1' } } : ok;
      });
      twoCalls(setup);
      const added = await setup.queue.add('x', {}, retries);
      const job = await finished(setup.queue, added.id!);
      expect(await job.getState()).toBe('completed');
      expect(setup.server.seen.map((s) => s.method)).toEqual(['POST', 'GET', 'GET']);
      expect(job.returnvalue).toEqual({ lead: leads, notes: 200 });
      // The job is done: its kept answers are gone.
      await expect.poll(() => answeredKeys(setup)).toEqual([]);
    });

    it('hands it back on a BullMQ attempt after a retryable failure of a later call', async () => {
      const setup = await setUp((n, seen) => {
        if (seen.method === 'POST') return created();
        return n === 1 ? { status: 503 } : ok;
      });
      twoCalls(setup);
      const job = await finished(setup.queue, (await setup.queue.add('x', {}, retries)).id!);
      expect(await job.getState()).toBe('completed');
      expect(job.attemptsMade).toBe(2);
      expect(setup.server.seen.map((s) => s.method)).toEqual(['POST', 'GET', 'GET']);
      expect(job.returnvalue).toEqual({ lead: leads, notes: 200 });
    });

    it('with keepAnswers: false, asks uncertain about the answered POST rather than send it again', async () => {
      const setup = await setUp((n, seen) => {
        if (seen.method === 'POST') return created();
        return n === 1 ? { status: 429, headers: { 'retry-after': '1' } } : ok;
      });
      const asked: number[] = [];
      twoCalls(setup, {
        keepAnswers: false,
        uncertain: async (call) => {
          asked.push(call.index);
          return new Response(JSON.stringify({ id: 'found' }), { status: 200 });
        },
      });
      const job = await finished(setup.queue, (await setup.queue.add('x', {}, retries)).id!);
      expect(job.returnvalue).toEqual({ lead: 'found', notes: 200 });
      expect(asked).toEqual([0]);
      expect(setup.server.seen.map((s) => s.method)).toEqual(['POST', 'GET', 'GET']);
    });

    it('keeps the answers of a job that failed and will be attempted again, and drops them once it failed for good', async () => {
      const setup = await setUp((_, seen) =>
        seen.method === 'POST' ? created() : { status: 503 },
      );
      twoCalls(setup);
      const job = await finished(
        setup.queue,
        (await setup.queue.add('x', {}, { attempts: 2, backoff: { type: 'fixed', delay: 10 } }))
          .id!,
      );
      expect(await job.getState()).toBe('failed');
      expect(setup.server.seen.map((s) => s.method)).toEqual(['POST', 'GET', 'GET']);
      await expect.poll(() => answeredKeys(setup)).toEqual([]);
    });
  });
});
