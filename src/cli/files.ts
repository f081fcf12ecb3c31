import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type CliIo, writeError } from './io.js';

function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Makes one folder; an existing folder is fine, an existing file is `ENOTDIR`. */
async function makeOne(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (error) {
    if (errnoOf(error) !== 'EEXIST') throw error;
    if (!(await stat(dir)).isDirectory()) {
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), {
        code: 'ENOTDIR',
        path: dir,
      });
    }
  }
}

/**
 * Makes a folder and its missing parents, as `mkdir -p` does, trying each at
 * most twice. Node's `mkdir(dir, {recursive: true})` takes every ENOENT for
 * "make the parent first" and retries: under `/proc`, where a new child gives
 * ENOENT although its parent exists, it spins at 100% CPU for ever. Here an
 * ENOENT once the parent is made is final.
 */
export async function makeDirectory(dir: string): Promise<void> {
  try {
    await makeOne(dir);
  } catch (error) {
    const parent = dirname(dir);
    if (errnoOf(error) !== 'ENOENT' || parent === dir) throw error;
    await makeDirectory(parent);
    await makeOne(dir);
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOTDIR: 'not a directory',
  EEXIST: 'not a directory',
  EISDIR: 'a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many symbolic links',
};

/**
 * A file-system failure as one line: the path asked for, the part of it that
 * failed when that is another, and why (`/proc/x: cannot be created there
 * (ENOENT)`). `undefined` for anything that is not a file-system error.
 */
export function describeFileError(
  error: unknown,
  asked: string,
  access: 'read' | 'write',
): string | undefined {
  const code = errnoOf(error);
  if (!code?.startsWith('E')) return undefined;
  const failed = (error as { path?: unknown }).path;
  const where = typeof failed === 'string' && failed !== asked ? `: ${failed}` : '';
  const reason =
    code === 'ENOENT'
      ? access === 'read'
        ? 'no such file'
        : 'cannot be created there'
      : (REASONS[code] ?? 'failed');
  return `${asked}${where}: ${reason} (${code})`;
}

/**
 * Writes a command's output file, making its missing folders as `kodex docs
 * --out` makes its own. False, with the reason on stderr, when the file
 * system refuses; any other failure is thrown.
 */
export async function writeOutputFile(io: CliIo, file: string, text: string): Promise<boolean> {
  try {
    await makeDirectory(dirname(file));
    await writeFile(file, text);
    return true;
  } catch (error) {
    const why = describeFileError(error, file, 'write');
    if (why === undefined) throw error;
    writeError(io, `Cannot write ${why}`);
    return false;
  }
}
