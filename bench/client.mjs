// npm run bench:client — N concurrent callers against an emulator that
// enforces amoCRM's 7 requests/s and bans after violations: from one process,
// from 4 processes sharing Redis, and from 4 processes with Redis restarted in
// the middle; each workload also run with a naive retry loop (p-retry) beside
// it. Prints achieved rate / limit, violations, bans, lost requests,
// duplicated POSTs, and the latency the client adds (p50/p99). Then 20
// start-ups of 4 processes (short runs): the moment a fleet is most likely
// to break a limit, every process's first request going out on a cold
// transport.
// Targets (issue 4): ≥ 95% of the limit, 0 violations, 0 bans, 0 lost, 0 duplicated POSTs.
// Target (issue 10): 0 violations in 20 start-ups.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMockServer } from '../dist/mock/index.js';
import { freePort, ThrowawayRedis } from '../test/helpers/redis-server.mjs';

const SECONDS = Number(process.env.SECONDS ?? 30);
const CALLERS = Number(process.env.CALLERS ?? 16);
const STARTUPS = Number(process.env.STARTUPS ?? 20);
const STARTUP_SECONDS = 3;
const LIMIT = 7;
const worker = fileURLToPath(new URL('./client-worker.mjs', import.meta.url));

const ms = (x) =>
  Number.isNaN(x)
    ? '     -   '
    : x >= 100
      ? `${x.toFixed(0).padStart(6)} ms`
      : `${x.toFixed(2).padStart(6)} ms`;

function percentile(xs, p) {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Forks a worker; `ready` gets the child once it has booted and waits for its start. */
function runWorker(args, ready) {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [JSON.stringify(args)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result;
    child.on('message', (m) => {
      if (m.warn) console.log(`    (${m.warn})`);
      else if (m.ready) ready(child);
      else result = m;
    });
    child.on('exit', (code) =>
      result ? resolve(result) : reject(new Error(`worker exited ${code}`)),
    );
  });
}

async function scenario({
  name,
  processes,
  mode,
  redis,
  restartRedis,
  stallRedis,
  fault,
  limit = LIMIT,
  callers = CALLERS,
  seconds = SECONDS,
  prefix,
}) {
  const mock = await createMockServer({
    provider: 'amocrm',
    rate: `${limit}/s`,
    banAfter: 5,
    banMs: 10_000,
    fault,
    seed: 42,
  });
  // Every worker starts at the same moment, once every process has booted
  // (on a loaded machine that takes seconds), and the rate is read at the
  // deadline: calls still queued for a slot after it would otherwise stretch
  // the run with a tail of waiting.
  const booted = [];
  let allBooted;
  const boot = new Promise((resolve) => {
    allBooted = resolve;
  });
  const running = Promise.all(
    Array.from({ length: processes }, (_, w) =>
      runWorker(
        {
          url: mock.url,
          mode,
          callers: Math.ceil(callers / processes),
          limit,
          redis: redis?.url,
          prefix,
          worker: w,
          share: 1 / processes,
        },
        (child) => {
          booted.push(child);
          if (booted.length === processes) allBooted();
        },
      ),
    ),
  );
  await boot;
  const startAt = Date.now() + 200;
  const deadline = startAt + seconds * 1000;
  for (const child of booted) child.send({ startAt, deadline });
  let atDeadline;
  const snapshot = setTimeout(() => {
    atDeadline = mock.stats();
  }, deadline - Date.now());
  const restart =
    restartRedis &&
    (async () => {
      await new Promise((r) => setTimeout(r, startAt - Date.now() + (seconds * 1000) / 3));
      await redis.stop();
      await new Promise((r) => setTimeout(r, 2000));
      await redis.start();
    })();
  const stall =
    stallRedis &&
    (async () => {
      await new Promise((r) => setTimeout(r, startAt - Date.now() + (seconds * 1000) / 3));
      redis.pause();
      await new Promise((r) => setTimeout(r, 8000));
      redis.resume();
    })();
  const results = await running;
  if (restart) await restart;
  if (stall) await stall;
  clearTimeout(snapshot);
  atDeadline ??= mock.stats();
  const stats = mock.stats();
  await mock.close();
  const issued = results.reduce((n, r) => n + r.issued, 0);
  const succeeded = results.reduce((n, r) => n + r.succeeded, 0);
  const failures = {};
  for (const r of results)
    for (const [k, v] of Object.entries(r.failures)) failures[k] = (failures[k] ?? 0) + v;
  const added = results.flatMap((r) => r.added);
  return {
    name,
    mode,
    rate: (atDeadline.accepted - atDeadline.duplicates) / seconds / limit,
    violations: stats.rateViolations,
    bans: stats.bans,
    lost: issued - succeeded,
    duplicates: stats.duplicates,
    p50: percentile(added, 50),
    p99: percentile(added, 99),
    issued,
    failures,
    limited: results.flatMap((r) => r.limited).sort((a, b) => a - b),
  };
}

