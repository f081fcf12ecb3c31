import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Job, Queue } from 'bullmq';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createWorker } from '../src/bullmq/create-worker.js';

// A worker process killed with SIGKILL while its jobs' calls are out, or
// after one was answered: another worker takes the jobs over once their
// locks expire (BullMQ's stalled jobs), runs the GET again, and never sends
// a POST a second time.

const redisUrl = inject('redisUrl');
const connection = { url: redisUrl, maxRetriesPerRequest: null };
const name = `kodex-crash-${process.pid}-${Date.now()}`;
const statePrefix = `${name}:kodex:`;

/**
 * A provider that holds every request open until `answering` (but for one
 * with `now=1` in its query), then answers 200; it counts by method.
 */
function holdingServer() {
  const seen: string[] = [];
  const held: ServerResponse[] = [];
  let answering = false;
  const server = createServer((req: IncomingMessage, res) => {
    req.resume();
    req.on('end', () => {
      seen.push(req.method ?? 'GET');
      if (answering || req.url?.includes('now=1'))
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      else held.push(res);
    });
  });
  return {
    seen,
    held,
    answer() {
      answering = true;
    },
    async listen() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function startChild(serverUrl: string): Promise<{ child: ChildProcess; output: string[] }> {
  const child = spawn(
    process.execPath,
    [
      'test/helpers/bullmq-worker.mjs',
      JSON.stringify({ redisUrl, queue: name, serverUrl, statePrefix }),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output.push(String(chunk));
      if (output.join('').includes('ready')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
  return { child, output };
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const server = holdingServer();
const queue = new Queue(name, { connection });

afterAll(async () => {
  await queue.close();
  await server.close();
});

describe('a worker killed mid-job', () => {
  it('has its jobs taken over: the GET is run again, no POST is sent twice', async () => {
    const serverUrl = await server.listen();
    const { child, output } = await startChild(serverUrl);
    const post = await queue.add('post', { method: 'POST' }, { attempts: 3 });
    const get = await queue.add('get', { method: 'GET' }, { attempts: 3 });
    const answered = await queue.add('answered', { method: 'POST', hangAfter: true });
    // The server having answered is not enough: the worker keeps the answer
    // before its fetch gives it back, and only then says so.
    await until(
      () => server.held.length === 2 && output.join('').includes(`answered ${answered.id}`),
    );
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    server.answer();

    const checked: string[] = [];
    const worker = createWorker<{ method: string; hangAfter?: boolean }>(
      name,
      async (job, { fetch }) => {
        const query = job.data.hangAfter ? '?now=1' : '';
        const response = await fetch(`${serverUrl}/api/v4/leads${query}`, {
          method: job.data.method,
        });
        return response.status;
      },
      {
        connection,
        client: { provider: 'amocrm', limits: { rates: [] } },
        statePrefix,
        stalledInterval: 300,
        // Your check: was the lead created? Here it was, so the call is taken as answered.
        uncertain: async (call) => {
          checked.push(`${call.method} ${call.job.id} ${call.index}`);
          return new Response('{}', { status: 201 });
        },
      },
    );
    worker.on('error', () => {});
    try {
      const done = async (id: string) => (await Job.fromId(queue, id))?.finishedOn !== undefined;
      const ids = [post.id!, get.id!, answered.id!];
      await until(async () => (await Promise.all(ids.map(done))).every(Boolean));
      const [postJob, getJob, answeredJob] = await Promise.all(
        ids.map((id) => Job.fromId(queue, id)),
      );
      expect(getJob!.returnvalue).toBe(200);
      // Sent, never answered: your check says what became of it.
      expect(postJob!.returnvalue).toBe(201);
      // Answered before the kill: handed the answer it got, neither checked nor sent again.
      expect(answeredJob!.returnvalue).toBe(200);
      expect(checked).toEqual([`POST ${post.id} 0`]);
      expect(server.seen.filter((m) => m === 'POST')).toHaveLength(2);
      expect(server.seen.filter((m) => m === 'GET')).toHaveLength(2);
    } finally {
      await worker.close();
    }
  });
});
