import { readFile } from 'node:fs/promises';
import { validate } from '@readme/openapi-parser';
import { parse as parseYaml } from 'yaml';
import { ImportError } from './import-error.js';

// Node-only, and loaded by the CLI alone: the parser and its validators never
// reach `import 'kodex'`.

/** A description parsed, validated and with every `$ref` replaced by what it points to. */
export interface ParsedSpec {
  readonly document: Record<string, unknown>;
  readonly specification: 'OpenAPI' | 'Swagger';
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/** The first `$ref` that points outside the document (another file or a URL), if any. */
function externalRef(value: unknown, seen = new Set<object>()): string | undefined {
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string' && !child.startsWith('#')) return child;
    const found = externalRef(child, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'no such file' : messageOf(error);
    throw new ImportError(`Cannot read ${file}: ${why}`);
  }
}

function parseText(file: string, text: string): unknown {
  // YAML is a superset of JSON; data only, as catalogs are read (docs/load-catalog.ts).
  try {
    return parseYaml(text, { logLevel: 'error', maxAliasCount: 100, uniqueKeys: true });
  } catch (error) {
    throw new ImportError(`${file} is neither JSON nor YAML: ${messageOf(error)}`);
  }
}

/**
 * Reads an OpenAPI 3.0/3.1 or Swagger 2.0 description from a local file,
 * validates it and resolves its `$ref`s. Offline by design: a `$ref` to
 * another file or a URL is refused rather than fetched.
 */
export async function readSpec(file: string): Promise<ParsedSpec> {
  const data = parseText(file, await readText(file));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ImportError(`${file} is not an OpenAPI description: not an object`);
  }
  const ref = externalRef(data);
  if (ref !== undefined) {
    throw new ImportError(
      `${file} has a $ref outside the document (${ref}); only local #/… references are read, nothing is fetched — bundle the description first`,
    );
  }
  // The parser dereferences what it is given in place; a circular schema
  // becomes a circular object, which the readers walk to a bounded depth.
  const document = structuredClone(data) as Record<string, unknown>;
  let result: Awaited<ReturnType<typeof validate>>;
  try {
    result = await validate(document as Parameters<typeof validate>[0], {
      resolve: { external: false },
    });
  } catch (error) {
    throw new ImportError(`${file} is not a valid OpenAPI description: ${messageOf(error)}`);
  }
  if (!result.valid) {
    const first = result.errors[0]?.message.split('\n')[0] ?? 'invalid';
    throw new ImportError(`${file} is not a valid OpenAPI description: ${first}`);
  }
  if (result.specification === null) {
    throw new ImportError(`${file} is not an OpenAPI 3.x or Swagger 2.0 description`);
  }
  return { document, specification: result.specification };
}
