import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { negotiateCoding } from './compress.js';
import { type RunningWebServer, startWebServer } from './server.js';

const base = mkdtempSync(join(tmpdir(), 'kodex-web-compress-'));
const script = `export const words = ${JSON.stringify('quota '.repeat(2000))};\n`;
mkdirSync(join(base, 'assets'), { recursive: true });
mkdirSync(join(base, '.vite'));
writeFileSync(join(base, 'assets', 'main-abcdefgh.js'), script);
writeFileSync(join(base, 'assets', 'main-abcdefgh.js.map'), '{"version":3}');
writeFileSync(
  join(base, '.vite', 'manifest.json'),
  JSON.stringify({ 'main.ts': { file: 'assets/main-abcdefgh.js', name: 'main', isEntry: true } }),
);
let web: RunningWebServer;

beforeAll(async () => {
  web = await startWebServer({ port: 0, assetsDir: base });
});

afterAll(async () => {
  await web.close();
  rmSync(base, { recursive: true, force: true });
});

/** The bytes as sent (fetch would decompress them). */
function get(
  path: string,
  acceptEncoding?: string,
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, web.url);
    const req = request(
      url,
      { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('negotiateCoding', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(negotiateCoding('gzip, deflate, br')).toBe('br');
    expect(negotiateCoding('gzip')).toBe('gzip');
    expect(negotiateCoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateCoding('gzip;q=1, br;q=0.5')).toBe('gzip');
    expect(negotiateCoding('*')).toBe('br');
    expect(negotiateCoding('identity')).toBeUndefined();
    expect(negotiateCoding(undefined)).toBeUndefined();
  });
});

describe('compressed answers', () => {
  it('sends a page in brotli or gzip as asked, saying so and varying on it', async () => {
    const plain = await get('/providers/google');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    const br = await get('/providers/google', 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(plain.body.toString());
    expect(br.body.length).toBeLessThan(plain.body.length / 5);
    const gzip = await get('/providers/google', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(plain.body.toString());
  });

  it('compresses JSON, the stylesheet and hashed scripts, which keep their long cache', async () => {
    const api = await get('/api/search?q=quota&limit=50', 'br');
    expect(api.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(api.body).toString()).length).toBeGreaterThan(0);
    const css = await get('/style.css', 'gzip');
    expect(css.headers['content-encoding']).toBe('gzip');
    const js = await get('/static/assets/main-abcdefgh.js', 'br');
    expect(js.headers['content-encoding']).toBe('br');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(js.body).toString()).toBe(script);
  });

  it('does not serve source maps', async () => {
    expect((await get('/static/assets/main-abcdefgh.js.map')).status).toBe(404);
  });
});
