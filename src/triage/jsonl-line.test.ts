import { describe, expect, it } from 'vitest';
import { jsonlExchange } from './jsonl-line.js';

describe('jsonlExchange', () => {
  it('reads a kodex decode --jsonl line with time and method', () => {
    const line = JSON.stringify({
      status: 429,
      headers: { 'retry-after': '1' },
      body: { error: 'slow down' },
      url: 'https://api.example.com/x',
      provider: 'http',
      time: '2026-12-06T09:00:00Z',
      method: 'get',
    });
    expect(jsonlExchange(line)).toEqual({
      time: Date.UTC(2026, 11, 6, 9),
      method: 'GET',
      url: 'https://api.example.com/x',
      status: 429,
      headers: { 'retry-after': '1' },
      body: '{"error":"slow down"}',
      provider: 'http',
    });
  });

  it('takes startedDateTime or epoch milliseconds as the time', () => {
    expect(
      jsonlExchange('{"status":500,"body":"","startedDateTime":"2026-12-06T09:00:00Z"}'),
    ).toMatchObject({
      time: Date.UTC(2026, 11, 6, 9),
    });
    expect(jsonlExchange('{"status":500,"body":"","time":1700000000000}')).toMatchObject({
      time: 1.7e12,
    });
    expect(jsonlExchange('{"status":500,"body":"","time":1e300}')).toMatchObject({
      time: undefined,
    });
  });

  it.each([
    ['not json', 'not a JSON line'],
    ['[]', 'a request must be a JSON object'],
    ['{"status":99,"body":""}', 'status must be'],
  ])('says what is wrong with %s', (line, problem) => {
    expect(jsonlExchange(line)).toEqual({ problem: expect.stringContaining(problem) });
  });
});
