import { describe, expect, it } from 'vitest';
import { bareWebServer } from '../../test/helpers/bare-web.js';
import { list } from '../lookup/index.js';

// The server-rendered pages, asked in-process (no bundle: what every reader gets).
const server = bareWebServer();

async function page(path: string): Promise<string> {
  return (await fetch(server.current.url + path)).text();
}

describe('counts on the pages', () => {
  it('agree with their number in Russian and English', async () => {
    const ru = await page('/?lang=ru');
    expect(ru).not.toMatch(/\b(1|21|41|72) кодов/);
    expect(ru).toMatch(/\d+ код(а|ов)?</);
    expect(await page('/providers/avtocod?lang=ru')).toContain('Показано 72 из 72 кодов');
    const en = await page('/providers/avtocod?category=quota_exceeded&status=402&lang=en');
    expect(en).toMatch(/\d+ of \d+ codes shown/);
    expect(await page('/?lang=en')).not.toMatch(/>1 codes/);
  });
});

describe('catalog text', () => {
  it('renders inline Markdown as code, not as raw backticks', async () => {
    const text = await page('/providers/avtocod?lang=en');
    expect(text).toContain('<code>state: fail</code>');
    expect(text).not.toContain('`state: fail`');
  });

  it('shows a section title once when Russian and English say the same', async () => {
    const text = await page('/providers/google?lang=ru');
    const heading = text.match(/<h2 id="h-bad-request-400">([^<]+)<\/h2>\s*(<p[^>]*>[^<]*<\/p>)?/);
    expect(heading?.[1]).toBe('BAD_REQUEST (400)');
    expect(heading?.[2]).toBeUndefined();
  });
});

describe('the filters', () => {
  it('show the chosen category even when the provider has no code in it', async () => {
    const text = await page('/providers/google?category=partial&lang=en');
    expect(text).toContain('<option value="partial" selected>Partially done (0)</option>');
    expect(text).toContain('0 of 132 codes shown');
    expect(text).toMatch(/<p class="empty">Nothing found\. <a href="\/providers\/google">/);
  });

  it('count the statuses within the chosen category, and the categories within the status', async () => {
    const text = await page('/providers/avtocod?category=quota_exceeded&lang=en');
    const statuses = [...text.matchAll(/<option value="(\d{3})"[^>]*>\d{3} \((\d+)\)/g)];
    const inCategory = list('avtocod', { category: 'quota_exceeded' });
    expect(statuses.map((m) => [Number(m[1]), Number(m[2])])).toEqual(
      [...new Set(inCategory.map((e) => e.status))]
        .sort((a, b) => a - b)
        .map((s) => [s, inCategory.filter((e) => e.status === s).length]),
    );
    const byStatus = await page('/providers/avtocod?status=402&lang=en');
    const categories = [...byStatus.matchAll(/<option value="([a-z_]+)"[^>]*>[^<]+ \((\d+)\)/g)];
    expect(categories.map((m) => [m[1], Number(m[2])])).toEqual(
      [...new Set(list('avtocod', { status: 402 }).map((e) => e.category))]
        .map((c) => [c, list('avtocod', { status: 402, category: c }).length])
        .sort(),
    );
  });
});
