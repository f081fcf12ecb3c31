import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program.js';
import type { TriageReport } from '../src/triage/report.js';
import { captureIo } from './helpers/test-io.js';
import { harOf, morningTraffic } from './helpers/traffic.js';

// kodex triage on traffic files built to break it: cut short anywhere,
// nested deep, with huge strings, `__proto__` keys, bytes that are not UTF-8.
// Each gives a report (the unreadable items counted) and pollutes nothing.

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kodex-triage-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function triage(content: string | Uint8Array, ...args: string[]) {
  const file = join(dir, `input-${Math.random().toString(36).slice(2)}`);
  await writeFile(file, content);
  const captured = captureIo();
  const exit = await runCli(['triage', file, '--format', 'json', ...args], captured.io);
  const out = captured.out();
  return { exit, err: captured.err(), report: (out ? JSON.parse(out) : undefined) as TriageReport };
}

const entry = (body: string, extra: Record<string, unknown> = {}) => ({
  startedDateTime: '2026-12-06T09:00:00Z',
  request: { method: 'GET', url: 'https://b2b-api.avtocod.ru/x' },
  response: { status: 422, headers: [], content: { text: body } },
  ...extra,
});
const har = (entries: unknown[]) => JSON.stringify({ log: { entries } });

describe('kodex triage on hostile traffic', () => {
  it('reports a HAR file cut short at any byte, counting what it read', async () => {
    const text = harOf(morningTraffic());
    for (let cut = 0; cut < text.length; cut += Math.ceil(text.length / 40)) {
      const { exit, report } = await triage(text.slice(0, cut));
      expect(report.totals.problems, `cut at ${cut}`).toBeGreaterThan(0);
      expect(report.totals.exchanges).toBeLessThanOrEqual(9);
      expect(exit).toBe(report.totals.exchanges === 0 ? 1 : 0);
    }
  });

  it('reads a 24 MB body only up to its budget, and quotes 2,000 characters of it', async () => {
    const body = JSON.stringify({
      state: 'fail',
      event: { code: 'Z1', message: 'x'.repeat(24 * 1024 * 1024) },
    });
    const { exit, report } = await triage(har([entry(body)]));
    expect(exit).toBe(0);
    expect(report.totals).toMatchObject({ exchanges: 1, errors: 1, problems: 0 });
    expect(report.unknown[0]!.examples[0]!.body.length).toBeLessThanOrEqual(2000);
  });

  it('skips an entry nested deeper than any HAR, and goes on', async () => {
    const deep = `{"log":{"entries":[{"a":${'['.repeat(200_000)}${']'.repeat(200_000)}},${JSON.stringify(entry('{}'))}]}}`;
    const { exit, report } = await triage(deep);
    expect(exit).toBe(0);
    expect(report.totals).toMatchObject({ exchanges: 1, problems: 1 });
  });

  it('counts thousands of bad items in bounded groups', async () => {
    const { report } = await triage(`{"log":{"entries":[${Array(20_000).fill('1').join(',')}]}}`);
    expect(report.totals.problems).toBe(20_000);
    expect(report.problems).toEqual([
      { message: 'entry is not an object; skipped', count: 20_000, at: [0, 1, 2] },
    ]);
  });

  it('pollutes no prototype with __proto__ keys in the HAR, its headers, JSON lines and codes', async () => {
    const hostile = `{"__proto__":{"polluted":1},"log":{"__proto__":{"polluted":1},"entries":[
      {"__proto__":{"polluted":1},"startedDateTime":"2026-12-06T09:00:00Z","request":{"method":"GET","url":"https://b2b-api.avtocod.ru/x","__proto__":{"polluted":1}},
       "response":{"status":422,"headers":[{"name":"__proto__","value":"{\\"polluted\\":1}"},{"name":"constructor","value":"x"}],
       "content":{"text":"{\\"state\\":\\"fail\\",\\"event\\":{\\"code\\":\\"__proto__\\",\\"message\\":\\"__proto__\\"}}"}}}]}}`;
    const { exit, report } = await triage(hostile);
    expect(exit).toBe(0);
    expect(report.codes.map((c) => c.code)).toEqual(['__proto__']);
    expect(report.stubs[0]!.entries[0]!.code).toBe('__proto__');

    const lines = [
      '{"status":500,"headers":{"__proto__":{"polluted":1}},"body":"","__proto__":{"polluted":1}}',
      '{"status":500,"body":"","provider":"__proto__"}',
      '{"status":500,"body":"","provider":"constructor"}',
    ].join('\n');
    const jsonl = await triage(lines, '--jsonl');
    expect(jsonl.report.totals).toMatchObject({ exchanges: 1, problems: 2 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reads bytes that are not UTF-8 as replacement characters', async () => {
    const bytes = new TextEncoder().encode(
      har([entry('{"state":"fail","event":{"code":"Z2","message":"XX"}}')]),
    );
    const at = new TextDecoder().decode(bytes).indexOf('XX');
    bytes[at] = 0xff;
    bytes[at + 1] = 0xc3;
    const { exit, report } = await triage(bytes);
    expect(exit).toBe(0);
    expect(report.unknown[0]!.examples[0]!.detail).toBe('\ufffd\ufffd');
  });
});
