import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

// The real binary, as a user runs it after `npm install` (npm test builds first).
const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const run = promisify(execFile);

/** Runs the binary to its end, killed after 15 s (`signal` then says so). */
async function kodex(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '', ...env },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 15_000,
    });
    return { code: 0, stdout, stderr, signal: null };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string; signal: string | null };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, signal: e.signal };
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

  it('shows a hostile body as escapes: no title change, no colour of its own', () => {
    const { status, stdout } = spawnSync(process.execPath, [bin, 'decode', '--status', '500'], {
      input: 'raw \u001b]0;title\u0007\u001b[31mRED',
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '1' },
      timeout: 15_000,
    });
    expect(status).toBe(0);
    expect(stdout).toContain('raw \\x1b]0;title\\x07\\x1b[31mRED');
    expect(stdout).not.toContain('\u001b]');
    expect(stdout).not.toContain('\u001b[31mRED');
  });

  it('shows the catalog summary', async () => {
    const { code, stdout } = await kodex(['summary']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\d{3} entries in 9 catalogs/);
    expect(stdout).toContain('1200');
  });
});

describe('kodex docs --out where it cannot write', () => {
  const writeDocs = (out: string) =>
    kodex(['docs', '--provider', 'avtocod', '--format', 'md', '--out', out]);

  it.each([
    ['/proc/kodex-nope', /^Cannot write \/proc\/kodex-nope: cannot be created there \(ENOENT\)\n$/],
    [
      '/proc/kodex-nope/a/b',
      /^Cannot write \/proc\/kodex-nope\/a\/b: \/proc\/kodex-nope: cannot be created there/,
    ],
  ])('ends at once with one line for %s, a folder procfs cannot hold', async (out, line) => {
    if (!existsSync('/proc/self')) return; // procfs is Linux's
    const { code, stderr, signal } = await writeDocs(out);
    expect(signal).toBeNull();
    expect(code).toBe(1);
    expect(stderr).toMatch(line);
  });

  it('says a file is not a directory, with no stack', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kodex-bin-'));
    try {
      const file = join(dir, 'file');
      await writeFile(file, 'x');
      for (const out of [file, join(file, 'sub')]) {
        const { code, stderr, stdout } = await writeDocs(out);
        expect(code).toBe(1);
        expect(stderr).toBe(`Cannot write ${out}: not a directory (ENOTDIR)\n`);
        expect(stdout).toBe('');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says permission is denied', async () => {
    // Root may write anywhere but sysfs: a read-only folder for others, sysfs for root.
    let out = '/sys/kodex-nope';
    const dir = await mkdtemp(join(tmpdir(), 'kodex-bin-'));
    try {
      if (process.getuid?.() !== 0) {
        await chmod(dir, 0o500);
        out = join(dir, 'docs');
      } else if (!existsSync('/sys/kernel')) return;
      const { code, stderr } = await writeDocs(out);
      expect(code).toBe(1);
      expect(stderr).toMatch(
        new RegExp(`^Cannot write ${out}: permission denied \\(E(ACCES|PERM)\\)\\n$`),
      );
    } finally {
      await chmod(dir, 0o700);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Runs the binary with a standard output whose reader goes away: at once, or
 * after the first chunk; resolves with the exit code and stderr.
 */
async function withReaderGone(args: string[], when: 'at once' | 'after a chunk', stdin = '') {
  const child = spawn(process.execPath, [bin, ...args], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  if (when === 'at once') child.stdout.destroy();
  else child.stdout.once('data', () => child.stdout.destroy());
  child.stdin.on('error', () => {}); // it may stop reading when its output is gone
  child.stdin.end(stdin);
  const code = await new Promise<number | string | null>((resolve) =>
    child.on('close', (exitCode, signal) => resolve(exitCode ?? signal)),
  );
  return { code, stderr };
}

describe('kodex with a reader that stops reading (kodex list | head -1)', () => {
  const line = JSON.stringify({
    status: 429,
    headers: { 'retry-after': '3' },
    body: '{"error":{"code":429,"message":"slow down","status":"RESOURCE_EXHAUSTED"}}',
  });
  const lines = `${line}\n`.repeat(20_000);

  it.each([
    ['list', ['list'], ''],
    ['summary', ['summary'], ''],
    // Every hit, so that no note on how many were left out joins stderr.
    ['search', ['search', 'rate', 'limit', '--limit', '1000'], ''],
    ['explain --json', ['explain', 'avtocod', 'B011', '--json'], ''],
    ['decode --jsonl of 20 000 lines', ['decode', '--jsonl'], lines],
  ])('kodex %s ends quietly with code 0', async (_name, args, stdin) => {
    for (const when of ['at once', 'after a chunk'] as const) {
      const { code, stderr } = await withReaderGone(args, when, stdin);
      expect({ when, code, stderr }).toEqual({ when, code: 0, stderr: '' });
    }
  });
});

/**
 * Starts a long-running command, resolves with its first stdout line, and
 * stops it with SIGTERM (after `use` is done with the running command).
 */
async function firstLineThenStop(
  args: string[],
  use?: (url: string) => Promise<void>,
): Promise<{ line: string; code: number | null }> {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code} before printing a line`)));
  });
  await use?.(line.replace('listening on ', ''));
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

describe('the kodex binary with a provider pack', () => {
  const packs = fileURLToPath(new URL('fixtures/packs/', import.meta.url));
  const shop = join(packs, 'shop.yaml');

  it('explains a pack code, and stops with exit 2 on a bad pack, naming the file and the pointer', async () => {
    const explained = await kodex(['explain', 'shop', 'card_declined', '--json', '--pack', shop]);
    expect(explained.code).toBe(0);
    expect(JSON.parse(explained.stdout)).toMatchObject({ provider: 'shop', status: 402 });
    const bad = join(packs, 'bad', 'shop-bad.yaml');
    const refused = await kodex(['list', '--pack', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${bad} is not a valid kodex pack`);
    expect(refused.stderr).toContain('/entries/0/status');
  });

  it('runs a pack provider’s emulator: its dialect, its errors on demand, its documented rate limit', async () => {
    await firstLineThenStop(
      ['mock', 'shop', '--port', '0', '--lang', 'en', '--pack', shop],
      async (url) => {
        const declined = await fetch(`${url}/v1/charges`, {
          headers: { 'x-kodex-error': 'card_declined' },
        });
        expect(declined.status).toBe(402);
        expect(await declined.json()).toEqual({
          error: { code: 'card_declined', message: 'The card was declined', type: 'shop_error' },
        });
        // The pack documents 5 requests a second; the first went above.
        const statuses: number[] = [];
        for (let i = 0; i < 5; i++) statuses.push((await fetch(`${url}/v1/charges`)).status);
        expect(statuses).toEqual([200, 200, 200, 200, 429]);
      },
    );
  });

  it('serves a pack provider’s page', async () => {
    await firstLineThenStop(['serve', '--port', '0', '--pack', packs], async (url) => {
      const page = await fetch(`${url}/providers/shop`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('id="code-card_declined"');
    });
  });
});
