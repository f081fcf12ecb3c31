// A throwaway redis-server of a test's or a benchmark's own, on its own port
// (never the shared 6379), that may be stopped, started again or stalled to
// play an outage. Plain JavaScript so that both vitest and the benchmarks
// (plain node) load this one implementation; types in redis-server.d.mts.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export class ThrowawayRedis {
  #child;

  /** @param options.dir keep the data in an append-only file there, fsynced on every write, so a restart loses nothing */
  constructor(port, options = {}) {
    this.port = port;
    this.dir = options.dir;
  }

  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start() {
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        ...(this.dir
          ? ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', this.dir]
          : ['--appendonly', 'no']),
        // DEBUG SLEEP plays a stall: Redis stops answering, the connection stays up.
        '--enable-debug-command',
        'local',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    this.#child = child;
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
      child.stdout.on('data', (chunk) => {
        if (chunk.toString().includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
      child.on('error', (error) =>
        reject(
          new Error(
            `redis-server could not start (${error.message}); install with: apt-get install -y redis-server`,
          ),
        ),
      );
    });
  }

  // Stalls the server (SIGSTOP): it keeps its connections but answers nothing
  // until resume(), as a Redis stuck in a slow command or a paused VM does.
  pause() {
    this.#child?.kill('SIGSTOP');
  }

  resume() {
    this.#child?.kill('SIGCONT');
  }

  async stop() {
    const child = this.#child;
    if (!child || child.exitCode !== null) return;
    await new Promise((resolve) => {
      child.on('exit', () => resolve());
      child.kill('SIGKILL');
    });
    this.#child = undefined;
  }
}
