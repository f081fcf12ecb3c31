import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIo, TERMINAL_ACTIVE } from '../../test/helpers/test-io.js';
import { runCli } from './program.js';

// What a hostile body or argument may carry: a title change (OSC), a colour
// (CSI), a C1 CSI, a right-to-left override, an isolate, a carriage return, DEL.
const HOSTILE = 'raw \u001b]0;title\u0007\u001b[31mRED\u009b2J\u202egnp.exe\u2066\r\u007f';
const SHOWN = 'raw \\x1b]0;title\\x07\\x1b[31mRED\\x9b2J\\u202egnp.exe\\u2066';

// picocolors' own sequences: the only escapes the CLI may write, and only in colour.
const OWN_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');

async function run(args: string[], stdin = '', color = false) {
  const captured = captureIo({ stdin, color });
  const code = await runCli(args, captured.io);
  return { code, out: captured.out(), err: captured.err() };
}

/** Runs in colour and without: nothing from outside acts on the terminal either way. */
async function shown(args: string[], stdin = '') {
  for (const color of [false, true]) {
    const { out, err } = await run(args, stdin, color);
    expect(`${out}${err}`.replace(OWN_COLOURS, '')).not.toMatch(TERMINAL_ACTIVE);
  }
  const { code, out, err } = await run(args, stdin);
  return { code, text: `${out}${err}` };
}

const bodies: [string, number, string][] = [
  ['a text body', 500, HOSTILE],
  [
    "a JSON message (Google's)",
    400,
    JSON.stringify({ error: { code: 400, message: HOSTILE, status: 'INVALID_ARGUMENT' } }),
  ],
  [
    "parameters (Avtocod's event.data)",
    402,
    JSON.stringify({
      state: 'fail',
      event: { code: 'B011', type: 'NoQuoteDay', message: HOSTILE, data: { [HOSTILE]: HOSTILE } },
    }),
  ],
  [
    "field issues (amoCRM's validation-errors)",
    400,
    JSON.stringify({
      'validation-errors': [
        { request_id: '0', errors: [{ code: HOSTILE, path: HOSTILE, detail: HOSTILE }] },
      ],
      title: 'Bad Request',
      status: 400,
      detail: HOSTILE,
    }),
  ],
  [
    "an unknown code (Avtocod's)",
    400,
    JSON.stringify({ state: 'fail', event: { code: HOSTILE, message: 'm' } }),
  ],
];

describe('text from outside on a terminal', () => {
  it.each(bodies)('kodex decode shows %s as escapes', async (_what, status, body) => {
    const { code, text } = await shown(['decode', '--status', String(status)], body);
    expect(code).toBe(0);
    expect(text).toContain(SHOWN);
  });

  it('kodex decode --json and --jsonl keep the text, escaped as JSON', async () => {
    const body = JSON.stringify({ error: { code: 400, message: HOSTILE } });
    const json = await run(['decode', '--status', '400', '--json'], body);
    expect(json.out).not.toMatch(TERMINAL_ACTIVE);
    expect(JSON.parse(json.out).detail).toBe(HOSTILE);
    const jsonl = await run(['decode', '--jsonl'], `${JSON.stringify({ status: 400, body })}\n`);
    expect(jsonl.out).not.toMatch(TERMINAL_ACTIVE);
    expect(JSON.parse(jsonl.out).detail).toBe(HOSTILE);
  });

  it.each([
    ['an unknown code', ['explain', 'avtocod', HOSTILE]],
    ['an unknown provider', ['list', '--provider', HOSTILE]],
    ['a search that finds nothing', ['search', 'qzxv\u001b]qzxv\u0007\u202e\u009b']],
    ['an unknown command', [HOSTILE]],
    ['an invalid option', ['decode', '--status', HOSTILE]],
    ['a missing file', ['decode', join(tmpdir(), HOSTILE)]],
  ])('error messages quote %s as escapes', async (_what, args) => {
    const { code, text } = await shown(args);
    expect(code).toBe(1);
    expect(text).toMatch(/\\x1b\]/);
  });

  /** `kodex docs --out DIR/<HOSTILE>` in a folder of its own, with `prepare` run on that path first. */
  async function docsInto(prepare: (out: string) => Promise<void>) {
    const dir = await mkdtemp(join(tmpdir(), 'kodex-hostile-'));
    try {
      const out = join(dir, HOSTILE);
      await prepare(out);
      return await shown(['docs', '--provider', 'mobizon', '--format', 'md', '--out', out]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('kodex docs names the files it wrote as escapes', async () => {
    const { code, text } = await docsInto(async () => {});
    expect(code).toBe(0);
    expect(text).toContain(`${SHOWN}\\x0d\\x7f/mobizon.md`);
  });

  it('kodex docs names a folder it cannot write as escapes', async () => {
    const { code, text } = await docsInto((out) => writeFile(out, 'x'));
    expect(code).toBe(1);
    expect(text).toContain(SHOWN);
    expect(text).toContain(': not a directory (ENOTDIR)');
  });
});
