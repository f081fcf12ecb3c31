import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runServerCommand } from '../../test/helpers/test-io.js';
import { registerServe } from './commands/serve.js';

const runServe = (args: string[]) => runServerCommand(registerServe, 'serve', args);

describe('kodex serve', () => {
  it('prints exactly the listening line, serves the reference and the API, and stops on SIGINT', async () => {
    const run = runServe(['--port', '0']);
    const url = await run.listening();
    expect(run.out()).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\n$/);
    expect(await (await fetch(`${url}/providers/avtocod`)).text()).toContain('id="code-B011"');
    expect((await (await fetch(`${url}/api/explain/avtocod/B011`)).json()).category).toBe(
      'quota_exceeded',
    );
    run.signals.emit('SIGINT');
    expect(await run.done).toBe(0);
    expect(run.err()).toContain('SIGINT: stopped.');
    await expect(fetch(url)).rejects.toThrow();
  });

  it('stops on SIGTERM and leaves no signal listener behind', async () => {
    const run = runServe(['--port', '0', '--host', '127.0.0.1']);
    await run.listening();
    run.signals.emit('SIGTERM');
    expect(await run.done).toBe(0);
    expect(run.signals.listenerCount('SIGINT') + run.signals.listenerCount('SIGTERM')).toBe(0);
  });

  it('exits 1 with a clear message when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const run = runServe(['--port', String(port)]);
    expect(await run.done).toBe(1);
    expect(run.out()).toBe('');
    expect(run.err()).toContain('Cannot start the web reference');
    expect(run.err()).toContain('EADDRINUSE');
    blocker.close();
  });

  it.each([['70000'], ['-1'], ['http']])('refuses --port %s', async (port) => {
    const run = runServe(['--port', port]);
    expect(await run.done).not.toBe(0);
    expect(run.err()).toMatch(/port from 0 to 65535/);
  });
});
