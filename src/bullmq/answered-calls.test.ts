import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { AnsweredCalls, MAX_KEPT_BODY_BYTES } from './answered-calls.js';

const redis = new Redis(inject('redisUrl'));
const prefix = `kodex-answered-${process.pid}-${Date.now()}:`;
const call = { method: 'POST', url: 'https://example.amocrm.ru/api/v4/leads' };

afterAll(() => redis.quit());

describe('the answers kept for a job run again', () => {
  it('gives back status, headers and body, and leaves the response it kept unread', async () => {
    const answers = new AnsweredCalls(redis, prefix, true);
    const answer = new Response(JSON.stringify({ id: 7 }), {
      status: 201,
      statusText: 'Created',
      headers: { 'content-type': 'application/json', 'x-request-id': 'r1' },
    });
    await answers.keep('q', 'job-1', 0, call, answer);
    expect(await answer.json()).toEqual({ id: 7 });

    const kept = await answers.find('q', 'job-1', 0, call);
    expect(kept?.response?.status).toBe(201);
    expect(kept?.response?.statusText).toBe('Created');
    expect(kept?.response?.headers.get('x-request-id')).toBe('r1');
    expect(await kept?.response?.json()).toEqual({ id: 7 });
  });

  it('gives nothing for another call in that place, or once the job is forgotten', async () => {
    const answers = new AnsweredCalls(redis, prefix, true);
    await answers.keep('q', 'job-2', 0, call, new Response('{}'));
    expect(await answers.find('q', 'job-2', 0, { ...call, url: `${call.url}/1` })).toBeUndefined();
    expect(await answers.find('q', 'job-2', 1, call)).toBeUndefined();
    await answers.forget('q', 'job-2');
    expect(await answers.find('q', 'job-2', 0, call)).toBeUndefined();
  });

  it('keeps only the fact of an answer whose body is over the cap, or when bodies are not kept', async () => {
    const answers = new AnsweredCalls(redis, prefix, true);
    const big = new Response('x'.repeat(MAX_KEPT_BODY_BYTES + 1));
    await answers.keep('q', 'job-3', 0, call, big);
    expect((await big.text()).length).toBe(MAX_KEPT_BODY_BYTES + 1);
    expect(await answers.find('q', 'job-3', 0, call)).toEqual({});

    const factsOnly = new AnsweredCalls(redis, `${prefix}facts:`, false);
    await factsOnly.keep('q', 'job-4', 0, call, new Response('{}'));
    expect(await factsOnly.find('q', 'job-4', 0, call)).toEqual({});
  });

  it.each([204, 205, 304])('gives back a %i without a body', async (status) => {
    const answers = new AnsweredCalls(redis, prefix, true);
    await answers.keep('q', `job-5-${status}`, 0, call, new Response(null, { status }));
    const kept = await answers.find('q', `job-5-${status}`, 0, call);
    expect(kept?.response?.status).toBe(status);
    expect(kept?.response?.body).toBeNull();
  });

  it('writes no credential to Redis: secret headers are left out, a body naming one is kept as answered only', async () => {
    const answers = new AnsweredCalls(redis, prefix, true);
    const tokens = JSON.stringify({
      token_type: 'Bearer',
      access_token: 'at-123',
      refresh_token: 'rt-456',
    });
    await answers.keep(
      'q',
      'job-6',
      0,
      call,
      new Response(tokens, { headers: { 'set-cookie': 'sid=abc', 'x-id': '7' } }),
    );
    await answers.keep(
      'q',
      'job-6',
      1,
      call,
      new Response('{"id":7}', { headers: { 'set-cookie': 'sid=abc', 'x-id': '7' } }),
    );
    const hash = await redis.hgetall(`${prefix}answered:q:job-6`);
    expect(JSON.parse(hash['0']!)).not.toHaveProperty('body');
    const stored = Object.values(hash)
      .map((field) => {
        const { body, ...rest } = JSON.parse(field);
        return JSON.stringify(rest) + (body ? Buffer.from(body, 'base64').toString() : '');
      })
      .join('\n');
    for (const secret of ['at-123', 'rt-456', 'sid=abc']) expect(stored).not.toContain(secret);
    expect(await answers.find('q', 'job-6', 0, call)).toEqual({});
    const kept = await answers.find('q', 'job-6', 1, call);
    expect(kept?.response?.headers.get('set-cookie')).toBeNull();
    expect(kept?.response?.headers.get('x-id')).toBe('7');
    expect(await kept?.response?.json()).toEqual({ id: 7 });
  });
});
