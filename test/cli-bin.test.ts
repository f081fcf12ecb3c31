import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

// The real binary, as a user runs it after `npm install` (npm test builds first).
const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const run = promisify(execFile);

async function kodex(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('dist/cli/main.js is missing: run `npm run build` first');
});

describe('the kodex binary', () => {
  it('runs as a program of its own, as `npx kodex` runs it', async () => {
    const { stdout } = await run(bin, ['--help']);
    expect(stdout).toContain('Usage: kodex');
  });

  it('answers `npx kodex` in the repo', async () => {
    const { stdout } = await run(
      'npx',
      ['--no-install', 'kodex', 'explain', 'mobizon', '30', '--json'],
      {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
      },
    );
    expect(JSON.parse(stdout)).toMatchObject({
      provider: 'mobizon',
      code: '30',
      category: 'rate_limited',
    });
    // npx resolves the bin through npm itself: seconds on a loaded machine.
  }, 60_000);

  it('explains avtocod B011 without colour when piped, even under CI=true', async () => {
    const { code, stdout } = await kodex(['explain', 'avtocod', 'B011'], { CI: 'true' });
    expect(code).toBe(0);
    expect(stdout).toContain('HTTP 402');
    expect(stdout).toContain('Переполнение дневной квоты');
    expect(stdout).not.toContain('\u001b[');
  });

  it('lists every seed code as JSON that another program can read', async () => {
    const { code, stdout } = await kodex(['list', '--json']);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as { provider: string; title: { ru: string; en: string } }[];
    expect(entries.length).toBeGreaterThanOrEqual(500);
    expect(entries.every((e) => e.title.ru && e.title.en)).toBe(true);
  });

  it('exits 1 on an unknown code, naming the nearest codes on stderr', async () => {
    const { code, stderr } = await kodex(['explain', 'mobizon', '31']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Nearest codes:[\s\S]*\b30\b/);
  });

  it('prints usage on a missing argument and exits non-zero', async () => {
    const { code, stderr } = await kodex(['explain', 'avtocod']);
    expect(code).not.toBe(0);
    expect(stderr).toContain("missing required argument 'code'");
  });

  it('shows the catalog summary', async () => {
    const { code, stdout } = await kodex(['summary']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\d{3} entries in 9 catalogs/);
    expect(stdout).toContain('1200');
  });
});

/** Starts a long-running command, resolves with its first stdout line, and stops it with SIGTERM. */
async function firstLineThenStop(args: string[]): Promise<{ line: string; code: number | null }> {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code} before printing a line`)));
  });
  const code = await new Promise<number | null>((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (exitCode) => resolve(exitCode));
    child.kill('SIGTERM');
  });
  return { line, code };
}

describe('the kodex servers', () => {
  it.each([
    ['mock', ['mock', 'amocrm', '--port', '0', '--rate', '7/s']],
    ['serve', ['serve', '--port', '0']],
  ])(
    '%s prints where it listens, on loopback, and stops cleanly on SIGTERM',
    async (_name, args) => {
      const { line, code } = await firstLineThenStop(args);
      expect(line).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
      expect(code).toBe(0);
    },
  );
});
