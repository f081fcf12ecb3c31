import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIo } from '../../test/helpers/test-io.js';
import { runCli } from './program.js';

async function kodex(...args: string[]) {
  const { io, out, err } = captureIo();
  const code = await runCli(args, io);
  return { code, out: out(), err: err() };
}

/** The candidates `kodex __complete` prints for the words after `kodex`. */
async function complete(...words: string[]): Promise<string[]> {
  const { code, out } = await kodex('__complete', '--', ...words);
  expect(code).toBe(0);
  return out.split('\n').filter(Boolean);
}

describe('kodex __complete', () => {
  it('offers the commands, and not itself', async () => {
    const commands = await complete('');
    expect(commands).toEqual(expect.arrayContaining(['explain', 'decode', 'mock', 'completion']));
    expect(commands).not.toContain('__complete');
    expect(await complete('se')).toEqual(['search', 'serve']);
  });

  it('offers providers, then the codes of the provider given', async () => {
    expect(await complete('explain', 'avt')).toEqual(['avtocod']);
    const codes = await complete('explain', 'avtocod', 'B01');
    expect(codes).toContain('B011');
    expect(codes.every((code) => code.startsWith('B01'))).toBe(true);
    expect(await complete('explain', 'nosuch', '')).toEqual([]);
    expect(await complete('mock', 'uni')).toEqual(['unisender']);
  });

  it("offers a command's options and the values an option takes", async () => {
    expect(await complete('list', '--c')).toEqual(['--category']);
    expect(await complete('list', '--category', 'rate')).toEqual(['rate_limited']);
    expect(await complete('decode', '--provider', 'go')).toEqual(['google']);
    expect(await complete('explain', 'google', 'x', '--lang', '')).toEqual(['ru', 'en']);
    expect(await complete('docs', '--format', '')).toEqual(['md', 'html', 'openapi']);
    expect(await complete('triage', '--format', '')).toEqual(['text', 'json', 'md', 'html']);
    expect(await complete('completion', '')).toEqual(['bash', 'zsh', 'fish']);
    // An option's value is not taken for a positional argument.
    expect(await complete('explain', '--lang', 'ru', 'mob')).toEqual(['mobizon']);
  });

  it('offers nothing where the shell should complete file names', async () => {
    expect(await complete('decode', '')).toEqual([]);
    expect(await complete('nosuch', '')).toEqual([]);
  });
});

describe('kodex completion', () => {
  it('prints a script for each shell that asks kodex __complete', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const { code, out } = await kodex('completion', shell);
      expect(code).toBe(0);
      expect(out).toContain('kodex __complete --');
    }
    const { code, err } = await kodex('completion', 'tcsh');
    expect(code).not.toBe(0);
    expect(err).toContain('bash, zsh, fish');
  });

  // The bash script, loaded into a real bash that calls the built binary, as
  // `source <(kodex completion bash)` in ~/.bashrc does.
  const bin = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'kodex-completion-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.runIf(existsSync(bin))('completes in bash', () => {
    const shim = join(dir, 'kodex');
    writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
    chmodSync(shim, 0o755);
    const compreply = (line: string) =>
      execFileSync(
        'bash',
        [
          '-c',
          `source <(kodex completion bash); COMP_WORDS=(${line}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _kodex; printf '%s\\n' "\${COMPREPLY[@]}"`,
        ],
        { env: { ...process.env, PATH: `${dir}:${process.env.PATH}` }, encoding: 'utf8' },
      )
        .split('\n')
        .filter(Boolean);
    expect(compreply('kodex explain avtocod B01')).toContain('B011');
    expect(compreply('kodex li')).toEqual(['list']);
    expect(compreply("kodex list --category ''")).toContain('not_found');
  });
});
