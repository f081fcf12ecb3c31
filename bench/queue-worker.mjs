// One worker process of bench/queue.mjs: kodex's createWorker, or the
// baseline a user writes today (BullMQ's limiter, fetch, attempts/backoff).
// Each job GETs or POSTs the emulator once; a POST carries its job id as
// `x-request-id`, by which the emulator counts its effects.
import { Worker } from 'bullmq';
import { createWorker } from '../dist/bullmq/index.js';

const { system, queue, redisUrl, mockUrl, holdMs, margin } = JSON.parse(process.argv[2]);
const connection = { url: redisUrl, maxRetriesPerRequest: null };
const headersOf = (job) => ({
  authorization: 'Bearer bench',
  ...(job.data.method === 'POST' ? { 'x-request-id': job.id } : {}),
});
// Both systems recover a killed worker's jobs after the same lock time.
const recovery = { lockDuration: 5000, stalledInterval: 5000, maxStalledCount: 3 };

// The "was it processed?" check a user writes (search the lead by an
// external id); here the emulator, through the parent, answers it.
let asked = 0;
const answers = new Map();
process.on('message', (m) => {
  answers.get(m.id)?.(m.effects);
  answers.delete(m.id);
});
const effectsOf = (key) =>
  new Promise((resolve) => {
    const id = asked++;
    answers.set(id, resolve);
    process.send({ id, key });
  });

let worker;
if (system === 'kodex') {
  worker = createWorker(
    queue,
    async (job, { fetch }) => {
      const response = await fetch(`${mockUrl}/api/v4/leads`, {
        method: job.data.method,
        headers: headersOf(job),
      });
      await response.arrayBuffer();
      return response.status;
    },
    {
      connection,
      client: { provider: 'amocrm', limits: margin === undefined ? {} : { margin } },
      account: () => 'bench',
      holdMs,
      uncertain: async (call) =>
        (await effectsOf(call.job.id)) > 0 ? new Response('{}', { status: 200 }) : 'resend',
      concurrency: 8,
      ...recovery,
    },
  );
} else {
  worker = new Worker(
    queue,
    async (job) => {
      const response = await fetch(`${mockUrl}/api/v4/leads`, {
        method: job.data.method,
        headers: headersOf(job),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.status;
    },
    { connection, limiter: { max: 7, duration: 1000 }, concurrency: 8, ...recovery },
  );
}
worker.on('error', () => {});
await worker.waitUntilReady();
process.send({ ready: true });
