// One process of a fleet (test/fleet-startup.test.ts): for each start-up the
// parent asks for, a new kodex client sharing its limit through Redis, then
// callers looping through it from the start time the parent gives until the
// deadline, and the count of answers back to the parent.
import { createClient } from '../../dist/client/index.js';

const { url, redis, callers, share, coldMs } = JSON.parse(process.argv[2]);

let client;

/** A new client, connected to Redis: the first request of each plays a cold transport. */
async function prepare(prefix) {
  // The real cold start, paid once per process, depends on the machine's load.
  let cold = true;
  client = createClient({
    provider: 'amocrm',
    account: 'fleet',
    redis: { connection: redis, prefix, fleetShare: share },
    fetch: async (input, init) => {
      if (cold) {
        cold = false;
        await new Promise((resolve) => setTimeout(resolve, coldMs));
      }
      return fetch(input, init);
    },
  });
  await client.circuit(); // connected to Redis
}

async function run(startAt, deadline) {
  await new Promise((resolve) => setTimeout(resolve, startAt - Date.now()));
  let answered = 0;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (Date.now() < deadline) {
        const response = await client.fetch(`${url}/api/v4/leads`, {
          headers: { authorization: 'Bearer fleet' },
        });
        await response.arrayBuffer();
        answered++;
      }
    }),
  );
  await client.close();
  return answered;
}

process.on('message', async (m) => {
  if (m.exit) process.exit(0);
  if (m.prefix) {
    await prepare(m.prefix);
    process.send({ prepared: true });
  } else {
    process.send({ answered: await run(m.startAt, m.deadline) });
  }
});
// Warm the transport on another account of the emulator (it counts rates
// per credential): the cold starts are the ones played.
await fetch(`${url}/api/v4/account`, { headers: { authorization: 'Bearer warm-up' } }).then((r) =>
  r.arrayBuffer(),
);
process.send({ ready: true });
