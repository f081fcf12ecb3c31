import { describe, expect, it } from 'vitest';
import { logLineExchange } from './log-line.js';

describe('logLineExchange', () => {
  it('reads TIMESTAMP METHOD URL STATUS and a raw body', () => {
    expect(
      logLineExchange('2026-12-06T09:00:00Z GET https://api.example.com/x 503 {"error": "busy"}'),
    ).toEqual({
      time: Date.UTC(2026, 11, 6, 9),
      method: 'GET',
      url: 'https://api.example.com/x',
      status: 503,
      body: '{"error": "busy"}',
    });
  });

  it('reads a JSON string body as its text, and - as no time', () => {
    expect(logLineExchange('- post /x 500 "line one\\nline two"\r')).toEqual({
      time: undefined,
      method: 'POST',
      url: '/x',
      status: 500,
      body: 'line one\nline two',
    });
  });

  it('reads a line without a body', () => {
    expect(logLineExchange('2026-12-06T09:00:00.120+03:00 DELETE /x 404')).toMatchObject({
      status: 404,
      body: '',
      time: Date.UTC(2026, 11, 6, 6, 0, 0, 120),
    });
  });

  it('skips blank lines and comments', () => {
    expect(logLineExchange('')).toBeUndefined();
    expect(logLineExchange('   ')).toBeUndefined();
    expect(logLineExchange('# kodex triage --log')).toBeUndefined();
  });

  it.each([
    ['127.0.0.1 - - [06/Dec/2026:09:00:00 +0000] "GET /x HTTP/1.1" 503 12', 'not a log line'],
    ['yesterday GET /x 500', 'timestamp'],
    ['- GET /x 500 "unterminated', 'no JSON string'],
    ['- GET /x 5000', 'not a log line'],
  ])('says what is wrong with %j', (line, problem) => {
    expect(logLineExchange(line)).toEqual({ problem: expect.stringContaining(problem) });
  });
});
