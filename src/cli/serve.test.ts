import { EventEmitter } from 'node:events';
import { createServer } from 'node:net';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerServe } from './commands/serve.js';
import { captureIo } from './test-io.js';

/** Runs `kodex serve …` in-process, with stop signals coming from an emitter the test holds. */
function runServe(args: string[]) {
  let exit = 0;
  const captured = captureIo();
  const io = captured.io;
  const signals = new EventEmitter();
  const program = new Command('kodex')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  registerServe(
    program,
    io,
    (code) => {
      exit = code;
    },
    signals,
  );
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  const done = program.parseAsync(['serve', ...args], { from: 'user' }).then(
    () => exit,
    (error: { exitCode?: number }) => error.exitCode ?? 2,
  );
  return {
    signals,
    done,
    out: captured.out,
    err: captured.err,
    /** Resolves with the URL once the listening line is out (or '' when the command ended first). */
    async listening(): Promise<string> {
      let ended = false;
      void done.then(() => {
        ended = true;
      });
      while (!captured.out() && !ended) await new Promise((r) => setTimeout(r, 5));
      return /^listening on (http:\/\/\S+)\n$/.exec(captured.out())?.[1] ?? '';
    },
  };
}

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
