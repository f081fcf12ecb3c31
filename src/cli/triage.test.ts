import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo, TERMINAL_ACTIVE } from '../../test/helpers/test-io.js';
import { harOf, jsonlOf, logOf, morningTraffic } from '../../test/helpers/traffic.js';
import type { TriageReport } from '../triage/report.js';
import { runCli } from './program.js';

let dir: string;
const files = { har: '', jsonl: '', log: '' };
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kodex-triage-cli-'));
  const traffic = morningTraffic();
  files.har = join(dir, 'morning.har');
  files.jsonl = join(dir, 'morning.jsonl');
  files.log = join(dir, 'morning.log');
  await writeFile(files.har, harOf(traffic));
  await writeFile(files.jsonl, jsonlOf(traffic));
  await writeFile(files.log, logOf(traffic));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[], stdin?: string) {
  const captured = captureIo({ stdin });
  const exit = await runCli(args, captured.io);
  return { exit, out: captured.out(), err: captured.err() };
}

async function reportOf(args: string[], stdin?: string): Promise<TriageReport> {
  const result = await run([...args, '--format', 'json'], stdin);
  expect(result).toMatchObject({ exit: 0, err: '' });
  return JSON.parse(result.out);
}

/** What every reader must find in the morning's traffic. */
function essentials(report: TriageReport) {
  return {
    totals: report.totals,
    providers: report.providers,
    codes: report.codes.map((c) => [c.provider, c.code, c.count]),
    unknown: report.unknown.map((u) => [u.provider, u.code, u.examples[0]?.body]),
    notRetried: report.notRetried.map((n) => [n.provider, n.code, n.method, n.count]),
    stubs: report.stubs,
  };
}

describe('kodex triage', () => {
  it('finds the same errors in a HAR file, JSON lines and a request log', async () => {
    const har = await reportOf(['triage', files.har]);
    expect(har.totals).toMatchObject({ exchanges: 9, errors: 5, problems: 0 });
    expect(essentials(await reportOf(['triage', '--jsonl', files.jsonl]))).toEqual(essentials(har));
    expect(essentials(await reportOf(['triage', '--log', files.log]))).toEqual(essentials(har));
  });

  it('reads standard input when given - or no file', async () => {
    const har = await reportOf(['triage', files.har]);
    const text = await readFile(files.har, 'utf8');
    expect(await reportOf(['triage', '-'], text)).toEqual(har);
    expect(await reportOf(['triage'], text)).toEqual(har);
  });

  it('prints a text report of every section, quiet on stderr', async () => {
    const result = await run(['triage', files.har]);
    expect(result).toMatchObject({ exit: 0, err: '' });
    for (const title of [
      'Summary',
      'Errors by provider',
      'Codes',
      'Errors over time',
      'Unknown codes',
      'Retryable errors not retried',
      'Rate-limit answers',
      'Catalog stubs',
    ])
      expect(result.out).toContain(`${title}\n`);
    expect(result.out).toContain('9 exchanges from 2026-12-06 09:00:00Z to 2026-12-06 09:10:00Z');
    expect(result.out).toMatch(/amocrm\s+2\s+429 2\s+1 s\s+7 per 1 s per account; peak seen 1/);
  });

  it('writes Markdown and HTML reports to --out, making missing folders', async () => {
    const md = join(dir, 'reports', 'a', 'triage.md');
    const written = await run(['triage', files.har, '--format', 'md', '--out', md]);
    expect(written).toEqual({ exit: 0, out: `wrote ${md} (9 exchanges, 5 errors)\n`, err: '' });
    const markdown = await readFile(md, 'utf8');
    expect(markdown).toMatch(/^# Traffic triage\n/);
    expect(markdown).toContain('| avtocod | D299 | 1 |');

    const page = join(dir, 'reports', 'triage.html');
    expect((await run(['triage', files.har, '--format', 'html', '--out', page])).exit).toBe(0);
    const html = await readFile(page, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg class="chart"');
  });

  it('takes the retry window from --window', async () => {
    const wide = await reportOf(['triage', files.har, '--window', '600']);
    expect(wide.notRetried).toEqual([]);
    expect(wide.retryWindow).toEqual({ ms: 600_000, exchanges: 100 });
  });

  it('fails with one line on a missing file, and on --jsonl with --log', async () => {
    const missing = await run(['triage', join(dir, 'none.har')]);
    expect(missing).toMatchObject({ exit: 1, out: '' });
    expect(missing.err).toContain('none.har: no such file (ENOENT)');
    const both = await run(['triage', '--jsonl', '--log', files.log]);
    expect(both).toMatchObject({ exit: 2, out: '' });
  });

  it('exits 1 when nothing in the file could be read, and says why', async () => {
    const text = join(dir, 'not-a-har.har');
    await writeFile(text, 'hello');
    const result = await run(['triage', text, '--format', 'json']);
    expect(result.exit).toBe(1);
    expect(result.err).toContain('No exchange could be read: not a HAR file');
    expect(JSON.parse(result.out).problems).toEqual([
      { message: 'not a HAR file: no JSON object at the start', count: 1, at: [] },
    ]);
  });

  it('shows nothing a terminal acts on from the traffic in a text report', async () => {
    const hostile = join(dir, 'escape.log');
    await writeFile(
      hostile,
      `- GET https://b2b-api.avtocod.ru/x 422 ${JSON.stringify(JSON.stringify({ state: 'fail', event: { code: 'E\u001b]0;owned\u0007', message: '\u001b[2J\u202e' } }))}\n`,
    );
    const result = await run(['triage', '--log', hostile]);
    expect(result.exit).toBe(0);
    expect(result.out).toContain('Unknown codes');
    expect(result.out).not.toMatch(TERMINAL_ACTIVE);
  });
});
