import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode/decode.js';
import { PROVIDER_IDS } from '../src/model/providers.js';
import { registerPack } from '../src/packs/provider-set.js';
import { hostilePack, shopPack } from './helpers/test-packs.js';

// Hostile input gives a record (unknown at worst) or null, in bounded time
// and memory: never a throw, a hang, or a polluted prototype. Every provider
// is tried, the loaded packs too: an author's, and one written to be hostile
// (the most entries and patterns, the deepest pointers, the commonest keys).

registerPack(shopPack);
registerPack(hostilePack());
const providers = [undefined, ...PROVIDER_IDS, 'shop', 'hostile'] as const;
const SECOND = 1000;

function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

function decodeEverywhere(
  status: number,
  body: string | Uint8Array,
  headers?: Record<string, string>,
) {
  return providers.map((provider) => timed(() => decode({ status, headers, body }, { provider })));
}

describe('hostile input', () => {
  it('decodes garbage bytes to a plain HTTP record', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    for (const { value } of decodeEverywhere(502, bytes)) {
      expect(value).toMatchObject({ status: 502, category: expect.any(String) });
    }
  });

  it('cuts a body over the cap and says so, in bounded time', () => {
    const huge = `{"error":{"code":500,"message":"${'x'.repeat(8 * 1024 * 1024)}"}}`;
    for (const { value, ms } of decodeEverywhere(500, huge)) {
      expect(value?.warnings).toContain('body cut at the 1048576-byte cap');
      expect(ms).toBeLessThan(2 * SECOND);
    }
  });

  it('lets the cap be configured', () => {
    const record = decode({ status: 500, body: 'x'.repeat(100) }, { maxBodyBytes: 10 });
    expect(record?.warnings?.[0]).toMatch(/10-byte cap/);
    expect(record?.detail?.length).toBeLessThanOrEqual(10);
  });

  it('survives deeply nested JSON', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const deepObject = `${'{"error":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    for (const body of [deep, deepObject]) {
      for (const { value, ms } of decodeEverywhere(400, body)) {
        expect(value?.status).toBe(400);
        expect(ms).toBeLessThan(2 * SECOND);
      }
    }
  });

  it('does not let __proto__ or constructor keys pollute any prototype', () => {
    const bodies = [
      '{"__proto__":{"polluted":1},"error":{"__proto__":{"polluted":1},"errors":[{"__proto__":{"polluted":1},"reason":"x"}]}}',
      '{"state":"fail","event":{"code":"B011","data":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"day_quote":"2"}}}',
      '{"metadata":{"status":400},"errors":[{"code":"__proto__","fields":["__proto__"]}]}',
      '{"constructor":{"prototype":{"polluted":1}},"code":1,"data":{"__proto__":{"polluted":1}},"message":"x"}',
      '<response><metadata><status>400</status></metadata><errors><code>1</code><__proto__><polluted>1</polluted></__proto__></errors></response>',
    ];
    for (const body of bodies) {
      for (const { value } of decodeEverywhere(400, body)) {
        expect(value).not.toBeUndefined();
        if (value?.params) expect(Object.getPrototypeOf(value.params)).toBe(Object.prototype);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('decodes bodies aimed at a hostile pack in bounded time', () => {
    // Its 50 patterns on a 4 KiB message that almost matches each (V8 would take seconds per pattern).
    const almost = JSON.stringify({ error: [{ code: 'x', message: 'abcd'.repeat(1024) }] });
    // More errors and fields than are read (JSON's budget allows 10,000
    // containers), and members at every depth.
    const many = JSON.stringify({
      error: Array.from({ length: 2_000 }, (_, i) => ({
        code: `c${i + 50}`,
        fields: Array.from({ length: 1 }, () => ({ field: 'f', message: 'm' })),
      })),
    });
    let deep: unknown = { code: 'c60', message: 'deep', f: 'x' };
    for (let i = 30; i >= 0; i--) deep = { [`k${i}`]: deep };
    const nested = JSON.stringify({ error: [deep], ok: false });
    for (const body of [almost, many, nested]) {
      for (const { value, ms } of decodeEverywhere(400, body)) {
        expect(value?.status).toBe(400);
        expect(ms).toBeLessThan(2 * SECOND);
      }
    }
    const record = decode({ status: 400, body: many }, { provider: 'hostile' });
    expect(record?.others).toHaveLength(99);
    expect(decode({ status: 400, body: nested }, { provider: 'hostile' })).toMatchObject({
      code: 'c60',
      detail: 'deep',
      known: true,
    });
  });

  it('treats a body code named like a prototype member as an unknown code', () => {
    const record = decode(
      { status: 400, body: '{"error_code":"constructor","error_name":"X","message":"m"}' },
      { provider: 'radist' },
    );
    expect(record).toMatchObject({ code: 'constructor', known: false });
  });

  it('refuses XML entity bombs and external entities without expanding them', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`,
    ).join(
      '',
    )}]><response><metadata><status>400</status></metadata><errors><code>&lol9;</code></errors></response>`;
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><response><errors><code>&x;</code></errors></response>';
    for (const body of [bomb, xxe]) {
      for (const { value, ms } of decodeEverywhere(400, body, {
        'content-type': 'application/xml',
      })) {
        expect(value?.warnings).toContain('XML with a DOCTYPE or entities refused, not expanded');
        expect(JSON.stringify(value)).not.toContain('root:');
        expect(ms).toBeLessThan(SECOND);
      }
    }
  });

  it('survives deeply nested XML', () => {
    const deep = `<response>${'<a>'.repeat(100_000)}x${'</a>'.repeat(100_000)}</response>`;
    for (const { value, ms } of decodeEverywhere(400, deep, {
      'content-type': 'application/xml',
    })) {
      expect(value?.status).toBe(400);
      expect(ms).toBeLessThan(3 * SECOND);
    }
  });

  it('marks bodies that are not UTF-8', () => {
    const record = decode({
      status: 500,
      body: new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
    });
    expect(record?.warnings).toContain('body is not valid UTF-8');
  });

  it('decodes truncated JSON from the status', () => {
    for (const { value } of decodeEverywhere(
      429,
      '{"error":{"code":429,"status":"RESOURCE_EXHAU',
    )) {
      expect(value).toMatchObject({ status: 429, category: 'rate_limited', retryable: true });
    }
  });

  it('accepts odd statuses and missing headers', () => {
    expect(decode({ status: 0, body: '' })).toMatchObject({
      provider: 'http',
      code: '0',
      category: 'unknown',
    });
    expect(decode({ status: Number.NaN, body: 'x' })).toMatchObject({ code: '0' });
    expect(decode({ status: 999, body: '' })).toMatchObject({ code: '999', known: false });
  });

  it('keeps credentials out of the record', () => {
    const body =
      '{"error":{"code":401,"message":"Invalid api_key=SECRET123 for access_token: SECRET456","status":"UNAUTHENTICATED"}}';
    const record = decode({ status: 401, body, headers: { authorization: 'Bearer SECRET789' } });
    expect(JSON.stringify(record)).not.toMatch(/SECRET\d/);
  });

  it('answers an unknown provider option with a typed error, not a crash', () => {
    expect(() => decode({ status: 400, body: '' }, { provider: 'nope' })).toThrow(
      /Unknown provider/,
    );
  });
});