const redis = new ThrowawayRedis(await freePort());
await redis.start();
const rows = [];
console.log(
  `client benchmark — ${SECONDS} s per run, ${CALLERS} callers, emulator: amoCRM ${LIMIT}/s, ban after 5 violations (10 s)\n`,
);
for (const s of [
  { name: '1 process', processes: 1 },
  { name: '4 processes + Redis', processes: 4, redis },
  { name: '4 processes + Redis restart', processes: 4, redis, restartRedis: true },
  // Redis stopped (SIGSTOP) for 8 s: commands time out, the connection stays up.
  { name: '4 processes + Redis stall', processes: 4, redis, stallRedis: true },
  { name: '1 process, faults 5xx 5% reset 2%', processes: 1, fault: '5xx=0.05,reset=0.02' },
  // Far below the limit, nothing waits for a slot: what the client adds is its own work.
  {
    name: 'overhead: 1 caller, limit 1e6/s',
    processes: 1,
    limit: 1_000_000,
    callers: 1,
    overhead: true,
  },
].filter((s) => !process.env.ONLY || s.name.startsWith(process.env.ONLY))) {
  for (const mode of ['kodex', 'naive']) {
    if ((s.restartRedis || s.stallRedis || s.overhead) && mode === 'naive') continue; // nothing to compare there
    const row = await scenario({ ...s, mode });
    rows.push(row);
    console.log(
      `${row.name.padEnd(34)} ${mode.padEnd(6)} rate ${(row.rate * 100).toFixed(1).padStart(5)}%  violations ${String(row.violations).padStart(4)}  bans ${String(row.bans).padStart(2)}  lost ${String(row.lost).padStart(4)}/${row.issued}  dup POSTs ${row.duplicates}  added p50 ${ms(row.p50)} p99 ${ms(row.p99)}`,
    );
    if (Object.keys(row.failures).length)
      console.log(`    failures: ${JSON.stringify(row.failures)}`);
    if (mode === 'kodex' && row.limited.length) {
      console.log(
        `    rate-limit answers at ${row.limited.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')} into the run`,
      );
    }
  }
}
// Start-ups: a fresh emulator and fresh Redis keys each time, so every run
// starts cold, as a fleet deployed at once does.
let startupViolations = 0;
if (!process.env.ONLY || '4 processes start-up'.startsWith(process.env.ONLY)) {
  const rates = [];
  const broken = [];
  for (let run = 0; run < STARTUPS; run++) {
    const row = await scenario({
      name: '4 processes start-up',
      processes: 4,
      mode: 'kodex',
      redis,
      seconds: STARTUP_SECONDS,
      prefix: `kodex-bench:startup:${run}:`,
    });
    rates.push(row.rate);
    startupViolations += row.violations;
    if (row.violations || row.bans || row.lost) broken.push(`run ${run}: ${JSON.stringify(row)}`);
  }
  rates.sort((a, b) => a - b);
  console.log(
    `${`4 processes start-up × ${STARTUPS}`.padEnd(34)} kodex  rate ${(percentile(rates, 50) * 100).toFixed(1).padStart(5)}% median, ${(rates[0] * 100).toFixed(1)}% min (${STARTUP_SECONDS} s runs)  violations ${startupViolations}`,
  );
  for (const line of broken) console.log(`    ${line}`);
}
await redis.stop();
const kodexRows = rows.filter((r) => r.mode === 'kodex');
// Injected faults spend slots on answers that are not accepted, so the rate
// target applies to the fault-free runs; every run must lose nothing.
// The rate target is the issue's: 1 and 4 processes, no faults. Every run
// must have no violation, ban, loss or duplicate.
const rateRows = kodexRows.filter(
  (r) => r.name === '1 process' || r.name === '4 processes + Redis',
);
const met =
  rateRows.every((r) => r.rate >= 0.95) &&
  kodexRows.every(
    (r) => r.violations === 0 && r.bans === 0 && r.lost === 0 && r.duplicates === 0,
  ) &&
  startupViolations === 0;
console.log(
  `\ntargets (≥95% of the limit with 1 and 4 processes; 0 violations, 0 bans, 0 lost, 0 duplicated POSTs in every run, start-ups included): ${met ? 'met' : 'NOT met'} by kodex`,
);
console.log(
  'added = time in the client beyond HTTP round trips: waiting for rate slots when callers outnumber the limit; its own work in the overhead row.',
);
