import { type CatalogEntry, entryKey, type ProviderCatalog } from '../model/catalog.js';
import type { BodyPointer, DialectSpec, FieldsSpec } from '../model/pack.js';
import type { ErrorRecord, FieldIssue } from '../model/record.js';
import { hasContent, integer, isObject, plainParams, text } from '../wire/json-access.js';
import { type PointerPath, parsePointer, setAt, valueAt } from '../wire/json-pointer.js';
import { compilePatterns, linearTest } from '../wire/patterns.js';
import type { ResponseView } from '../wire/response-view.js';
import type { Dialect, WireError } from './dialect.js';
import { allErrors, errorHeaders, jsonResponse, xmlResponse } from './encode-helpers.js';
import { fieldIssue, type WireErrorDraft } from './wire.js';

// A provider pack's dialect (model/pack.ts): the pointers of its spec, parsed
// once, read off each body. Every read is bounded (a list is read up to
// MAX_ERRORS items, every text cut by json-access), so a pack written to be
// hostile can make decoding no slower than its body is long.

const MAX_ERRORS = 100;
const MAX_FIELDS = 100;
// Longest Retry-After a body may state: a day.
const MAX_RETRY_SECONDS = 86_400;
// How much of a message detection matches against the catalog's patterns.
const MAX_MATCHED_CHARS = 2000;
const KNOWN_SCORE = 0.9;
const UNKNOWN_SCORE = 0.4;

/** What a pack that says nothing of its bodies reads (model/pack.ts, `ProviderPack.dialect`). */
const DEFAULT_SPEC: DialectSpec = {
  code: ['/code', '/error/code', '/error_code'],
  detail: ['/message', '/error/message', '/detail'],
};

type Pointers = readonly PointerPath[];

function pointers(pointer: BodyPointer | undefined): Pointers {
  if (pointer === undefined) return [];
  return (typeof pointer === 'string' ? [pointer] : pointer).map(parsePointer);
}

/** The first of the pointers that holds a value. */
function firstAt(value: unknown, at: Pointers): unknown {
  for (const path of at) {
    const found = valueAt(value, path);
    if (found !== undefined && found !== null) return found;
  }
  return undefined;
}

/** The first text (more than white space) the pointers find. */
function textAt(value: unknown, at: Pointers): string | undefined {
  for (const path of at) {
    const found = text(valueAt(value, path));
    if (found !== undefined && found !== '' && hasContent(found)) return found;
  }
  return undefined;
}

/** The pack's fields spec with its pointers parsed. */
interface FieldsReader {
  readonly at: PointerPath;
  readonly path: Pointers;
  readonly code: Pointers;
  readonly message: Pointers;
}

function fieldsReader(spec: FieldsSpec | undefined): FieldsReader | undefined {
  if (!spec) return undefined;
  return {
    at: parsePointer(spec.at),
    path: pointers(spec.path ?? '/field'),
    code: pointers(spec.code),
    message: pointers(spec.message ?? '/message'),
  };
}

function readFields(error: unknown, reader: FieldsReader): FieldIssue[] {
  const found = valueAt(error, reader.at);
  const out: FieldIssue[] = [];
  if (Array.isArray(found)) {
    for (const item of found) {
      if (out.length >= MAX_FIELDS) break;
      const path = textAt(item, reader.path);
      if (path === undefined) continue;
      out.push(fieldIssue(path, textAt(item, reader.code), textAt(item, reader.message)));
    }
  } else if (isObject(found)) {
    // An object of field → message.
    for (const key of Object.keys(found)) {
      if (out.length >= MAX_FIELDS) break;
      out.push(fieldIssue(key, undefined, text(found[key])));
    }
  }
  return out;
}

/** Same scalar, whether it came from JSON (`0`) or XML text (`"0"`). */
function sameScalar(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return (typeof a === 'number' || typeof a === 'string') && String(a) === String(b);
}

