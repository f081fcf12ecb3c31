// One process of the client benchmark: CALLERS concurrent loops calling the
// emulator through one kodex client (or a naive p-retry loop) until the
// deadline; reports its counts to the parent over IPC.
import pRetry, { AbortError } from 'p-retry';
import { createClient } from '../dist/client/index.js';

const { url, mode, callers, redis, prefix, worker, share, limit } = JSON.parse(process.argv[2]);
// Told by the parent once every worker has booted: they all start together.
let startAt;
let deadline;

const added = []; // ms each call spent in the client beyond its HTTP round trips
let issued = 0;
let succeeded = 0;
const failures = new Map();
const httpMs = new Map(); // request id → ms spent in HTTP round trips
const limited = []; // ms after the start at which a rate-limit answer came

// The underlying fetch: times each attempt's round trip, by request id.
async function timedFetch(input, init) {
  const id = new Headers(init?.headers).get('x-request-id');
  const t = performance.now();
  try {
    return await fetch(input, init);
  } finally {
    httpMs.set(id, (httpMs.get(id) ?? 0) + performance.now() - t);
  }
}

const client =
  mode === 'kodex'
    ? createClient({
        provider: 'amocrm',
        account: 'bench-account',
        redis: redis && { connection: redis, prefix, fleetShare: share },
        // amoCRM's documented 7/s is the catalog default; other runs say theirs.
        limits: limit === 7 ? {} : { rates: [{ limit, intervalMs: 1000 }] },
        fetch: timedFetch,
        retry: { maxRetryAfterMs: 120_000 },
        timeouts: { totalMs: 600_000, attemptMs: 10_000 },
        breaker: { cooldownMs: 5000 },
        hooks: {
          onWarn: (message) => process.send?.({ warn: `worker ${worker}: ${message}` }),
          // When the emulator refused a request for the rate: kept to show
          // where in the run such answers fell (the Redis restart, say).
          onRateLimit: () => limited.push(Date.now() - startAt),
        },
      })
    : undefined;

// What many integrations do: retry 429 and 5xx with exponential backoff, no
// limiter, no idea of the provider's errors.
function naive(target, init) {
  return pRetry(
    async () => {
      const response = await fetch(target, init);
      if (response.status === 429 || response.status >= 500)
        throw new Error(`HTTP ${response.status}`);
      if (!response.ok) throw new AbortError(`HTTP ${response.status}`);
      return response;
    },
    { retries: 5, minTimeout: 100, factor: 2 },
  );
}

async function call(i) {
  const id = `w${worker}-${i}`;
  // Every third call creates something: a POST with an idempotency key, so a
  // retry after a possible processing is safe and the emulator can count any
  // duplicate it processes.
  const post = i % 3 === 0;
  const headers = { 'x-request-id': id, authorization: 'Bearer bench' };
  const init = post
    ? {
        method: 'POST',
        body: JSON.stringify({ name: id }),
        headers: { ...headers, 'idempotency-key': id },
      }
    : { headers };
  const target = `${url}/api/v4/leads?i=${i}`;
  const started = performance.now();
  const response = client ? await client.fetch(target, init) : await naive(target, init);
  await response.arrayBuffer();
  if (client) added.push(performance.now() - started - (httpMs.get(id) ?? 0));
  httpMs.delete(id);
}

async function loop(caller) {
  for (let i = caller; Date.now() < deadline; i += callers) {
    issued++;
    try {
      await call(i);
      succeeded++;
    } catch (error) {
      const key = error?.record
        ? `${error.record.provider} ${error.record.code} ${error.record.category}`
        : String(error?.message ?? error).slice(0, 80);
      failures.set(key, (failures.get(key) ?? 0) + 1);
    }
  }
}

// Node loads its fetch (undici) on first use, ~50 ms: done here, before the
// start, so the first real request does not leave late and crowd the next.
await fetch('data:,warm-up').then((r) => r.text());
// Connected to Redis (the circuit is read there) before saying it is ready.
await client?.circuit();
process.send({ ready: true });
({ startAt, deadline } = await new Promise((resolve) => process.once('message', resolve)));
await new Promise((resolve) => setTimeout(resolve, startAt - Date.now()));
await Promise.all(Array.from({ length: callers }, (_, c) => loop(c)));
await client?.close();
process.send({ issued, succeeded, failures: Object.fromEntries(failures), added, limited });
process.exit(0);
