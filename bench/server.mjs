// npm run bench:server — requests/s of an error route answered through the
// kodex adapters against each framework's own error handling, on loopback,
// in one run: Fastify + kodexPlugin (a catalog error) vs Fastify's default
// error handler (an http-errors error), and Express + kodexErrorHandler vs
// http-errors with Express's default handler. The servers run in a child
// process (`--serve`), autocannon in this one; contenders are interleaved,
// each round runs every contender for the same fixed duration, in alternating
// order. Prints requests/s per round and the server's CPU time per request,
// and the ratios kodex/baseline: the median of the per-round requests/s
// ratios, and the inverse ratio of CPU per request (what a busy machine
// distorts least).
// Target (issue 5): ≥ 0.9 of the baseline.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const SECONDS = Number(process.env.SECONDS ?? 3);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32);

// Both sides answer the same error: 409, "Item A-1 is out of stock".
async function serve() {
  const [{ default: Fastify }, { default: express }, { default: createError }] = await Promise.all([
    import('fastify'),
    import('express'),
    import('http-errors'),
  ]);
  const { defineCatalog } = await import('../dist/server/index.js');
  const { kodexPlugin } = await import('../dist/server/adapters/fastify.js');
  const { kodexErrorHandler } = await import('../dist/server/adapters/express.js');
  const shop = defineCatalog({
    id: 'shop',
    name: 'Shop',
    entries: [
      {
        code: 'OUT_OF_STOCK',
        status: 409,
        category: 'conflict',
        title: { ru: 'Нет в наличии', en: 'Out of stock' },
        template: { ru: 'Товара {sku} нет в наличии', en: 'Item {sku} is out of stock' },
        params: { sku: { type: 'string' } },
      },
    ],
  });
  const kodexError = () => shop.error('OUT_OF_STOCK', { sku: 'A-1' });
  const plainError = () => createError(409, 'Item A-1 is out of stock');

  const fastifyKodex = Fastify();
  await fastifyKodex.register(kodexPlugin);
  fastifyKodex.get('/error', async () => {
    throw kodexError();
  });
  const fastifyDefault = Fastify();
  fastifyDefault.get('/error', async () => {
    throw plainError();
  });

  const expressKodex = express();
  expressKodex.get('/error', () => {
    throw kodexError();
  });
  expressKodex.use(kodexErrorHandler());
  const expressDefault = express();
  expressDefault.get('/error', () => {
    throw plainError();
  });

  const listenFastify = async (app) => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    return app.server.address().port;
  };
  const listenExpress = async (app) => {
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return server.address().port;
  };
  // The parent asks for the CPU time used so far around each run: CPU per
  // request is the server's own cost, which a busy machine hardly moves.
  process.on('message', (m) => m === 'cpu' && process.send({ cpu: process.cpuUsage() }));
  process.send({
    'fastify+kodex': await listenFastify(fastifyKodex),
    'fastify default': await listenFastify(fastifyDefault),
    'express+kodex': await listenExpress(expressKodex),
    'express default': await listenExpress(expressDefault),
  });
}

function load(port, seconds) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: `http://127.0.0.1:${port}/error`, connections: CONNECTIONS, duration: seconds },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

function cpuOf(child) {
  return new Promise((resolve) => {
    const answer = (m) => {
      if (!m.cpu) return;
      child.off('message', answer);
      resolve(m.cpu.user + m.cpu.system);
    };
    child.on('message', answer);
    child.send('cpu');
  });
}

/** One run: requests/s, and the server's CPU µs per request. */
async function measure(child, port, seconds) {
  const before = await cpuOf(child);
  const result = await load(port, seconds);
  const cpu = (await cpuOf(child)) - before;
  if (result.errors || result.timeouts || result['2xx']) {
    throw new Error(`${result.errors} errors, ${result.timeouts} timeouts, ${result['2xx']} 2xx`);
  }
  return { rps: result.requests.average, cpuPerRequest: cpu / result.requests.total };
}

async function main() {
  // NODE_ENV=production: what a deployment runs. It keeps stacks out of both
  // sides' bodies; Express's default handler still logs each error's stack to
  // stderr (it does unless env is 'test'), which goes to /dev/null here.
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  const ports = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) =>
      reject(new Error(`the servers exited with ${code}: run node bench/server.mjs --serve`)),
    );
  });
  try {
    const pairs = [
      ['fastify+kodex', 'fastify default'],
      ['express+kodex', 'express default'],
    ];
    for (const [name, port] of Object.entries(ports)) {
      const response = await fetch(`http://127.0.0.1:${port}/error`);
      const body = await response.text();
      console.log(
        `${name.padEnd(16)} ${response.status} ${response.headers.get('content-type')} ${body.length} bytes`,
      );
      await load(port, 1); // warm-up
    }
    const samples = Object.fromEntries(Object.keys(ports).map((name) => [name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const pair of pairs) {
        const order = round % 2 ? [...pair].reverse() : pair;
        for (const name of order) samples[name].push(await measure(child, ports[name], SECONDS));
      }
    }
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const fixed = (x, width, digits = 0) => x.toFixed(digits).padStart(width);
    console.log(
      `\n${ROUNDS} rounds × ${SECONDS} s per contender, ${CONNECTIONS} connections, interleaved\n`,
    );
    console.log(
      `${'contender'.padEnd(16)} ${'requests/s per round'.padEnd(8 * ROUNDS)}    mean  CPU µs/request`,
    );
    for (const [name, runs] of Object.entries(samples)) {
      const rounds = runs.map((r) => fixed(r.rps, 7)).join(' ');
      const rps = mean(runs.map((r) => r.rps));
      const cpu = median(runs.map((r) => r.cpuPerRequest));
      console.log(
        `${name.padEnd(16)} ${rounds.padEnd(8 * ROUNDS)} ${fixed(rps, 7)} ${fixed(cpu, 10, 1)}`,
      );
    }
    console.log('');
    for (const [kodex, baseline] of pairs) {
      // Each round's two runs are adjacent in time, so their ratio cancels
      // most of a busy machine's drift; the median drops an outlier round.
      const ratios = samples[kodex].map((r, i) => r.rps / samples[baseline][i].rps);
      const rps = median(ratios);
      // The throughput the server's own CPU cost allows, baseline / kodex.
      const cpu =
        median(samples[baseline].map((r) => r.cpuPerRequest)) /
        median(samples[kodex].map((r) => r.cpuPerRequest));
      const verdict = Math.min(rps, cpu) >= 0.9 ? 'meets' : 'MISSES';
      console.log(
        `${kodex} / ${baseline}: ${rps.toFixed(2)} requests/s (median of rounds ` +
          `${ratios.map((r) => r.toFixed(2)).join(' ')}), ${cpu.toFixed(2)} by CPU per request ` +
          `(${verdict} the 0.9 target)`,
      );
    }
  } finally {
    child.kill();
  }
}

if (process.argv.includes('--serve')) await serve();
else await main();
