import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { InvalidPackError } from '../errors/invalid-pack-error.js';
import type { ProviderCatalog } from '../model/catalog.js';
import { checkPack } from '../packs/check-pack.js';
import { CatalogLoadError } from './catalog-load-error.js';
import { validateCatalog } from './validate-catalog.js';

// Node-only: reads files and imports modules. Everything else in src/docs is
// pure and runs anywhere. One reader serves catalogs (`kodex docs
// --catalog`), provider packs and kodex.config files: the same formats, the
// same limits, the same messages.

/** A catalog (or pack, or config) file larger than this is refused before it is read. */
export const MAX_CATALOG_BYTES = 32 * 1024 * 1024;

const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);

/** The extensions a catalog, pack or config file may have. */
export const DATA_FILE_EXTENSIONS: readonly string[] = ['.json', '.yaml', '.yml', '.mjs', '.js'];

/**
 * What a file is read as: it names the file's content in messages, and the
 * named export a module may use besides its default one.
 */
export type DataKind = 'catalog' | 'pack' | 'config';

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

/** Only the data counts: a round trip through JSON drops methods and getters and leaves plain objects. */
function plainData(file: string, kind: DataKind, data: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(data));
  } catch (error) {
    throw new CatalogLoadError(
      file,
      'invalid',
      `The ${kind} exported by ${file} is not plain data: ${messageOf(error)}`,
      [],
      { cause: error },
    );
  }
}

/** A module pack's dialect written as code (detect, decode, encode): kept as it is, checked by checkPack. */
function hasFunctions(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).some((member) => typeof member === 'function')
  );
}

async function importData(file: string, kind: DataKind): Promise<unknown> {
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
  const data = module[kind] ?? module.default;
  if (data === undefined) {
    const names = Object.keys(module).slice(0, 10);
    const found = names.length ? ` (it exports ${names.join(', ')})` : '';
    throw new CatalogLoadError(
      file,
      'no_export',
      `${file} exports no ${kind}${found}: export it as \`export default\` or \`export const ${kind}\`.`,
    );
  }
  const dialect = (data as { dialect?: unknown } | null)?.dialect;
  if (kind === 'pack' && hasFunctions(dialect)) {
    // A dialect with code cannot be data; the rest of the pack still is.
    const { dialect: _, ...rest } = data as Record<string, unknown>;
    return { ...(plainData(file, kind, rest) as object), dialect };
  }
  return plainData(file, kind, data);
}

/**
 * The data in a `.json`, `.yaml`/`.yml` file (parsed, never executed) or a
 * `.js`/`.mjs` module (its `kind` or default export), at most
 * {@link MAX_CATALOG_BYTES}; unchecked (a pack is checked when it is
 * registered, with the file as its source). A module pack's `dialect` with
 * code is kept as it is. Throws a {@link CatalogLoadError} naming the file.
 * @example registerPack(await readDataFile('stripe.yaml', 'pack'), 'stripe.yaml');
 */
export async function readDataFile(file: string, kind: DataKind): Promise<unknown> {
  const extension = extname(file).toLowerCase();
  if (!DATA_FILE_EXTENSIONS.includes(extension)) {
    throw new CatalogLoadError(
      file,
      'unsupported_extension',
      `${file}: a ${kind} is a .json or .yaml file, or a .js/.mjs module.`,
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
      `${file} is ${size} bytes; a ${kind} may be at most ${MAX_CATALOG_BYTES}.`,
    );
  }
  if (extension === '.json') return readJson(file);
  if (YAML_EXTENSIONS.has(extension)) return readYaml(file);
  return importData(file, kind);
}

function isPackData(data: unknown): boolean {
  return typeof data === 'object' && data !== null && Object.hasOwn(data, 'dialect');
}

/**
 * Loads a catalog for `kodex docs --catalog FILE`: a `.json` or `.yaml`/`.yml`
 * file (parsed, never executed), or a `.js`/`.mjs` module whose `catalog` or
 * default export is the data; in the shape `defineCatalog` takes, with the same
 * defaults. A provider pack is a catalog too: its `dialect` is checked and
 * left out. Throws a {@link CatalogLoadError} that names the file, the JSON
 * pointer of each problem and what is wrong.
 * @example const catalog = await loadCatalog('my-api.catalog.yaml');
 */
export async function loadCatalog(file: string): Promise<ProviderCatalog> {
  const data = await readDataFile(file, 'catalog');
  if (!isPackData(data)) return validateCatalog(data, file);
  const checked = checkPack(data);
  if (checked.pack) return checked.pack.catalog;
  const issues = checked.problems.map((p) => ({ ...p, path: p.pointer || '(root)' }));
  throw new CatalogLoadError(file, 'invalid', new InvalidPackError(file, issues).message, issues);
}
