import { describe, expect, it } from 'vitest';
import { runServerCommand } from '../../test/helpers/test-io.js';
import { decode } from '../decode/decode.js';
import { registerMock } from './commands/mock.js';

const runMock = (args: string[]) => runServerCommand(registerMock, 'mock', args);

describe('kodex mock', () => {
  it('prints exactly the listening line, serves the provider, and stops on SIGTERM', async () => {
    const run = runMock(['amocrm', '--port', '0', '--rate', '2/min', '--ban-after', '1']);
    const url = await run.listening();
    expect(run.out()).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\n$/);
    expect((await fetch(url)).status).toBe(200);
    expect((await fetch(url)).status).toBe(200);
    expect((await fetch(url)).status).toBe(429);
    const banned = await fetch(url);
    expect(await decode(banned, { provider: 'amocrm' })).toMatchObject({
      category: 'account_blocked',
    });
    run.signals.emit('SIGTERM');
    expect(await run.done).toBe(0);
    expect(run.err()).toContain(
      'SIGTERM: stopped. 4 requests, 2 accepted, 1 rate violations, 1 bans',
    );
    await expect(fetch(url)).rejects.toThrow();
    expect(run.signals.listenerCount('SIGINT')).toBe(0);
  });

  it('takes faults and a seed, and stops on SIGINT', async () => {
    const run = runMock(['mobizon', '--fault', '5xx=1', '--seed', '1', '--host', '127.0.0.1']);
    const url = await run.listening();
    const response = await fetch(url);
    expect(response.status).toBe(503);
    expect(await decode(response, { provider: 'mobizon' })).toMatchObject({ retryable: true });
    run.signals.emit('SIGINT');
    expect(await run.done).toBe(0);
    expect(run.signals.listenerCount('SIGTERM')).toBe(0);
  });

  it('holds the documented limit unless --rate off, and logs each request with --verbose', async () => {
    const limited = runMock(['amocrm', '--verbose']);
    const url = await limited.listening();
    const codes = await Promise.all(
      Array.from({ length: 10 }, () => fetch(`${url}/api/v4/leads?x=1`).then((r) => r.status)),
    );
    expect(codes.filter((s) => s === 429)).toHaveLength(3);
    expect(limited.err()).toContain('GET /api/v4/leads 200 success [api-v4] window 1/7\n');
    expect(limited.err()).toMatch(/GET \/api\/v4\/leads 429 rate 429 \[api-v4\] window 7\/7\n/);
    limited.signals.emit('SIGTERM');
    await limited.done;

    const free = runMock(['amocrm', '--rate', 'off']);
    const freeUrl = await free.listening();
    const all = await Promise.all(
      Array.from({ length: 10 }, () => fetch(freeUrl).then((r) => r.status)),
    );
    expect(all.every((s) => s === 200)).toBe(true);
    expect(free.err()).toBe('');
    free.signals.emit('SIGTERM');
    await free.done;
  });

  it('exits 1 with the nearest providers for an unknown one', async () => {
    const run = runMock(['amocmr']);
    expect(await run.done).toBe(1);
    expect(run.out()).toBe('');
    expect(run.err()).toContain('Did you mean amocrm');
  });

  it.each([
    [['amocrm', '--rate', '7/fortnight'], /Invalid rate/],
    [['amocrm', '--fault', 'rest=0.1'], /did you mean reset/],
    [['amocrm', '--port', '70000'], /port/],
  ])('refuses bad options %j', async (args, message) => {
    const run = runMock(args);
    expect(await run.done).toBe(1);
    expect(run.err()).toMatch(message);
  });

  it('exits 1 when the port is taken', async () => {
    const first = runMock(['http']);
    const url = await first.listening();
    const second = runMock(['http', '--port', new URL(url).port]);
    expect(await second.done).toBe(1);
    expect(second.err()).toMatch(/Cannot start .* EADDRINUSE/);
    first.signals.emit('SIGTERM');
    await first.done;
  });
});
