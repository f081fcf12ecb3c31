// @ts-check
// Writes the shop's error reference (Markdown, HTML, OpenAPI) to docs/, with
// kodex's docs generator: node examples/fastify-service/generate-docs.mjs
// (after `npm run build`). With --check it writes nothing and exits 1 when
// docs/ is not what the catalog generates, so CI catches stale docs.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderDocs } from 'kodex/docs';
import { shop } from './catalog.mjs';

const out = fileURLToPath(new URL('./docs/', import.meta.url));
const check = process.argv.includes('--check');

const files = /** @type {const} */ (['md', 'html', 'openapi']).flatMap((format) =>
  renderDocs([shop], format),
);

/**
 * Whether a file on disk says what was generated; JSON by value, so a
 * formatter's reflowing of docs/*.json does not count as stale.
 * @param {string} name
 * @param {string | undefined} current
 * @param {string} generated
 */
function same(name, current, generated) {
  if (current === undefined) return false;
  if (!name.endsWith('.json')) return current === generated;
  return JSON.stringify(JSON.parse(current)) === JSON.stringify(JSON.parse(generated));
}

let stale = 0;
await mkdir(out, { recursive: true });
for (const file of files) {
  const path = `${out}${file.name}`;
  if (check) {
    const current = await readFile(path, 'utf8').catch(() => undefined);
    if (!same(file.name, current, file.content)) {
      stale += 1;
      console.error(`stale: ${path}`);
    }
  } else {
    await writeFile(path, file.content);
    console.log(`wrote ${path}`);
  }
}
if (stale) {
  console.error('run: npm run build && node examples/fastify-service/generate-docs.mjs');
  process.exitCode = 1;
}
