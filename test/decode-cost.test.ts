import { describe, expect, it } from 'vitest';
import { flatJson, largeBodies, markupAtCap } from '../bench/large-bodies.mjs';
import { decode } from '../src/decode/decode.js';
import type { RawResponse } from '../src/wire/response-view.js';

// Issue 10: decoding costs time bounded and linear in the body, whatever it
// holds. Timings are ratios to JSON.parse of a flat 1 MiB JSON object,
// measured in the same rounds (interleaved, medians), so that a loaded
// machine slows both alike. bench:decode prints the same figures; the bounds
// here are looser than its target (3×) for noisy CI machines.

const MiB = 1024 * 1024;
// The worst kind is the flat JSON itself, ~1.1×; the XML parser, when it took
// every body, cost 6–12×.
const LIMIT = 5;
const unparsed = /not parsed|refused/;

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median milliseconds of each task, over interleaved rounds, after the first `warm` tasks ran once. */
function timeRounds(
  tasks: [string, () => unknown][],
  rounds: number,
  warm = tasks.length,
): Map<string, number> {
  const samples = new Map(tasks.map(([name]) => [name, [] as number[]]));
  for (const [, fn] of tasks.slice(0, warm)) fn();
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of round % 2 ? [...tasks].reverse() : tasks) {
      const started = performance.now();
      fn();
      samples.get(name)!.push(performance.now() - started);
    }
  }
  return new Map([...samples].map(([name, xs]) => [name, median(xs)]));
}

const flat = flatJson(MiB);
const oneMiB = largeBodies(MiB);
const atCap = markupAtCap();
const decodeTask = (kind: string, response: RawResponse, maxBodyBytes?: number) =>
  [kind, () => decode(response, { maxBodyBytes })] as [string, () => unknown];

describe('decoding cost', () => {
  it(`decodes a body of any kind within ${LIMIT}× JSON.parse of a flat 1 MiB object`, () => {
    const bodies = [...oneMiB, ...atCap];
    const times = timeRounds(
      [
        ['JSON.parse', () => JSON.parse(flat)],
        ...bodies.map(({ kind, response }) => decodeTask(kind, response)),
      ],
      5,
    );
    const parse = times.get('JSON.parse')!;
    const ratios = Object.fromEntries(bodies.map(({ kind }) => [kind, times.get(kind)! / parse]));
    for (const [kind, ratio] of Object.entries(ratios)) {
      expect(ratio, `${kind}: ${JSON.stringify(ratios)}`).toBeLessThanOrEqual(LIMIT);
    }
  }, 120_000);

  it('costs time linear in the body: 4 MiB at most 8× 1 MiB, with the cap raised', () => {
    const one = oneMiB;
    const four = largeBodies(4 * MiB);
    const times = timeRounds(
      [
        ['JSON.parse', () => JSON.parse(flat)],
        ...one.map(({ kind, response }) => decodeTask(kind, response, Number.POSITIVE_INFINITY)),
        ...four.map(({ kind, response }) =>
          decodeTask(`${kind} ×4`, response, Number.POSITIVE_INFINITY),
        ),
      ],
      // Five rounds: a median of three was decided by one collector pause
      // in a 4 MiB parse (JSON long array at 8.6× once, 5.8× in bench:decode).
      5,
      // The 4 MiB bodies take the paths the 1 MiB ones warmed.
      1 + one.length,
    );
    // Below a twentieth of a JSON.parse, timer and collector noise would decide.
    const floor = times.get('JSON.parse')! / 20;
    // JSON.parse itself takes ~5× as long for the flat object 4× the size.
    for (const { kind } of one) {
      const growth = times.get(`${kind} ×4`)! / Math.max(floor, times.get(kind)!);
      expect(growth, kind).toBeLessThanOrEqual(8);
    }
  }, 120_000);

  it('reads a body past the parse limits as text, says so, and costs a fraction of a parse', () => {
    const parseStart = performance.now();
    JSON.parse(flat);
    const parse = performance.now() - parseStart;
    const expected: Record<string, RegExp> = {
      'JSON nested arrays': /JSON nested deeper than 1000 levels not parsed/,
      'JSON nested objects': /JSON nested deeper than 1000 levels not parsed/,
      'JSON small arrays': /JSON of more than 10000 objects and arrays not parsed/,
      'XML many tags': /markup over 65536 characters not parsed/,
      'XML distinct tags': /markup over 65536 characters not parsed/,
      'XML deep': /markup over 65536 characters not parsed/,
      'HTML page': /markup over 65536 characters not parsed/,
      'HTML page, no DOCTYPE': /markup over 65536 characters not parsed/,
    };
    for (const { kind, response } of oneMiB) {
      const started = performance.now();
      const record = decode(response);
      const ms = performance.now() - started;
      const warning = (record?.warnings ?? []).find((w) => unparsed.test(w));
      if (!(kind in expected)) {
        expect(warning, kind).toBeUndefined();
        continue;
      }
      expect(warning, kind).toMatch(expected[kind]!);
      expect(record, kind).toMatchObject({ status: response.status, known: expect.any(Boolean) });
      // Unparsed: a scan of the text, not a parse.
      expect(ms, kind).toBeLessThan(Math.max(parse / 4, 20));
    }
  }, 120_000);

  it('keeps every record of a deeply nested body printable as JSON', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const body = `{"metadata":{"status":400},"errors":[{"code":"1","fields":["a"],"validValues":[${deep}]}]}`;
    const record = decode({ status: 400, body }, { provider: 'dellin' });
    expect(() => JSON.stringify(record)).not.toThrow();
    expect(record?.warnings).toContain('JSON nested deeper than 1000 levels not parsed');
  });
});
