import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * A throwaway redis-server of the test's own, on its own port (never the
 * shared 6379), that a test may stop and start again to play an outage.
 */
export class ThrowawayRedis {
  #child: ChildProcess | undefined;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        // DEBUG SLEEP plays a stall: Redis stops answering, the connection stays up.
        '--enable-debug-command',
        'local',
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    this.#child = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
      child.stdout!.on('data', (chunk: Buffer) => {
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

  /**
   * Stalls the server (SIGSTOP): it keeps its connections but answers
   * nothing until {@link resume}, as a Redis stuck in a slow command or a
   * paused VM does.
   */
  pause(): void {
    this.#child?.kill('SIGSTOP');
  }

  /** Lets a paused server answer again (SIGCONT). */
  resume(): void {
    this.#child?.kill('SIGCONT');
  }

  async stop(): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.on('exit', () => resolve());
      child.kill('SIGKILL');
    });
    this.#child = undefined;
  }
}
