import { describe, expect, it } from 'vitest';
import { methodOf, prepare } from './prepare.js';

const url = 'https://api.example.com/x';

describe('preparing a request', () => {
  it('takes the method from init, else from a Request, else GET', () => {
    expect(methodOf(url)).toBe('GET');
    expect(methodOf(url, { method: 'post' })).toBe('POST');
    expect(methodOf(new Request(url, { method: 'PUT', body: '{}' }))).toBe('PUT');
    expect(methodOf(new Request(url, { method: 'PUT', body: '{}' }), { method: 'patch' })).toBe(
      'PATCH',
    );
  });

  it('reads a Request’s body once, so it can be sent again', async () => {
    const request = await prepare(new Request(url, { method: 'POST', body: 'hello' }));
    expect(request).toMatchObject({ url, method: 'POST', once: false });
    expect(new TextDecoder().decode(request.body as ArrayBuffer)).toBe('hello');
  });

  it('marks a stream body as one that can be sent once only', async () => {
    const body = new ReadableStream({ start: (c) => c.close() });
    expect((await prepare(url, { method: 'POST', body })).once).toBe(true);
    expect((await prepare(url, { method: 'POST', body: '{}' })).once).toBe(false);
  });
});
