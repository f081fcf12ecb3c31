import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// README's "Add your own API", run as written: the YAML it shows is the
// example pack's, every `npx kodex` line runs against the built CLI
// (dist/cli/main.js) in a fresh folder holding the pack, and the library
// lines run against the source with that pack.

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = join(root, 'dist/cli/main.js');
const packFile = 'examples/packs/stripe.yaml';

function section(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('\n### Add your own API\n');
  const rest = readme.slice(start + 1);
  return rest.slice(0, rest.indexOf('\n### ', 5));
}

function blocks(lang: string): string[] {
  return [...section().matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map(
    (m) => m[1]!,
  );
}

/** The `npx kodex` lines of the sh block, continuation lines joined, comments dropped. */
function commands(): string[] {
  return blocks('sh')[0]!
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter(Boolean);
}

// The commands run in a folder of their own, the pack at the path the README names.
const work = mkdtempSync(join(tmpdir(), 'kodex-readme-pack-'));
cpSync(join(root, packFile), join(work, packFile));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill();
  rmSync(work, { recursive: true, force: true });
});

/** Runs a README line through a shell, `npx kodex` being the built CLI. */
function run(line: string) {
  const shell = line.replaceAll('npx kodex', `node ${JSON.stringify(bin)}`);
  return spawnSync('sh', ['-c', shell], { cwd: work, encoding: 'utf8', timeout: 30_000 });
}

/** Starts a README server line on a free port and gives its URL once it listens. */
async function serve(line: string): Promise<string> {
  const args = line
    .replace(/--port \d+/, '')
    .replace('npx kodex', '')
    .trim()
    .split(/\s+/);
  const child = spawn(process.execPath, [bin, ...args, '--port', '0'], { cwd: work });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

describe('README, "Add your own API"', () => {
  it('shows the example pack as it is', () => {
    const shown = parse(blocks('yaml')[0]!);
    const pack = parse(readFileSync(join(root, packFile), 'utf8'));
    expect(shown.id).toBe(pack.id);
    expect(shown.name).toBe(pack.name);
    expect(pack.hosts).toEqual(expect.arrayContaining(shown.hosts));
    expect(pack.limits[0]).toMatchObject({ kind: 'rate', limit: 100, intervalMs: 1000 });
    expect(shown.limits[0]).toMatchObject({
      limit: pack.limits[0].limit,
      intervalMs: pack.limits[0].intervalMs,
    });
    for (const entry of shown.entries)
      expect(pack.entries).toContainEqual(expect.objectContaining(entry));
    const { constants: _constants, ...dialect } = pack.dialect;
    expect(shown.dialect).toEqual(dialect);
  });

  it('has the six commands it describes', () => {
    expect(commands().map((c) => c.split(/\s+/)[2] ?? c.split(/\s+/)[0])).toHaveLength(6);
  });

  it('explains, decodes, searches and writes docs with the pack, as written', () => {
    const [explain, decode, search, docs] = commands();
    const explained = run(explain!);
    expect(explained.status).toBe(0);
    expect(explained.stdout).toContain('The card was declined');
    const decoded = run(decode!);
    expect(decoded.status).toBe(0);
    expect(decoded.stdout).toMatch(/Stripe card_declined/);
    expect(decoded.stdout).toContain('payment_required');
    expect(decoded.stdout).toContain('Your card was declined.');
    expect(run(search!).stdout).toContain('card_declined');
    expect(run(docs!).status).toBe(0);
    expect(readFileSync(join(work, 'stripe-docs/stripe.html'), 'utf8')).toContain('card_declined');
  });

  it('emulates the API and serves its reference, as written', async () => {
    const [, , , , mock, reference] = commands();
    const emulator = await serve(mock!);
    const declined = await fetch(`${emulator}/v1/charges`, {
      method: 'POST',
      headers: { 'x-kodex-error': 'card_declined' },
    });
    expect(declined.status).toBe(402);
    expect(await declined.json()).toMatchObject({
      error: { code: 'card_declined', message: 'The card was declined' },
    });
    const site = await serve(reference!);
    const page = await fetch(`${site}/`);
    expect(await page.text()).toContain('Stripe');
  }, 60_000);

  it('runs the library lines against the pack', async () => {
    const code = blocks('ts')[0]!
      .replace("from 'kodex';", `from ${JSON.stringify(join(root, 'src/index.js'))};`)
      .replace(
        "from 'kodex/client';",
        `from ${JSON.stringify(join(root, 'src/client/index.js'))};`,
      );
    const body = JSON.stringify({
      error: { type: 'card_error', code: 'card_declined', message: 'Declined' },
    });
    const prelude = [
      `import { parse } from 'yaml';`,
      `import { readFileSync } from 'node:fs';`,
      `const pack = parse(readFileSync(${JSON.stringify(join(root, packFile))}, 'utf8'));`,
      `const body = ${JSON.stringify(body)};`,
    ].join('\n');
    // The last expression statements, kept so the test can read them.
    const kept = code
      .replace(/^(kodex\.decode\(.*?)\?\.category;.*$/m, 'export const category = $1?.category;')
      .replace(/^const stripe = /m, 'export const stripe = ');
    const file = join(root, 'test', `.readme-pack-${process.pid}.ts`);
    writeFileSync(file, `${prelude}\n${kept}`);
    try {
      const module = await import(file);
      expect(module.category).toBe('payment_required');
      expect(module.stripe.provider).toBe('stripe');
    } finally {
      rmSync(file, { force: true });
    }
    expect(existsSync(file)).toBe(false);
  });
});
