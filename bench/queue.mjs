// kodex on BullMQ against the worker a user writes today, on the same queue
// of jobs: see bench/README.md. `npm run bench:queue`; JOBS, WORKERS,
// SCENARIOS (calm,kills,redis) and SYSTEMS (kodex,baseline) override
// 1000, 4, all of them and both.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { createMockServer } from '../dist/mock/index.js';
import { freePort, ThrowawayRedis } from '../test/helpers/redis-server.mjs';

const JOBS = Number(process.env.JOBS ?? 1000);
const WORKERS = Number(process.env.WORKERS ?? 4);
const SCENARIOS = (process.env.SCENARIOS ?? 'calm,kills,redis').split(',');
const SYSTEMS = (process.env.SYSTEMS ?? 'kodex,baseline').split(',');
// kodex's options: how long a job holds its worker for a slot, and the margin kept below the limit.
const HOLD_MS = Number(process.env.HOLD_MS ?? 1000);
const MARGIN = process.env.MARGIN === undefined ? undefined : Number(process.env.MARGIN);
const LIMIT = 7; // amoCRM: 7 requests a second per account
const KILL_EVERY_MS = 20_000;
const workerScript = new URL('queue-worker.mjs', import.meta.url).pathname;

function startWorker(options, mock) {
  const child = spawn(process.execPath, [workerScript, JSON.stringify(options)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.on('message', (m) => {
    if (m.key !== undefined) child.send({ id: m.id, effects: mock.effects(m.key) });
  });
  const ready = new Promise((resolve) => child.on('message', (m) => m.ready && resolve()));
  return { child, ready };
}

async function run(system, scenario) {
  const dir = mkdtempSync(join(tmpdir(), 'kodex-bench-queue-'));
  const redis = new ThrowawayRedis(await freePort(), { dir });
  await redis.start();
  const mock = await createMockServer({
    provider: 'amocrm',
    rate: `${LIMIT}/s`,
    banAfter: 5,
    fault: '5xx=0.05,reset=0.02',
    seed: 42,
  });
  const queueName = `bench-${system}`;
  const connection = { url: redis.url, maxRetriesPerRequest: null };
  const queue = new Queue(queueName, { connection });
  queue.on('error', () => {});
  const backoff = system === 'kodex' ? { type: 'kodex' } : { type: 'exponential', delay: 1000 };
  await queue.addBulk(
    Array.from({ length: JOBS }, (_, i) => ({
      name: 'call',
      data: { method: i % 2 ? 'POST' : 'GET' },
      opts: { jobId: `job-${i}`, attempts: 5, backoff },
    })),
  );
  const options = {
    system,
    queue: queueName,
    redisUrl: redis.url,
    mockUrl: mock.url,
    holdMs: HOLD_MS,
    margin: MARGIN,
  };
  const workers = Array.from({ length: WORKERS }, () => startWorker(options, mock));
  await Promise.all(workers.map((w) => w.ready));
  const started = Date.now();
  let kills = 0;
  let restarts = 0;
  const timers = [];
  if (scenario === 'kills') {
    timers.push(
      setInterval(() => {
        const i = kills++ % workers.length;
        workers[i].child.kill('SIGKILL');
        workers[i] = startWorker(options, mock);
      }, KILL_EVERY_MS),
    );
  }
  if (scenario === 'redis') {
    // A third of the way in at the limit: stopped (SIGKILL), back 2 s later with its data.
    const at = (JOBS / LIMIT / 3) * 1000;
    timers.push(
      setTimeout(async () => {
        await redis.stop();
        await new Promise((resolve) => setTimeout(resolve, 2000));
        await redis.start();
        restarts++;
      }, at),
    );
  }

  // Done when every job is finished, or at four times the time the limit
  // takes (at least 4 minutes: a ban and the cool-down after it take 2).
  const deadline = started + Math.max(240_000, (JOBS / LIMIT) * 4000);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const counts = await queue.getJobCounts('completed', 'failed').catch(() => undefined);
    if (!counts) continue;
    if (counts.completed + counts.failed >= JOBS || Date.now() > deadline) break;
  }
  const seconds = (Date.now() - started) / 1000;
  for (const t of timers) clearInterval(t);

  const stats = mock.stats();
  const failedJobs = await queue.getFailed(0, JOBS);
  const completedJobs = await queue.getCompleted(0, JOBS);
  // A POST job that completed while the emulator never accepted its POST is lost work.
  const silentlyLost = completedJobs.filter(
    (j) => j.data.method === 'POST' && mock.effects(j.id) === 0,
  ).length;
  const reasons = {};
  for (const j of failedJobs) {
    const reason = j.failedReason.replace(/\s*\(.*$|:.*$/, '');
    reasons[reason] = (reasons[reason] ?? 0) + 1;
  }
  for (const w of workers) w.child.kill('SIGKILL');
  await queue.close();
  await mock.close();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
  return {
    system,
    scenario,
    completed: completedJobs.length,
    failed: failedJobs.length,
    unfinished: JOBS - completedJobs.length - failedJobs.length,
    lost: silentlyLost,
    duplicated: stats.duplicates,
    violations: stats.rateViolations,
    bans: stats.bans,
    requestsPerSecond: stats.requests / seconds,
    // Jobs finished a second, and requests that got a 2xx a second: the useful rate.
    jobsPerSecond: (completedJobs.length + failedJobs.length) / seconds,
    acceptedPerSecond: stats.accepted / seconds,
    seconds,
    kills,
    restarts,
    reasons,
  };
}

console.log(
  `bench:queue — kodex holdMs ${HOLD_MS}, margin ${MARGIN ?? 'default (0.04)'}; ${JOBS} jobs (GET and POST alternately), ${WORKERS} worker processes of concurrency 8, one amoCRM account at ${LIMIT}/s; emulator: sliding window, ban after 5 violations, 5xx 5%, resets 2%`,
);
const pad = (s, n) => String(s).padEnd(n);
console.log(
  [
    pad('scenario', 8),
    pad('system', 9),
    pad('done', 5),
    pad('failed', 7),
    pad('unfinished', 11),
    pad('lost', 5),
    pad('dup POST', 9),
    pad('violations', 11),
    pad('bans', 5),
    pad('req/s (÷7)', 16),
    pad('2xx/s (÷7)', 16),
    pad('jobs/s', 7),
    pad('seconds', 8),
    'failures',
  ].join(' '),
);
for (const scenario of SCENARIOS) {
  for (const system of SYSTEMS) {
    const r = await run(system, scenario);
    console.log(
      [
        pad(scenario, 8),
        pad(system, 9),
        pad(r.completed, 5),
        pad(r.failed, 7),
        pad(r.unfinished, 11),
        pad(r.lost, 5),
        pad(r.duplicated, 9),
        pad(r.violations, 11),
        pad(r.bans, 5),
        pad(
          `${r.requestsPerSecond.toFixed(2)} (${Math.round((r.requestsPerSecond / LIMIT) * 100)}%)`,
          16,
        ),
        pad(
          `${r.acceptedPerSecond.toFixed(2)} (${Math.round((r.acceptedPerSecond / LIMIT) * 100)}%)`,
          16,
        ),
        pad(r.jobsPerSecond.toFixed(2), 7),
        pad(r.seconds.toFixed(0), 8),
        JSON.stringify(r.reasons),
      ].join(' '),
    );
  }
}
