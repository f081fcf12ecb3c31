import { readFile } from 'node:fs/promises';
import { dereference, validate } from '@readme/openapi-parser';
import { parse as parseYaml } from 'yaml';
import { ImportError } from './import-error.js';

// Node-only, and loaded by the CLI alone: the parser and its validators never
// reach `import 'kodex'`.

/** A description parsed, validated and with every `$ref` replaced by what it points to. */
export interface ParsedSpec {
  readonly document: Record<string, unknown>;
  readonly specification: 'OpenAPI' | 'Swagger';
  /**
   * What the validator found wrong in a description that was read anyway:
   * real descriptions often break the schema where it does not concern
   * errors (a `type: "null"` in 3.0, a `schema: null`).
   */
  readonly warnings: readonly string[];
}

/** Validator errors named in the warnings; the rest are counted. */
const MAX_WARNINGS = 3;
// Members whose value is data, not description: a `$ref` inside is an
// example's own member (GitHub's SCIM examples carry `"$ref": "https://…"`),
// never a reference to resolve.
const DATA_MEMBERS = new Set(['example', 'examples', 'default', 'enum', 'const', 'value']);
// Maps keyed by names the author chose: a property called `example` holds a schema.
const NAMED_MAPS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'schemas',
  'parameters',
  'responses',
  'headers',
  'requestBodies',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
]);

function firstLine(text: string): string {
  return text.trim().split('\n')[0]!.trim();
}

function messageOf(error: unknown): string {
  return firstLine(error instanceof Error ? error.message : String(error));
}

/** The first `$ref` that points outside the document (another file or a URL), if any. */
function externalRef(value: unknown, seen = new Set<object>(), named = false): string | undefined {
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string' && !child.startsWith('#')) return child;
    // An example's body is data, but an Example object may itself be a `$ref`.
    if (!named && DATA_MEMBERS.has(key) && !isReference(child)) {
      if (key !== 'examples' || child === null || typeof child !== 'object' || Array.isArray(child))
        continue;
      const found = Object.values(child).find(isReference)?.$ref;
      if (typeof found === 'string' && !found.startsWith('#')) return found;
      continue;
    }
    const found = externalRef(child, seen, NAMED_MAPS.has(key));
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

function isReference(value: unknown): value is { $ref: unknown } {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, '$ref');
}

function parseText(file: string, text: string): unknown {
  // JSON first: YAML reads it too, but forty times slower (GitHub's 13 MB
  // description: 1 s against 45 s).
  if (/^\s*[{[]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      // Not JSON after all (a YAML flow mapping): YAML says what is wrong.
    }
  }
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
  const { openapi, swagger } = data as Record<string, unknown>;
  const version =
    typeof openapi === 'string' ? openapi : typeof swagger === 'string' ? swagger : '';
  if (!/^(3\.[01]|2\.0)/.test(version)) {
    throw new ImportError(`${file} is not an OpenAPI 3.x or Swagger 2.0 description`);
  }
  // The parser dereferences what it is given in place; a circular schema
  // becomes a circular object, which the readers walk to a bounded depth.
  let document = structuredClone(data) as Record<string, unknown>;
  let result: Awaited<ReturnType<typeof validate>>;
  try {
    result = await validate(document as Parameters<typeof validate>[0], {
      resolve: { external: false },
    });
  } catch (error) {
    throw new ImportError(`${file} is not a valid OpenAPI description: ${messageOf(error)}`);
  }
  const warnings: string[] = [];
  if (!result.valid) {
    // Read anyway: what matters here is the responses, and a flaw elsewhere
    // (common in real descriptions) is reported for review, not fatal.
    const shown = result.errors.slice(0, MAX_WARNINGS).map((e) => firstLine(e.message));
    const more = result.errors.length + result.additionalErrors - shown.length;
    warnings.push(
      `${file} is not valid against the OpenAPI schema, read anyway: ${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`,
    );
    document = structuredClone(data) as Record<string, unknown>;
    try {
      await dereference(document as Parameters<typeof dereference>[0], {
        resolve: { external: false },
      });
    } catch (error) {
      throw new ImportError(`${file} is not a valid OpenAPI description: ${messageOf(error)}`);
    }
  }
  return {
    document,
    specification: result.specification ?? (swagger === undefined ? 'OpenAPI' : 'Swagger'),
    warnings,
  };
}
