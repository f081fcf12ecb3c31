import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { ProviderCatalog } from '../model/catalog.js';
import { CatalogLoadError } from './catalog-load-error.js';
import { validateCatalog } from './validate-catalog.js';

// Node-only: reads files and imports modules. Everything else in src/docs is
// pure and runs anywhere.

/** A catalog file larger than this is refused before it is read. */
export const MAX_CATALOG_BYTES = 32 * 1024 * 1024;

const MODULE_EXTENSIONS = new Set(['.js', '.mjs']);
const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readJson(file: string): Promise<unknown> {
  // JSON is parsed, never imported or evaluated: a .json catalog runs no code.
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CatalogLoadError(
      file,
      'bad_json',
      `${file} is not valid JSON: ${messageOf(error)}`,
      [],
      { cause: error },
    );
  }
}

async function readYaml(file: string): Promise<unknown> {
  // Data only: YAML's core schema (no custom tags run code), aliases capped
  // against expansion bombs, a repeated key is an error rather than a guess.
  const text = await readFile(file, 'utf8');
  try {
    return parseYaml(text, { logLevel: 'error', maxAliasCount: 100, uniqueKeys: true });
  } catch (error) {
    const first = messageOf(error).split('\n')[0];
    throw new CatalogLoadError(file, 'bad_yaml', `${file} is not valid YAML: ${first}`, [], {
      cause: error,
    });
  }
}

async function importData(file: string): Promise<unknown> {
  let module: Record<string, unknown>;
  try {
    module = await import(pathToFileURL(resolve(file)).href);
  } catch (error) {
    throw new CatalogLoadError(
      file,
      'import_failed',
      `${file} could not be imported: ${messageOf(error)}`,
      [],
      { cause: error },
    );
  }
  const data = module.catalog ?? module.default;
  if (data === undefined) {
    const names = Object.keys(module).slice(0, 10);
    const found = names.length ? ` (it exports ${names.join(', ')})` : '';
    throw new CatalogLoadError(
      file,
      'no_export',
      `${file} exports no catalog${found}: export it as \`export default\` or \`export const catalog\`.`,
    );
  }
  // Only the data counts: a round trip through JSON drops methods and getters
  // and leaves plain objects for the schema to check.
  try {
    return JSON.parse(JSON.stringify(data));
  } catch (error) {
    throw new CatalogLoadError(
      file,
      'invalid',
      `The catalog exported by ${file} is not plain data: ${messageOf(error)}`,
      [],
      { cause: error },
    );
  }
}

/**
 * Loads a catalog for `kodex docs --catalog FILE`: a `.json` or `.yaml`/`.yml`
 * file (parsed, never executed), or a `.js`/`.mjs` module whose `catalog` or
 * default export is the data; in the shape `defineCatalog` takes, with the same
 * defaults. Throws a {@link CatalogLoadError} that names the file, the JSON
 * pointer of each problem and what is wrong.
 * @example const catalog = await loadCatalog('my-api.catalog.yaml');
 */
export async function loadCatalog(file: string): Promise<ProviderCatalog> {
  const extension = extname(file).toLowerCase();
  if (
    extension !== '.json' &&
    !YAML_EXTENSIONS.has(extension) &&
    !MODULE_EXTENSIONS.has(extension)
  ) {
    throw new CatalogLoadError(
      file,
      'unsupported_extension',
      `${file}: a catalog is a .json or .yaml file, or a .js/.mjs module.`,
    );
  }
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch (error) {
    throw new CatalogLoadError(
      file,
      'unreadable',
      `${file} cannot be read: ${messageOf(error)}`,
      [],
      { cause: error },
    );
  }
  if (size > MAX_CATALOG_BYTES) {
    throw new CatalogLoadError(
      file,
      'too_large',
      `${file} is ${size} bytes; a catalog may be at most ${MAX_CATALOG_BYTES}.`,
    );
  }
  const data =
    extension === '.json'
      ? await readJson(file)
      : YAML_EXTENSIONS.has(extension)
        ? await readYaml(file)
        : await importData(file);
  return validateCatalog(catalogOf(data), file);
}

/**
 * A provider pack is a catalog with a `dialect` (docs/packs.md), which the
 * reference pages do not need: a pack file serves as a catalog file.
 */
function catalogOf(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !('dialect' in data))
    return data;
  const { dialect: _dialect, ...catalog } = data as Record<string, unknown>;
  return catalog;
}
