// A worker process of test/bullmq-crash.test.ts, killed with SIGKILL while
// its jobs' calls are out (or answered, the job not yet recorded): one kodex
// worker on the test's queue, whose jobs GET or POST the test's server.
// Prints "ready" once its worker runs, and "answered <job id>" once a job's
// call was answered and fetch gave the answer back (it is kept by then).
import { createWorker } from '../../dist/bullmq/index.js';

const { redisUrl, queue, serverUrl, statePrefix } = JSON.parse(process.argv[2]);

const worker = createWorker(
  queue,
  async (job, { fetch }) => {
    const query = job.data.hangAfter ? '?now=1' : '';
    const response = await fetch(`${serverUrl}/api/v4/leads${query}`, { method: job.data.method });
    await response.arrayBuffer();
    // Answered, but killed before BullMQ records the job as completed.
    if (job.data.hangAfter) {
      process.stdout.write(`answered ${job.id}\n`);
      await new Promise(() => {});
    }
    return response.status;
  },
  {
    connection: { url: redisUrl, maxRetriesPerRequest: null },
    client: { provider: 'amocrm', limits: { rates: [] } },
    statePrefix,
    concurrency: 4,
    // A lock that expires soon after the process dies, and a stalled check
    // that every worker of the queue may run soon after (BullMQ lets one
    // check run per interval), so the test need not wait 30 s.
    lockDuration: 1000,
    stalledInterval: 300,
  },
);
worker.on('error', () => {});
await worker.waitUntilReady();
process.stdout.write('ready\n');
