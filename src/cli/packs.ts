import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { CatalogLoadError } from '../docs/catalog-load-error.js';
import { DATA_FILE_EXTENSIONS, readDataFile } from '../docs/load-catalog.js';
import { registerPack, unregisterPack } from '../packs/provider-set.js';

// Where the CLI finds provider packs (docs/packs.md, "Loading a pack"): the
// `--pack` options of a command and the `packs` of the nearest kodex.config
// file. Every command registers them before it runs (program.ts), so each
// reads them through the module's providers like the built-ins.

/** The config file names, in the order they are looked for in one folder. */
export const CONFIG_FILES = [
  'kodex.config.json',
  'kodex.config.yaml',
  'kodex.config.yml',
  'kodex.config.mjs',
] as const;

// A folder of packs holds pack files and perhaps these, which are not packs.
const NOT_PACKS = new Set(['package.json', 'package-lock.json', 'tsconfig.json', ...CONFIG_FILES]);

// Enough for any project; a config that lists more is a mistake.
const MAX_CONFIG_PACKS = 100;

const configSchema = z
  .object({ packs: z.array(z.string().min(1).max(4096)).max(MAX_CONFIG_PACKS).optional() })
  .strict();

/** A pack read from a file, not yet checked: registering it checks it, naming the file. */
export interface PackFile {
  readonly file: string;
  readonly data: unknown;
}

function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

async function kindOf(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : undefined;
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** The pack files of a folder, by name: every .json, .yaml, .yml, .mjs and .js file but the project's own. */
async function packsInFolder(dir: string): Promise<string[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isFile() && !d.name.startsWith('.') && !NOT_PACKS.has(d.name))
    .map((d) => d.name)
    .filter((name) => DATA_FILE_EXTENSIONS.includes(extname(name).toLowerCase()))
    .sort();
  return names.map((name) => join(dir, name));
}

/** An npm package name, `shop-pack` or `@acme/shop-pack`, optionally with a subpath. */
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i;

/** The folder of an installed package, looked for in node_modules from `from` upwards, as Node does. */
async function packageFolder(name: string, from: string): Promise<string | undefined> {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if ((await kindOf(join(candidate, 'package.json'))) === 'file') return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A conditional `exports` target as a path: the first of `import`, `node`, `default`, `require`. */
function exportTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (typeof target !== 'object' || target === null || Array.isArray(target)) return undefined;
  const t = target as Record<string, unknown>;
  for (const condition of ['import', 'node', 'default', 'require'])
    if (Object.hasOwn(t, condition)) {
      const found = exportTarget(t[condition]);
      if (found) return found;
    }
  return undefined;
}

/**
 * The packs a package offers: its package.json `kodex.packs` (paths in the
 * package, files or folders), else its main export.
 */
async function packagePacks(name: string, from: string): Promise<string[] | undefined> {
  const dir = await packageFolder(name, from);
  if (!dir) return undefined;
  const manifestFile = join(dir, 'package.json');
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
  } catch (error) {
    throw new CatalogLoadError(
      manifestFile,
      'bad_json',
      `${manifestFile} is not valid JSON: ${(error as Error).message}`,
    );
  }
  const declared = (manifest.kodex as { packs?: unknown } | undefined)?.packs;
  if (declared !== undefined) {
    const list = typeof declared === 'string' ? [declared] : declared;
    if (!Array.isArray(list) || !list.every((p) => typeof p === 'string'))
      throw new CatalogLoadError(
        manifestFile,
        'invalid',
        `${manifestFile}: "kodex.packs" is a path or a list of paths to the package's packs.`,
      );
    return list.map((p) => join(dir, p));
  }
  const exports = manifest.exports as Record<string, unknown> | string | undefined;
  const main =
    (typeof exports === 'object' && exports !== null && Object.hasOwn(exports, '.')
      ? exportTarget(exports['.'])
      : exportTarget(exports)) ??
    (typeof manifest.main === 'string' ? manifest.main : undefined) ??
    'index.js';
  return [join(dir, main)];
}

