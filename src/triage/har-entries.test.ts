import { describe, expect, it } from 'vitest';
import { createHarSplitter, type HarSplitterOptions } from './har-entries.js';

const encoder = new TextEncoder();

/** Splits a HAR text fed in chunks of `size` bytes; what came out. */
function split(text: string | Uint8Array, size = 7, options: Partial<HarSplitterOptions> = {}) {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  const entries: { json: string; index: number; cut: boolean }[] = [];
  const problems: { message: string; index?: number }[] = [];
  const splitter = createHarSplitter({
    onEntry: (json, index, cut) => entries.push({ json, index, cut }),
    onProblem: (message, index) => problems.push({ message, index }),
    ...options,
  });
  for (let at = 0; at < bytes.length; at += size) splitter.push(bytes.subarray(at, at + size));
  splitter.end();
  return { entries, problems, values: entries.map((e) => JSON.parse(e.json) as unknown) };
}

const har = (entries: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    log: { version: '1.2', pages: [{ entries: ['not these'] }], ...extra, entries },
  });

describe('createHarSplitter', () => {
  const entries = [
    {
      request: { url: 'https://x/"}]{[' },
      response: { status: 429, content: { text: '{"a":[1,{"b":"\\"}"}]}' } },
    },
    { request: { url: 'https://x/é—😀' }, nested: [[[{}]]], n: -1.5e3, t: true, z: null },
  ];

  it.each([1, 2, 3, 7, 64, 100_000])(
    'gives the items of log.entries, whole, in chunks of %i bytes',
    (size) => {
      const out = split(har(entries), size);
      expect(out.problems).toEqual([]);
      expect(out.values).toEqual(entries);
      expect(out.entries.map((e) => [e.index, e.cut])).toEqual([
        [0, false],
        [1, false],
      ]);
    },
  );

  it('reads log.entries only: not a pages[].entries, nor an entries member elsewhere', () => {
    const text = JSON.stringify({
      entries: [{ a: 1 }],
      log: { creator: { entries: [{ b: 2 }] }, entries: [{ c: 3 }] },
    });
    expect(split(text).values).toEqual([{ c: 3 }]);
  });

  it('skips a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(har([{ a: 1 }]))]);
    expect(split(bytes, 2).values).toEqual([{ a: 1 }]);
  });

  it('cuts a long string between characters: never inside an escape or a UTF-8 sequence', () => {
    // Each kind of character at every position around the cut.
    const alphabet = ['a', 'é', '😀', '\\"', '\\u00e9', '\\n', '\\\\', 'y'.repeat(70)];
    for (const [budget, chunk, shift] of [16, 100].flatMap((b) =>
      [5, 4096].flatMap((c) => Array.from({ length: 12 }, (_, s) => [b, c, s] as const)),
    )) {
      const raw = `${'x'.repeat(shift)}${alphabet.join('').repeat(10)}`;
      const text = `{"log":{"entries":[{"body":"${raw}","after":1}]}}`;
      const out = split(text, chunk, { maxStringBytes: budget });
      expect(out.problems, `shift ${shift}`).toEqual([]);
      const body = (out.values[0] as { body: string; after: number }).body;
      const whole = JSON.parse(`"${raw}"`) as string;
      expect(whole.startsWith(body), `shift ${shift}`).toBe(true);
      expect(body.length).toBeLessThan(whole.length);
      expect(out.values[0]).toMatchObject({ after: 1 });
      expect(out.entries[0]!.cut).toBe(true);
    }
  });

  it('keeps strings up to the budget whole', () => {
    const out = split(har([{ body: 'y'.repeat(16) }]), 3, { maxStringBytes: 16 });
    expect(out.values).toEqual([{ body: 'y'.repeat(16) }]);
    expect(out.entries[0]!.cut).toBe(false);
  });

  it('skips an item over the size bound and goes on with the next', () => {
    const big = { keys: Array.from({ length: 200 }, (_, i) => i) };
    const out = split(har([big, { small: 1 }]), 9, { maxEntryBytes: 100 });
    expect(out.values).toEqual([{ small: 1 }]);
    expect(out.entries[0]!.index).toBe(1);
    expect(out.problems).toEqual([{ message: expect.stringContaining('skipped'), index: 0 }]);
  });

  it('reports items that are not objects, and goes on', () => {
    const out = split('{"log":{"entries":[1, "two", {"three":3}, null]}}');
    expect(out.values).toEqual([{ three: 3 }]);
    expect(out.entries[0]!.index).toBe(2);
    expect(out.problems.map((p) => p.index)).toEqual([0, 1, 3]);
  });

  it.each([
    ['', 'no JSON object'],
    ['[1,2]', 'no JSON object'],
    ['{"log":{"version":"1.2"}}', 'no log.entries'],
    ['{"log":{"entries":{}}}', 'no log.entries'],
    ['<html>', 'no JSON object'],
  ])('says %j is not a HAR file', (text, message) => {
    const out = split(text);
    expect(out.values).toEqual([]);
    expect(out.problems).toEqual([{ message: expect.stringContaining(message), index: undefined }]);
  });

  it('reports a file cut short, inside an entry and after the last', () => {
    const text = har([{ a: 1 }, { b: 'two' }]);
    const inside = split(text.slice(0, text.indexOf('two')));
    expect(inside.values).toEqual([{ a: 1 }]);
    expect(inside.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('ends inside this entry'),
      expect.stringContaining('ends before the HAR is closed'),
    ]);
    const after = split(text.slice(0, -2));
    expect(after.values).toEqual([{ a: 1 }, { b: 'two' }]);
    expect(after.problems.map((p) => p.message)).toEqual([expect.stringContaining('cut short')]);
  });
});