/**
 * A test of codes against a pack's pattern. A loaded pack's patterns are
 * anyone's and run on the linear-time engine; the built-in packs' own, on
 * V8's (wire/patterns.ts says why).
 */
function codeTest(
  source: string | undefined,
  trusted: boolean,
): ((code: string) => boolean) | undefined {
  if (source === undefined) return undefined;
  if (!trusted) return linearTest([source], false);
  const regex = new RegExp(source, 'u');
  return (code) => regex.test(code);
}

/**
 * Builds the dialect a pack declares for its catalog. `trusted` is for the
 * packs kodex ships: their patterns run on V8's engine, a loaded pack's on the
 * linear-time one.
 */
export function packDialect(
  catalog: ProviderCatalog,
  given?: DialectSpec,
  trusted = false,
): Dialect {
  const spec = given ?? DEFAULT_SPEC;
  const xml = spec.format === 'xml';
  const errorsAt = parsePointer(spec.errors ?? '');
  // The body itself is one error unless the pack says it is a list.
  const bodyList = errorsAt.length > 0 || spec.list === true;
  const code = pointers(spec.code);
  const isCode = codeTest(spec.codePattern, trusted);
  const defaultCode = spec.defaultCode;
  const detail = pointers(spec.detail);
  const detailRequired = spec.detailRequired === true;
  const docs = pointers(spec.docs);
  const params = pointers(spec.params);
  const field = pointers(spec.field);
  const section = pointers(spec.section);
  const fields = fieldsReader(spec.fields);
  const retryAfter = pointers(spec.retryAfterSeconds);
  const status = pointers(spec.status);
  const successAt = spec.success ? parsePointer(spec.success.at) : undefined;
  const successValues = spec.success?.values;
  const codes: ReadonlySet<string> = new Set(catalog.entries.map((e) => e.code));
  const mediaTypes = spec.mediaTypes ?? [];
  const known = spec.detection?.known ?? KNOWN_SCORE;
  const unknown = spec.detection?.unknown ?? UNKNOWN_SCORE;
  const isUnknownCode = codeTest(spec.detection?.unknownCode, trusted);
  const unknownNeedsDetail = spec.detection?.unknownNeedsDetail === true;
  // A body with no code is the pack's when its message is one the catalog
  // lists under the default code (UniSender's untyped messages).
  const defaultPatterns =
    defaultCode === undefined
      ? []
      : catalog.entries.flatMap((e) => (e.code === defaultCode ? (e.patterns ?? []) : []));
  const matchesDefault = !defaultPatterns.length
    ? undefined
    : trusted
      ? compilePatterns(defaultPatterns)
      : linearTest(defaultPatterns);
  const defaultScore = spec.detection?.defaultCode ?? known;
  // A pack without a dialect is named by its hosts or by `provider`: its
  // guessed pointers are too common to claim bodies by.
  const detectKeys = given ? (spec.detectKeys ?? derivedKeys(spec)) : undefined;

  function bodyOf(view: ResponseView): unknown {
    return xml ? view.xml() : view.json();
  }

  function codeOf(error: unknown): string | undefined {
    if (isCode === undefined) return textAt(error, code);
    for (const path of code) {
      const found = text(valueAt(error, path));
      if (found !== undefined && hasContent(found) && isCode(found)) return found;
    }
    return undefined;
  }

  function isSuccess(view: ResponseView, body: unknown, errors: readonly WireError[]): boolean {
    if (successAt === undefined) return view.status >= 100 && view.status < 300;
    if (view.status >= 300) return false;
    const member = valueAt(body, successAt);
    if (successValues) return successValues.some((v) => sameScalar(v, member));
    return member !== undefined && errors.length === 0;
  }

  function readError(error: unknown): WireErrorDraft | undefined {
    const wireCode = codeOf(error);
    let message = textAt(error, detail);
    const issues = fields ? readFields(error, fields) : [];
    if (wireCode === undefined && message === undefined && issues.length === 0) return undefined;
    const draft: WireErrorDraft = { code: wireCode ?? defaultCode ?? '' };
    // An encoder with no message wrote the code in its place: not a detail.
    if (detailRequired && message === draft.code) message = undefined;
    if (message !== undefined) draft.detail = message;
    const single = textAt(error, field);
    if (single !== undefined && issues.length === 0) issues.push({ path: single });
    if (issues.length) draft.fields = issues;
    const link = textAt(error, docs);
    if (link !== undefined && /^https?:\/\//i.test(link)) draft.docs = link;
    const values = plainParams(firstAt(error, params));
    if (values) draft.params = values;
    const seconds = Number(text(firstAt(error, retryAfter)));
    if (Number.isFinite(seconds) && seconds >= 0 && seconds <= MAX_RETRY_SECONDS)
      draft.retryAfterMs = Math.round(seconds * 1000);
    const stated = integer(firstAt(error, status));
    if (stated !== undefined && stated >= 100 && stated <= 599) draft.status = stated;
    return draft;
  }

  function decode(view: ResponseView): WireError[] | null {
    // Without a success member the status alone says success: nothing to read.
    if (successAt === undefined && view.status >= 100 && view.status < 300) return null;
    const body = bodyOf(view);
    const found = valueAt(body, errorsAt);
    const items = Array.isArray(found)
      ? bodyList
        ? found.slice(0, MAX_ERRORS)
        : []
      : found === undefined
        ? []
        : [found];
    const errors: WireError[] = [];
    for (const item of items) {
      const error = readError(item);
      if (error === undefined) continue;
      // No code in the body: the status is the code (as the built-in dialects read theirs).
      if (error.code === '') error.code = String(view.status);
      errors.push(error);
    }
    return isSuccess(view, body, errors) ? null : errors;
  }

  function detect(view: ResponseView): number {
    let score = mediaTypes.includes(view.mediaType) ? 0.8 : 0;
    if (detectKeys === undefined && score === 0) return 0;
    const body = bodyOf(view);
    if (!isObject(body)) return score;
    if (detectKeys && !detectKeys.some((set) => set.every((key) => Object.hasOwn(body, key))))
      return score;
    const found = valueAt(body, errorsAt);
    const primary = Array.isArray(found) ? found[0] : found;
    const wireCode = codeOf(primary);
    if (wireCode !== undefined) {
      if (codes.has(wireCode)) score = Math.max(score, known);
      else if (
        (isUnknownCode === undefined || isUnknownCode(wireCode)) &&
        (!unknownNeedsDetail || textAt(primary, detail) !== undefined)
      )
        score = Math.max(score, unknown);
    } else if (matchesDefault) {
      const message = textAt(primary, detail);
      if (message !== undefined && matchesDefault(message.slice(0, MAX_MATCHED_CHARS)))
        score = Math.max(score, defaultScore);
    }
    return score;
  }

  // Each member of an error is written where its first pointer says, in the
  // order the dialect names them: the spec reads like the body it describes.
  type Writer = (tree: Record<string, unknown>, record: ErrorRecord) => void;
  const writers: Record<string, Writer> = {
    code(tree, record) {
      if (!code[0] || (isCode !== undefined && !isCode(record.code))) return;
      // An error known only by its class (Stripe's `api_error`, sent with a
      // type and no code) is written as its section alone.
      if (namesOwnSection(record)) return;
      setAt(tree, code[0], record.code);
    },
    detail(tree, record) {
      const message = record.detail ?? (detailRequired ? record.code : undefined);
      if (detail[0] && message !== undefined) setAt(tree, detail[0], message);
    },
    docs(tree, record) {
      if (docs[0] && record.docs !== undefined) setAt(tree, docs[0], record.docs);
    },
    params(tree, record) {
      if (params[0] && record.params !== undefined) setAt(tree, params[0], record.params);
    },
    status(tree, record) {
      if (status[0] && record.status !== undefined) setAt(tree, status[0], record.status);
    },
    retryAfterSeconds(tree, record) {
      if (retryAfter[0] && record.retryAfterMs !== undefined && record.retryAfterMs % 1000 === 0)
        setAt(tree, retryAfter[0], record.retryAfterMs / 1000);
    },
    fields(tree, record) {
      if (!fields || !record.fields.length) return;
      const list = record.fields.map((issue) => {
        const item: Record<string, unknown> = {};
        setAt(item, fields.path[0] ?? [], issue.path);
        if (fields.code[0] && issue.code !== undefined) setAt(item, fields.code[0], issue.code);
        if (fields.message[0] && issue.message !== undefined)
          setAt(item, fields.message[0], issue.message);
        return item;
      });
      setAt(tree, fields.at, list);
    },
    field(tree, record) {
      if (field[0] && !(fields && record.fields.length) && record.fields.length === 1)
        setAt(tree, field[0], record.fields[0]!.path);
    },
    section(tree, record) {
      const entry = record.key === undefined ? undefined : entryOf(record.key);
      if (section[0] && entry) setAt(tree, section[0], entry.section);
    },
  };
  let entries: Map<string, CatalogEntry> | undefined;
  const entryOf = (key: string) => {
    entries ??= new Map(catalog.entries.map((e) => [entryKey(e), e]));
    return entries.get(key);
  };
  const sectionAt = section[0];
  // The section is written where the code may be read (Stripe's `type`).
  const sectionIsCode =
    sectionAt !== undefined &&
    code.some((p) => p.length === sectionAt.length && p.every((t, i) => t === sectionAt[i]));
  const namesOwnSection = (record: ErrorRecord) =>
    sectionIsCode && record.key !== undefined && entryOf(record.key)?.section === record.code;
  // The spec's own order first, then any member it leaves to its default.
  const order = [...new Set([...Object.keys(spec), ...Object.keys(writers)])];
  const write = order.flatMap((member) =>
    Object.hasOwn(writers, member) ? [writers[member]!] : [],
  );

  function errorTree(record: ErrorRecord): Record<string, unknown> {
    const tree: Record<string, unknown> = {};
    for (const writer of write) writer(tree, record);
    return tree;
  }

  return {
    id: catalog.id,
    provider: catalog.id,
    formats: xml ? ['xml'] : ['json'],
    ...(detectKeys ? { detectKeys } : {}),
    ...(mediaTypes.length ? { detectMediaTypes: mediaTypes } : {}),
    detect,
    decode,
    encode(record) {
      const errors = allErrors(record).map(errorTree);
      let body: Record<string, unknown>;
      if (errorsAt.length === 0) {
        // The body is the error: it holds one.
        body = errors[0]!;
      } else {
        body = {};
        setAt(body, errorsAt, spec.list ? errors : errors[0]);
      }
      const failure = spec.success?.failure;
      if (successAt && failure !== undefined) setAt(body, successAt, failure);
      for (const [pointer, value] of Object.entries(spec.constants ?? {})) {
        const path = parsePointer(pointer);
        if (valueAt(body, path) === undefined) setAt(body, path, value);
      }
      if (xml) return xmlResponse(record, record.status, body);
      // Nothing to write (a code the status carries, no message): the status alone speaks.
      if (Object.keys(body).length === 0)
        return {
          status: record.status,
          headers: errorHeaders(record, 'application/json'),
          body: '',
        };
      return jsonResponse(record, record.status, body);
    },
  };
}

/** The top-level member that holds the errors (or the code, when the body is the error). */
function derivedKeys(spec: DialectSpec): readonly (readonly string[])[] | undefined {
  const errors = parsePointer(spec.errors ?? '');
  const first = errors[0] ?? pointers(spec.code)[0]?.[0];
  return first === undefined ? undefined : [[first]];
}
