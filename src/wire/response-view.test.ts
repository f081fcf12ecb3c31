import { describe, expect, it } from 'vitest';
import { createResponseView, readResponse } from './response-view.js';

describe('the response view', () => {
  it('parses JSON once, lazily, and only for object or array bodies', () => {
    const view = createResponseView({ status: 400, body: '{"a":1}' });
    expect(view.json()).toEqual({ a: 1 });
    expect(view.json()).toBe(view.json());
    expect(createResponseView({ status: 400, body: '"just a string"' }).json()).toBeUndefined();
    expect(createResponseView({ status: 400, body: '<html>' }).json()).toBeUndefined();
  });

  it('takes bytes, ArrayBuffers and already parsed values', () => {
    const bytes = new TextEncoder().encode('{"a":"ж"}');
    expect(createResponseView({ status: 400, body: bytes }).json()).toEqual({ a: 'ж' });
    expect(createResponseView({ status: 400, body: bytes.buffer as ArrayBuffer }).text).toBe(
      '{"a":"ж"}',
    );
    expect(createResponseView({ status: 400, body: { a: 1 } }).json()).toEqual({ a: 1 });
  });

  it('cuts a body at the cap without splitting a UTF-8 character, and says so', () => {
    const bytes = new TextEncoder().encode('жжжж');
    const view = createResponseView({ status: 400, body: bytes }, 5);
    expect(view.truncated).toBe(true);
    expect(view.text).toBe('жж');
    expect(view.invalidUtf8).toBe(false);
    expect(view.json()).toBeUndefined();
  });

  it('replaces bytes that are not UTF-8 and says so', () => {
    const view = createResponseView({
      status: 400,
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    expect(view.invalidUtf8).toBe(true);
    expect(view.text).toContain('\uFFFD');
  });

  it('refuses XML with a DOCTYPE instead of expanding it', () => {
    const view = createResponseView({
      status: 400,
      body: '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">]><r>&a;</r>',
    });
    expect(view.xml()).toBeUndefined();
    expect(view.xmlRefusal()).toBe('doctype');
  });

  it('leaves JSON over the budget and markup over 64 KiB unparsed, and says why', () => {
    const deep = createResponseView({
      status: 400,
      body: `${'['.repeat(5000)}${']'.repeat(5000)}`,
    });
    expect(deep.json()).toBeUndefined();
    expect(deep.jsonRefusal()).toBe('depth');
    const flat = createResponseView({ status: 400, body: '{"a":[1]}' });
    expect(flat.jsonRefusal()).toBeUndefined();
    const tags = (n: number) => `<response>${'<p>x</p>'.repeat(n)}</response>`;
    const big = createResponseView({ status: 400, body: tags(9000) });
    expect(big.xml()).toBeUndefined();
    expect(big.xmlRefusal()).toBe('too_large');
    expect(createResponseView({ status: 400, body: tags(8000) }).xml()).toBeDefined();
  });

  it('reads a fetch Response only up to the cap and cancels the rest', async () => {
    let pulled = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x61));
      },
      cancel() {
        cancelled = true;
      },
    });
    const view = await readResponse(new Response(stream, { status: 500 }), 256 * 1024);
    expect(view.truncated).toBe(true);
    expect(view.text.length).toBe(256 * 1024);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(10);
  });
});
