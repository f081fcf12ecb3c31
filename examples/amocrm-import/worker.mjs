// One worker process of the import: leads from the queue, each POSTed to
// amoCRM through kodex. Run by import.mjs (four of them), or on its own:
//   AMOCRM_URL=http://127.0.0.1:8000 REDIS_URL=redis://127.0.0.1:6379 node worker.mjs
import { createWorker } from 'kodex/bullmq';

const amocrm = process.env.AMOCRM_URL ?? 'http://127.0.0.1:8000';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// Your OAuth token store; the emulator takes any bearer token.
const tokens = new Map([['example', 'example-token']]);

const worker = createWorker(
  'amocrm-import',
  async (job, { fetch }) => {
    const response = await fetch(`${amocrm}/api/v4/leads`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens.get(job.data.account)}`,
        'content-type': 'application/json',
        // amoCRM keeps no idempotency key; the emulator counts POSTs by this one.
        'x-request-id': job.id,
      },
      body: JSON.stringify([job.data.lead]),
    });
    return { status: response.status };
  },
  {
    connection: { url: redisUrl, maxRetriesPerRequest: null },
    client: { provider: 'amocrm' }, // 7 requests/s per account, from the catalog
    account: (job) => job.data.account,
    reauthenticate: async ({ account }) => {
      tokens.set(account, `refreshed-${Date.now()}`); // refresh the OAuth token here
    },
    uncertain: 'fail', // a POST cut off mid-call is never sent twice
    concurrency: 8,
  },
);
worker.on('error', (error) => console.error(`worker ${process.pid}: ${error.message}`));

const stop = async () => {
  await worker.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
console.log(`worker ${process.pid} ready`);