/**
 * The files a `--pack` (or a config's) value names, from `base`: a pack
 * file, a folder of them, or an installed package.
 */
export async function resolvePackSpec(spec: string, base: string): Promise<string[]> {
  const path = isAbsolute(spec) ? spec : resolve(base, spec);
  const kind = await kindOf(path);
  if (kind === 'dir') return packsInFolder(path);
  if (kind === 'file') return [path];
  const isPath = spec.startsWith('.') || isAbsolute(spec) || !PACKAGE_NAME.test(spec);
  const files = isPath ? undefined : await packagePacks(spec, base);
  if (!files) {
    const what = isPath ? 'no such file or folder' : 'no such file, folder or installed package';
    throw new CatalogLoadError(spec, 'unreadable', `pack ${spec}: ${what} (from ${base})`);
  }
  const expanded = await Promise.all(
    files.map(async (file) => ((await kindOf(file)) === 'dir' ? packsInFolder(file) : [file])),
  );
  return expanded.flat();
}

/**
 * The nearest kodex.config file from `from` upwards. The search stops at the
 * project's root, the first folder holding `.git`, so a config above the
 * project (in a home folder, say) never speaks for it; outside a Git
 * project it goes up to the filesystem root.
 */
export async function findConfig(from: string): Promise<string | undefined> {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      if ((await kindOf(file)) === 'file') return file;
    }
    if ((await kindOf(join(dir, '.git'))) !== undefined) return undefined;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The pack values of a config file, checked: `{ "packs": [paths or package names] }`. */
async function configPacks(file: string): Promise<string[]> {
  const data = await readDataFile(file, 'config');
  const checked = configSchema.safeParse(data);
  if (!checked.success) {
    const issues = checked.error.issues.map((issue) => {
      const pointer = issue.path.map((p) => `/${String(p)}`).join('');
      return { path: pointer || '(root)', pointer, message: issue.message };
    });
    const lines = issues.map((i) => `  ${i.pointer || '/'}: ${i.message}`);
    throw new CatalogLoadError(
      file,
      'invalid',
      `${file} is not a valid kodex config ({ "packs": [files, folders or packages] }):\n${lines.join('\n')}`,
      issues,
    );
  }
  return checked.data.packs ?? [];
}

/** Options of {@link readPacks}. */
export interface ReadPacksOptions {
  /** Where relative `--pack` values and the config search start. */
  readonly cwd: string;
  /** Read the nearest kodex.config file's packs too. @default true */
  readonly config?: boolean;
}

/**
 * The packs of a command line: the nearest config's (paths relative to the
 * config file), then the `--pack` values', read but not checked. Throws
 * `CatalogLoadError` for a file, folder, package or config it cannot read.
 */
export async function readPacks(
  specs: readonly string[],
  options: ReadPacksOptions,
): Promise<PackFile[]> {
  const sources: { spec: string; base: string }[] = [];
  const config = options.config === false ? undefined : await findConfig(options.cwd);
  if (config) {
    for (const spec of await configPacks(config)) sources.push({ spec, base: dirname(config) });
  }
  for (const spec of specs) sources.push({ spec, base: options.cwd });
  const packs: PackFile[] = [];
  for (const { spec, base } of sources) {
    for (const file of await resolvePackSpec(spec, base))
      packs.push({ file, data: await readDataFile(file, 'pack') });
  }
  return packs;
}

/**
 * Registers packs with the module's providers; a later pack of one id
 * replaces an earlier. Throws `InvalidPackError` naming the file, after
 * unregistering the ones it had registered. Resolves to the ids registered.
 */
export function registerPacks(packs: readonly PackFile[]): string[] {
  const ids: string[] = [];
  try {
    for (const { file, data } of packs) {
      const id = registerPack(data as Parameters<typeof registerPack>[0], file).id;
      if (!ids.includes(id)) ids.push(id);
    }
  } catch (error) {
    for (const id of ids) unregisterPack(id);
    throw error;
  }
  return ids;
}
