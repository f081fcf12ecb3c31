import { http } from '../catalogs/http.js';
import { checkCatalog } from '../catalogs/normalize-catalog.js';
import { classifyStatus } from '../decode/classify-status.js';
import type { CatalogEntry } from '../model/catalog.js';
import type { CatalogEntryInput, CatalogInput } from '../model/catalog-input.js';
import { findCodes, schemaDescription } from './find-codes.js';
import { ImportError } from './import-error.js';
import type { ParsedSpec } from './read-spec.js';

// OpenAPI → the catalog shape `defineCatalog` and `kodex docs --catalog` take
// (model/catalog-input.ts), checked by the same checkCatalog before it is
// written. What a description does not say is left to the catalog's defaults
// (retryable from the category, one `errors` section) or marked for review.

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** Operations named in one entry's note; the rest are counted. */
const MAX_OPERATIONS_NAMED = 10;
/** The status a `default` response is taken to answer with: it names none. */
const DEFAULT_STATUS = 500;

/** What to call the catalog. */
export interface ImportOptions {
  /** Catalog id: lower-case, e.g. `petstore`. */
  readonly id: string;
  /** @default the description's `info.title` */
  readonly name?: string;
  /** Where the description came from, for the catalog's notes. */
  readonly source?: string;
}

/** A catalog made from a description, and what it was made from. */
export interface ImportResult {
  readonly catalog: CatalogInput;
  readonly operations: number;
  readonly responses: number;
}

interface Found {
  readonly code: string;
  readonly status: number;
  readonly statusInferred: boolean;
  /** The response key: `404`, `4XX`, `default`. */
  readonly key: string;
  title?: string;
  /** Shown by the response itself (see FoundCode.shown), not only by a shared enum. */
  shown: boolean;
  readonly operations: Set<string>;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const line = value.trim().split('\n')[0]!.trim();
  return line || undefined;
}

/** `400`, `4XX` (a range, 3.x) and `default`; `undefined` for anything not an error. */
function statusOf(key: string): { status: number; inferred: boolean } | undefined {
  if (key === 'default') return { status: DEFAULT_STATUS, inferred: true };
  const range = /^([45])XX$/i.exec(key);
  if (range) return { status: Number(range[1]) * 100, inferred: true };
  const status = Number(key);
  return /^\d{3}$/.test(key) && status >= 400 && status <= 599
    ? { status, inferred: false }
    : undefined;
}

/** The plain-HTTP entry of a status, the one classifyStatus takes. */
function statusEntry(status: number): CatalogEntry | undefined {
  const entries: readonly CatalogEntry[] = http.entries;
  return entries.find((e) => e.code === String(status) && e.variant === undefined);
}

function operationsNote(found: Found, key: string): string {
  const all = [...found.operations];
  const named = all.slice(0, MAX_OPERATIONS_NAMED).join(', ');
  const more =
    all.length > MAX_OPERATIONS_NAMED ? ` and ${all.length - MAX_OPERATIONS_NAMED} more` : '';
  return `Imported from OpenAPI (${key} response): ${named}${more}.`;
}

function toEntry(found: Found, variant: string | undefined): CatalogEntryInput {
  const httpEntry = statusEntry(found.status);
  const { category } = classifyStatus(found.status, httpEntry, found.title);
  const en = found.title ?? httpEntry?.title.en ?? `HTTP ${found.status}`;
  return {
    code: found.code,
    ...(variant ? { variant } : {}),
    status: found.status,
    ...(found.statusInferred ? { statusInferred: true } : {}),
    category,
    // The description is in English; the Russian title repeats it for the
    // author to translate (the catalog shape asks for both).
    title: { ru: found.title ?? httpEntry?.title.ru ?? en, en },
    ...(found.statusInferred
      ? {
          decision: `The description gives no exact status for this response; ${found.status} is assumed — check it.`,
        }
      : {}),
    note: operationsNote(found, found.key),
  };
}

/**
 * Builds a catalog from a parsed description: one entry per documented error
 * response (4xx, 5xx, `4XX`/`5XX`, `default`) and per error code it names,
 * deduplicated by status and code. Throws an {@link ImportError} when the
 * description documents no error response.
 */
export function importOpenApi(spec: ParsedSpec, options: ImportOptions): ImportResult {
  const { document } = spec;
  const found = new Map<string, Found>();
  let operations = 0;
  let responses = 0;
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation) || !isObject(operation.responses)) continue;
      operations++;
      const name = `${method.toUpperCase()} ${path}`;
      for (const [key, response] of Object.entries(operation.responses)) {
        const at = statusOf(key);
        if (!at || !isObject(response)) continue;
        responses++;
        const title = text(response.description) ?? schemaDescription(response);
        const codes = findCodes(response, at.status);
        const list = codes.length
          ? codes
          : [{ code: key === 'default' ? 'default' : String(at.status), title: undefined }];
        for (const code of list) {
          const id = `${at.status} ${code.code}`;
          const entry = found.get(id) ?? {
            code: code.code,
            status: at.status,
            statusInferred: at.inferred,
            key,
            shown: false,
            operations: new Set<string>(),
          };
          entry.shown ||= code.shown === true;
          entry.title ??= text(code.title) ?? title;
          entry.operations.add(name);
          found.set(id, entry);
        }
      }
    }
  }
  if (found.size === 0) {
    throw new ImportError(
      `${options.source ?? 'the description'} documents no error response (4xx, 5xx or default) in ${operations} operation(s)`,
    );
  }
  // One error schema often serves every error response, its enum listing all
  // the API's codes: a code that some response shows (in an example or an
  // x- list) is kept under the statuses that show it, not under every status
  // that merely shares the schema.
  const shownCodes = new Set([...found.values()].filter((f) => f.shown).map((f) => f.code));
  const kept = [...found.values()].filter((f) => f.shown || !shownCodes.has(f.code));
  const statuses = new Map<string, number>();
  for (const f of kept) statuses.set(f.code, (statuses.get(f.code) ?? 0) + 1);
  const entries = kept.map((f) =>
    toEntry(f, (statuses.get(f.code) ?? 0) > 1 ? String(f.status) : undefined),
  );
  const info = isObject(document.info) ? document.info : {};
  const catalog: CatalogInput = {
    id: options.id,
    name: options.name ?? text(info.title) ?? options.id,
    ...(text(info.description) ? { description: { en: text(info.description)! } } : {}),
    notes: [
      `Imported by kodex import openapi from ${options.source ?? 'an OpenAPI description'} (${spec.specification} ${String(document.openapi ?? document.swagger ?? '')}, ${text(info.title) ?? 'untitled'} ${text(info.version) ?? ''}): ${operations} operation(s), ${responses} error response(s).`,
      'Review before publishing: title.ru repeats the English text of the description (translate it); category comes from the HTTP status (classifyStatus), retryable from the category; a default, 4XX or 5XX response has an assumed status (statusInferred).',
    ],
    entries,
  };
  const check = checkCatalog(catalog);
  if (check.problems) {
    const p = check.problems[0]!;
    throw new ImportError(`the imported catalog is not valid at ${p.pointer || '/'}: ${p.message}`);
  }
  return { catalog, operations, responses };
}
