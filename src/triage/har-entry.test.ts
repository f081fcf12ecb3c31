import { describe, expect, it } from 'vitest';
import { harEntryExchange } from './har-entry.js';

const entry = (response: Record<string, unknown>, request: Record<string, unknown> = {}) => ({
  startedDateTime: '2026-12-06T09:00:00.000Z',
  request: { method: 'post', url: 'https://api.example.com/x', ...request },
  response: { status: 503, headers: [{ name: 'Retry-After', value: '5' }], ...response },
});

describe('harEntryExchange', () => {
  it('reads time, method, URL, status, headers and the body text', () => {
    expect(
      harEntryExchange(entry({ content: { text: '{"e":1}', mimeType: 'application/json' } })),
    ).toEqual({
      time: Date.UTC(2026, 11, 6, 9),
      method: 'POST',
      url: 'https://api.example.com/x',
      status: 503,
      headers: [['Retry-After', '5']],
      body: '{"e":1}',
    });
  });

  it('decodes a base64 body to its bytes', () => {
    const out = harEntryExchange(entry({ content: { text: btoa('{"é":1}'), encoding: 'base64' } }));
    expect(out).toMatchObject({ body: Uint8Array.from('{"é":1}', (c) => c.charCodeAt(0)) });
  });

  it('reads an entry without headers, content or time (as some tools write it)', () => {
    const out = harEntryExchange({ request: { method: 'GET', url: 'u' }, response: { status: 0 } });
    expect(out).toEqual({
      time: undefined,
      method: 'GET',
      url: 'u',
      status: 0,
      headers: [],
      body: '',
    });
  });

  it.each([
    [null, 'the entry'],
    [{ response: { status: 200 } }, '/request'],
    [entry({ status: '500' }), '/response/status'],
    [entry({ headers: [{ name: 'a' }] }), '/response/headers/0/value'],
    [entry({ content: { text: '%%%', encoding: 'base64' } }), '/response/content/text'],
  ])('names what is wrong with %j', (value, where) => {
    const out = harEntryExchange(value);
    expect(out).toEqual({ problem: expect.stringContaining(where) });
  });

  it('keeps a __proto__ header as a header and pollutes nothing', () => {
    const value = JSON.parse(
      '{"request":{"method":"GET","url":"u","__proto__":{"polluted":1}},"response":{"status":500,"headers":[{"name":"__proto__","value":"x"}]}}',
    );
    const out = harEntryExchange(value);
    expect(out).toMatchObject({ headers: [['__proto__', 'x']] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
