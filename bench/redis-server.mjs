// A throwaway redis-server for the benchmarks (never the shared 6379), which
// the client benchmark stops and starts to play an outage, or stalls.
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
  constructor(port) {
    this.port = port;
  }
  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }
  async start() {
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    this.#child = child;
    await new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        if (chunk.toString().includes('Ready to accept connections')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    });
  }
  /** Stalls the server (SIGSTOP): connections stay up, nothing is answered until resume(). */
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
      child.on('exit', resolve);
      child.kill('SIGKILL');
    });
  }
}
