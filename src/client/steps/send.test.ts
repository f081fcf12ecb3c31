import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { rejection } from '../../../test/helpers/rejection.js';
import { prepare } from './prepare.js';
import { send } from './send.js';

const attempt = {
  url: 'https://api.example.com/x',
  headers: new Headers({ a: '1' }),
  timeoutMs: 1000,
};

// A fetch that never answers until its signal aborts: a provider gone silent.
const silent: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) =>
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
  );

describe('the send step', () => {
  it('sends the prepared request to the attempt’s URL with the attempt’s headers', async () => {
    const seen: RequestInit[] = [];
    const request = await prepare('https://api.example.com/old', { method: 'post', body: '{}' });
    const sent = await send(
      async (_url, init) => {
        seen.push(init!);
        return new Response('ok');
      },
      request,
      attempt,
    );
    expect('response' in sent && sent.response.status).toBe(200);
    expect(seen[0]).toMatchObject({ method: 'POST', body: '{}', headers: attempt.headers });
    expect(seen[0]?.signal).toBeInstanceOf(AbortSignal);
  });

  it('returns a refused connection as not sent, its failure redacted', async () => {
    const request = await prepare('https://api.example.com/x?api_key=K-SECRET');
    const sent = await send(
      async () => {
        throw Object.assign(new TypeError('fetch failed for ?api_key=K-SECRET'), {
          cause: { code: 'ECONNREFUSED' },
        });
      },
      request,
      attempt,
    );
    expect(sent).toMatchObject({ delivery: 'not-sent', timedOut: false });
    expect(inspect(sent)).not.toContain('K-SECRET');
  });

  it('returns a silent attempt as timed out, maybe processed', async () => {
    const sent = await send(silent, await prepare(attempt.url), { ...attempt, timeoutMs: 10 });
    expect(sent).toMatchObject({ delivery: 'maybe-processed', timedOut: true });
  });

  it('throws the caller’s abort as fetch does', async () => {
    const controller = new AbortController();
    const request = await prepare(attempt.url, { signal: controller.signal });
    const sending = send(silent, request, attempt);
    controller.abort(new Error('stop'));
    expect(await rejection(sending)).toEqual(new Error('stop'));
  });
});
