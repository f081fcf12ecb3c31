import { http } from '../catalogs/http.js';
import { classifyStatus } from '../decode/classify-status.js';
import type { CatalogEntry } from '../model/catalog.js';
import type { CatalogEntryInput } from '../model/catalog-input.js';
import type { BodyPointer, DialectSpec, ProviderPack } from '../model/pack.js';
import { checkPack } from '../packs/check-pack.js';
import { text as wireText } from '../wire/json-access.js';
import { parsePointer, valueAt } from '../wire/json-pointer.js';
import {
  type ExampleReader,
  exampleBodies,
  type FoundCode,
  findCodes,
  isObject,
  schemaDescription,
} from './find-codes.js';
import { hostsOf } from './find-hosts.js';
import { ImportError } from './import-error.js';
import { type ErrorBody, inferDialect } from './infer-dialect.js';
import type { ParsedSpec } from './read-spec.js';

// OpenAPI → a provider pack (model/pack.ts): the catalog shape `defineCatalog`
// and `kodex docs --catalog` take, the API's hosts, and a dialect guessed from
// the error schemas, checked by checkPack before it is written. What a
// description does not say is left to the catalog's defaults (retryable from
// the category, one `errors` section) or marked for review in the catalog's
// maintainer-only `notes`.

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

/** An example error body of the description, and the code its pack should read from it. */
export interface ImportedExample {
  /** `GET /orders/{id}`. */
  readonly operation: string;
  readonly status: number;
  readonly body: unknown;
  readonly code: string;
}

/** A pack made from a description, and what it was made from. */
export interface ImportResult {
  readonly pack: ProviderPack;
  readonly operations: number;
  readonly responses: number;
  /** Distinct codes (other than statuses) found, by where each was found first. */
  readonly codes: { readonly schema: number; readonly example: number; readonly extension: number };
  /** Error shapes found (distinct places of the error object), and the responses the dialect reads. */
  readonly shapes: number;
  readonly dialectResponses: { readonly read: number; readonly withSchema: number };
  /** The example error bodies of responses with an exact status (at most MAX_EXAMPLES). */
  readonly examples: readonly ImportedExample[];
  /** What the author should check: the same lines as the pack's review notes. */
  readonly review: readonly string[];
}

/** Example bodies kept for checking the pack against; GitHub's description has a few dozen. */
const MAX_EXAMPLES = 200;

interface ErrorResponse {
  readonly operation: string;
  readonly key: string;
  readonly status: number;
  readonly inferred: boolean;
  readonly response: Json;
  readonly bodies: readonly ErrorBody[];
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

function pointerList(pointer: BodyPointer | undefined): readonly (readonly string[])[] {
  if (pointer === undefined) return [];
  return (typeof pointer === 'string' ? [pointer] : pointer).map(parsePointer);
}

function firstText(value: unknown, at: readonly (readonly string[])[]): string | undefined {
  for (const path of at) {
    // As the dialect reads a body (dialects/declarative.ts): an empty text is no value.
    const found = wireText(valueAt(value, path));
    if (found !== undefined && found !== '') return found;
  }
  return undefined;
}

/**
 * Where the pack's dialect reads codes, for reading the description as a
 * real body will be read: an example's code is the code decoding finds, and
 * a schema's codes are those of the member the dialect reads.
 */
function dialectReading(spec: DialectSpec) {
  const errorsAt = parsePointer(spec.errors ?? '');
  const code = pointerList(spec.code);
  const detail = pointerList(spec.detail);
  const readExample: ExampleReader = (body) => {
    const found = valueAt(body, errorsAt);
    const error = Array.isArray(found) ? found[0] : found;
    const wire = firstText(error, code);
    return wire === undefined ? undefined : { code: wire, title: firstText(error, detail) };
  };
  return { readExample, codeAt: { errors: errorsAt, code } };
}

/** The documented bodies of a response: each media type's schema (3.x), or its schema as `produces` says (2.0). */
function bodiesOf(response: Json, produces: readonly string[]): ErrorBody[] {
  const bodies: ErrorBody[] = [];
  if (isObject(response.content)) {
    for (const [mediaType, media] of Object.entries(response.content)) {
      if (isObject(media) && isObject(media.schema))
        bodies.push({
          mediaType: mediaType.split(';')[0]!.trim().toLowerCase(),
          schema: media.schema,
        });
    }
  } else if (isObject(response.schema)) {
    for (const mediaType of produces.length ? produces : ['application/json'])
      bodies.push({
        mediaType: mediaType.split(';')[0]!.trim().toLowerCase(),
        schema: response.schema,
      });
  }
  return bodies;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Every documented error response of every operation, and the number of operations. */
function errorResponses(document: Json): { responses: ErrorResponse[]; operations: number } {
  const responses: ErrorResponse[] = [];
  let operations = 0;
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation) || !isObject(operation.responses)) continue;
      operations++;
      const produces = strings(operation.produces ?? document.produces);
      for (const [key, response] of Object.entries(operation.responses)) {
        const at = statusOf(key);
        if (!at || !isObject(response)) continue;
        responses.push({
          operation: `${method.toUpperCase()} ${path}`,
          key,
          status: at.status,
          inferred: at.inferred,
          response,
          bodies: bodiesOf(response, produces),
        });
      }
    }
  }
  return { responses, operations };
}

