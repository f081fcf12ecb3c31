// Imports N leads into amoCRM through a BullMQ queue and four kodex worker
// processes, then prints what became of every job (see README.md).
//   node import.mjs --leads 200 --amocrm http://127.0.0.1:8000 --redis redis://127.0.0.1:6379
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';

const { values } = parseArgs({
  options: {
    leads: { type: 'string', default: '200' },
    workers: { type: 'string', default: '4' },
    amocrm: { type: 'string', default: 'http://127.0.0.1:8000' },
    redis: { type: 'string', default: 'redis://127.0.0.1:6379' },
  },
});
const leads = Number(values.leads);
const connection = { url: values.redis, maxRetriesPerRequest: null };
const queue = new Queue('amocrm-import', { connection });
await queue.obliterate({ force: true });

const started = Date.now();
await queue.addBulk(
  Array.from({ length: leads }, (_, i) => ({
    name: 'lead',
    data: { account: 'example', lead: { name: `Lead ${i + 1}`, price: 1000 + i } },
    opts: { jobId: `lead-${i + 1}`, attempts: 5, backoff: { type: 'kodex' } },
  })),
);

const workerScript = fileURLToPath(new URL('worker.mjs', import.meta.url));
const workers = Array.from({ length: Number(values.workers) }, () =>
  spawn(process.execPath, [workerScript], {
    env: { ...process.env, AMOCRM_URL: values.amocrm, REDIS_URL: values.redis },
    stdio: 'inherit',
  }),
);

for (;;) {
  const counts = await queue.getJobCounts('completed', 'failed');
  if (counts.completed + counts.failed >= leads) break;
  await new Promise((resolve) => setTimeout(resolve, 250));
}
const seconds = (Date.now() - started) / 1000;
const failed = await queue.getFailed(0, leads);
const completed = leads - failed.length;
console.log(
  `${completed} leads imported, ${failed.length} failed, in ${seconds.toFixed(1)} s (${(completed / seconds).toFixed(2)} leads/s)`,
);
for (const job of failed) console.log(`  ${job.id}: ${job.failedReason}`);

for (const worker of workers) worker.kill('SIGTERM');
await Promise.all(workers.map((w) => new Promise((resolve) => w.once('exit', resolve))));
await queue.close();
