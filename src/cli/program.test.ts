import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureIo } from '../../test/helpers/test-io.js';
import { runCli } from './program.js';

async function run(args: string[], opts: { color?: boolean } = {}) {
  const captured = captureIo({ color: opts.color });
  const io = captured.io;
  const code = await runCli(args, io);
  return { code, out: captured.out(), err: captured.err() };
}

describe('kodex explain', () => {
  it('shows Avtocod B011 with both titles, HTTP 402, its category and the template parameters', async () => {
    const { code, out } = await run(['explain', 'avtocod', 'B011']);
    expect(code).toBe(0);
    expect(out).toContain('Переполнение дневной квоты');
    expect(out).toMatch(/quota/i);
    expect(out).toContain('HTTP 402');
    expect(out).toContain('quota_exceeded');
    expect(out).toContain('{day_quote}');
    expect(out).toContain('{report_type}');
  });

  it('says when a code has no meaning in the section or status asked for, and lists those it has', async () => {
    const { code, out, err } = await run(['explain', 'amocrm', '244', '--section', 'nope']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('amoCRM 244 has no section "nope"; its sections: ');
    for (const section of ['events', 'tasks', 'catalogs', 'catalog-elements'])
      expect(err).toContain(section);
    const status = await run(['explain', 'avtocod', 'B011', '--status', '404', '--json']);
    expect(status.code).toBe(1);
    expect(JSON.parse(status.out)).toEqual({
      error: 'Avtocod B011 has no status "404"; its statuses: 402.',
      statuses: ['402'],
    });
    const met = await run(['explain', 'amocrm', '244', '--section', 'tasks']);
    expect(met.code).toBe(0);
  });

  it('prints one entry as JSON with --json', async () => {
    const { code, out } = await run(['explain', 'amocrm', '110', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      provider: 'amocrm',
      code: '110',
      status: 401,
      category: 'unauthenticated',
    });
  });

  it('speaks one language with --lang', async () => {
    const en = await run(['explain', 'avtocod', 'B011', '--lang', 'en']);
    expect(en.out).not.toContain('Переполнение');
    const ru = await run(['explain', 'avtocod', 'B011', '--lang', 'ru']);
    expect(ru.out).toContain('Переполнение');
  });

  it('lists the other meanings of a code with several', async () => {
    const { out } = await run(['explain', 'amocrm', '244']);
    expect(out).toContain('Other meanings');
    expect(out).toContain('244.tasks');
  });

  it('exits 1 with the nearest codes for an unknown code', async () => {
    const { code, err } = await run(['explain', 'avtocod', 'B019']);
    expect(code).toBe(1);
    expect(err).toContain('Unknown');
    expect(err).toContain('B011');
  });

  it('exits 1 with the nearest providers for an unknown provider, also in JSON', async () => {
    const { code, err } = await run(['explain', 'amocmr', '110']);
    expect(code).toBe(1);
    expect(err).toContain('amocrm');
    const json = await run(['explain', 'amocmr', '110', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).suggestions).toContain('amocrm');
  });

  it('uses no colour codes unless asked', async () => {
    const plain = await run(['explain', 'avtocod', 'B011']);
    expect(plain.out).not.toContain('\u001b[');
    const coloured = await run(['explain', 'avtocod', 'B011'], { color: true });
    expect(coloured.out).toContain('\u001b[');
  });
});

describe('kodex list', () => {
  it('prints every entry as JSON with the contract fields', async () => {
    const { code, out } = await run(['list', '--json']);
    expect(code).toBe(0);
    const entries = JSON.parse(out) as Record<string, unknown>[];
    expect(entries.length).toBeGreaterThanOrEqual(500);
    for (const key of ['provider', 'code', 'name', 'status', 'category', 'retryable', 'title']) {
      expect(entries.every((e) => key in e)).toBe(true);
    }
  });

  it('filters by provider and prints a table', async () => {
    const { code, out } = await run(['list', '--provider', 'mobizon']);
    expect(code).toBe(0);
    expect(out).toMatch(/^provider\s+code\s+http/);
    expect(out).toContain('20 entries');
  });

  it('rejects an unknown category with the list of categories', async () => {
    const { code, err } = await run(['list', '--category', 'nope']);
    expect(code).not.toBe(0);
    expect(err).toContain('rate_limited');
  });
});

describe('kodex list --category', () => {
  it('suggests the category meant by a near miss', async () => {
    const { code, err } = await run(['list', '--category', 'rate_limit']);
    expect(code).not.toBe(0);
    expect(err).toContain('did you mean rate_limited?');
    const far = await run(['list', '--category', 'zzzzzzzzzzzzzzzzzzzzzzzz']);
    expect(far.err).not.toContain('did you mean');
    expect(far.err).toContain('Categories: invalid_request');
  });
});

describe('kodex search', () => {
  it('ranks quota codes for «квота»', async () => {
    const { code, out } = await run(['search', 'квота', '--json']);
    expect(code).toBe(0);
    const hits = JSON.parse(out) as { category: string; provider: string }[];
    expect(hits[0]?.category).toBe('quota_exceeded');
  });

  it('joins several words into one query', async () => {
    const { code, out } = await run(['search', 'rate', 'limit']);
    expect(code).toBe(0);
    expect(out).toContain('rate_limited');
  });

  it('exits 1 when nothing is found, with --json too', async () => {
    const { code } = await run(['search', 'qqqqqqqqqqqqqqq']);
    expect(code).toBe(1);
    const json = await run(['search', 'qqqqqqqqqqqqqqq', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toEqual([]);
  });

  it('says how many hits it left out, and how to see them', async () => {
    const { code, out, err } = await run(['search', 'rate', 'limit', '--limit', '3']);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1 + 3); // the header and three hits
    const [, shown, total] =
      /^(\d+) of (\d+) hits shown; --limit (\d+) shows them all\n$/.exec(err) ?? [];
    expect(Number(shown)).toBe(3);
    expect(Number(total)).toBeGreaterThan(3);
    const quiet = await run(['search', 'B011', '--limit', '50']);
    expect(quiet.err).toBe('');
  });
});

describe('kodex --version', () => {
  it("prints the package's version", async () => {
    const { version } = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    for (const flag of ['--version', '-V']) {
      const { code, out } = await run([flag]);
      expect(code).toBe(0);
      expect(out).toBe(`${version}\n`);
    }
  });
});

describe('kodex --help', () => {
  it.each(['explain', 'list', 'search', 'summary'])('has help for %s', async (command) => {
    const { code, out } = await run([command, '--help']);
    expect(code).toBe(0);
    expect(out).toContain(`Usage: kodex ${command}`);
  });
});