/**
 * Builds a provider pack from a parsed description: one entry per documented
 * error response (4xx, 5xx, `4XX`/`5XX`, `default`) and per error code it
 * names, deduplicated by status and code; the hosts of its servers; a
 * dialect guessed from its error schemas. Throws an {@link ImportError} when
 * the description documents no error response.
 */
export function importOpenApi(spec: ParsedSpec, options: ImportOptions): ImportResult {
  const { document } = spec;
  const { responses, operations } = errorResponses(document);
  const inferred = inferDialect(responses.map((r) => r.bodies));
  const reading = inferred.dialect ? dialectReading(inferred.dialect) : undefined;
  const found = new Map<string, Found>();
  const sources = new Map<string, FoundCode['from']>();
  const examples: ImportedExample[] = [];
  for (const { operation, key, status, inferred: statusInferred, response } of responses) {
    const title = text(response.description) ?? schemaDescription(response);
    const codes = findCodes(response, status, reading);
    for (const code of codes) if (!sources.has(code.code)) sources.set(code.code, code.from);
    const list = codes.length
      ? codes
      : [{ code: key === 'default' ? 'default' : String(status), title: undefined }];
    for (const code of list) {
      const id = `${status} ${code.code}`;
      const entry = found.get(id) ?? {
        code: code.code,
        status,
        statusInferred,
        key,
        shown: false,
        operations: new Set<string>(),
      };
      entry.shown ||= code.shown === true;
      entry.title ??= text(code.title) ?? title;
      entry.operations.add(operation);
      found.set(id, entry);
    }
    if (statusInferred) continue;
    for (const body of exampleBodies(response)) {
      if (examples.length >= MAX_EXAMPLES) break;
      const code = reading?.readExample(body, status)?.code ?? String(status);
      examples.push({ operation, status, body, code });
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
  const codes = { schema: 0, example: 0, extension: 0 };
  for (const [code, from] of sources) if (from && !/^\d{3}$/.test(code)) codes[from]++;
  const hosts = hostsOf(document);
  const codeAt = inferred.dialect?.code;
  const listed = codes.schema + codes.example + codes.extension;
  const unlisted =
    codeAt !== undefined && listed === 0
      ? [
          `The dialect reads a code at ${JSON.stringify(codeAt)}, but the description lists none of its values: the entries are keyed by HTTP status, and a body's own code decodes as unknown (known: false, the category from the status). Add the codes the API sends.`,
        ]
      : [];
  const review = [
    ...spec.warnings,
    'title.ru repeats the English text of the description: translate it. category comes from the HTTP status (classifyStatus), retryable from the category; a default, 4XX or 5XX response has an assumed status (statusInferred).',
    hosts.hosts.length
      ? `hosts ${JSON.stringify(hosts.hosts)} come from the description's servers: a response from them is decoded as this provider's; drop any that is not the API's own.`
      : 'No host: the description names no public server. Add `hosts` so that a response is named by its URL.',
    ...hosts.review,
    ...inferred.review,
    ...unlisted,
  ];
  const info = isObject(document.info) ? document.info : {};
  const pack: ProviderPack = {
    id: options.id,
    name: options.name ?? text(info.title) ?? options.id,
    ...(text(info.description) ? { description: { en: text(info.description)! } } : {}),
    ...(hosts.hosts.length ? { hosts: hosts.hosts } : {}),
    notes: [
      `Imported by kodex import openapi from ${options.source ?? 'an OpenAPI description'} (${spec.specification} ${String(document.openapi ?? document.swagger ?? '')}, ${text(info.title) ?? 'untitled'} ${text(info.version) ?? ''}): ${operations} operation(s), ${responses.length} error response(s).`,
      ...review.map((line) => `Review: ${line}`),
    ],
    entries,
    ...(inferred.dialect ? { dialect: inferred.dialect } : {}),
  };
  const check = checkPack(pack);
  if (check.problems) {
    const p = check.problems[0]!;
    throw new ImportError(`the imported pack is not valid at ${p.pointer || '/'}: ${p.message}`);
  }
  return {
    pack,
    operations,
    responses: responses.length,
    codes,
    shapes: inferred.shapes,
    dialectResponses: inferred.responses,
    examples,
    review,
  };
}
