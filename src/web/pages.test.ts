import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningWebServer, startWebServer } from './server.js';

// The server-rendered pages, asked in-process (no bundle: what every reader gets).
const base = mkdtempSync(join(tmpdir(), 'kodex-web-pages-'));
let web: RunningWebServer;

beforeAll(async () => {
  web = await startWebServer({ port: 0, assetsDir: join(base, 'none') });
});

afterAll(async () => {
  await web.close();
  rmSync(base, { recursive: true, force: true });
});

async function page(path: string): Promise<string> {
  return (await fetch(web.url + path)).text();
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
