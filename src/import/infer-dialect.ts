import type { DialectSpec, FieldsSpec } from '../model/pack.js';
import { MAX_POINTERS } from '../packs/check-pack.js';
import { CODE_MEMBERS, isObject, type Json, MESSAGE_MEMBERS, propertiesOf } from './find-codes.js';

// The dialect of a provider pack (model/pack.ts) guessed from the schemas of
// a description's error responses: where the error object is, and which of
// its members hold the code, the message, the documentation link, the field,
// the field issues, a retry delay. Each schema gives a shape; the shapes that
// keep their errors at the same place are merged (GitHub's basic error and
// validation error are one dialect with field issues), and the place that
// most error responses use wins. Every guess is a review note: a schema says
// what a body may hold, not what the API sends.

/** One documented body of an error response. */
export interface ErrorBody {
  /** Lower-case, no parameters: `application/json`. */
  readonly mediaType: string;
  readonly schema: Json;
}

/** The dialect guessed, and what to check about it. */
export interface InferredDialect {
  readonly dialect?: DialectSpec;
  /** RFC 9457 problem details: the dialect maps the problem's members. */
  readonly problem: boolean;
  /** Error responses whose schema gave the dialect, of those with a JSON schema. */
  readonly responses: { readonly read: number; readonly withSchema: number };
  /** Error shapes found: distinct places of the error object. */
  readonly shapes: number;
  readonly review: readonly string[];
}

const PROBLEM_JSON = 'application/problem+json';
// Where a body wraps its error object, or a list of them.
const WRAPPERS = ['error', 'errors', 'fault'];
const DOCS_MEMBERS = [
  'doc_url',
  'documentation_url',
  'docs_url',
  'documentationUrl',
  'more_info',
  'moreInfo',
  'help_url',
  'helpUrl',
  'info_url',
];
const STATUS_MEMBERS = [
  'status',
  'status_code',
  'statusCode',
  'http_status',
  'httpStatus',
  'http_code',
];
const RETRY_MEMBERS = ['retry_after', 'retryAfter', 'retry_after_seconds', 'retryAfterSeconds'];
const FIELD_MEMBERS = ['param', 'field', 'parameter', 'property'];
// Lists of field issues, and the member of an issue that names its field.
const FIELD_LISTS = [
  'errors',
  'details',
  'invalid-params',
  'invalid_params',
  'invalidParams',
  'validation_errors',
  'validationErrors',
  'validation-errors',
  'field_errors',
  'fieldErrors',
  'violations',
];
const PATH_MEMBERS = [
  'field',
  'path',
  'pointer',
  'name',
  'param',
  'parameter',
  'property',
  'propertyPath',
];
const MAX_DETECT_KEYS = 3;

/** One schema's guess. */
interface Shape {
  readonly mediaType: string;
  readonly errors: string;
  readonly list: boolean;
  readonly problem: boolean;
  readonly code: string[];
  readonly detail: string[];
  readonly docs: string[];
  readonly field: string[];
  readonly status: string[];
  readonly retryAfterSeconds: string[];
  readonly fields?: FieldsSpec;
  /** Top-level members the dialect reads: what detection may look for. */
  readonly keys: readonly string[];
}

function pointerTo(...tokens: string[]): string {
  return tokens.map((t) => `/${t.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function typesOf(schema: Json): string[] {
  const type = schema.type;
  return typeof type === 'string' ? [type] : Array.isArray(type) ? type.map(String) : [];
}

/** A member that holds text or a number (not an object or list). */
function isScalar(schema: unknown): boolean {
  if (!isObject(schema)) return false;
  const types = typesOf(schema);
  if (types.length === 0) return !isObject(schema.properties) && !isObject(schema.items);
  return types.some((t) => ['string', 'integer', 'number'].includes(t));
}

function isNumber(schema: unknown): boolean {
  return isObject(schema) && typesOf(schema).some((t) => t === 'integer' || t === 'number');
}

function isUri(schema: unknown): boolean {
  return isObject(schema) && (schema.format === 'uri' || schema.format === 'uri-reference');
}

function present(properties: Json, names: readonly string[], test: (s: unknown) => boolean) {
  return names.filter((name) => test(properties[name]));
}

/** The item schema of a list member, when its items are objects. */
function objectItems(schema: unknown): Json | undefined {
  if (!isObject(schema) || !isObject(schema.items)) return undefined;
  const items = schema.items;
  return Object.keys(propertiesOf(items)).length ? items : undefined;
}

/** Field issues: a list of objects naming their field. */
function fieldsOf(properties: Json, skip: string | undefined): FieldsSpec | undefined {
  for (const name of FIELD_LISTS) {
    if (name === skip) continue;
    const items = objectItems(properties[name]);
    if (!items) continue;
    const item = propertiesOf(items);
    const path = present(item, PATH_MEMBERS, isScalar);
    if (path.length === 0) continue;
    const code = present(item, CODE_MEMBERS, isScalar).filter((m) => !path.includes(m));
    const message = present(item, MESSAGE_MEMBERS, isScalar);
    return {
      at: pointerTo(name),
      path: path.map((m) => pointerTo(m)),
      ...(code.length ? { code: code.map((m) => pointerTo(m)) } : {}),
      ...(message.length ? { message: message.map((m) => pointerTo(m)) } : {}),
    };
  }
  return undefined;
}

/** Whether an object schema reads as an error: it has a code or a message. */
function looksLikeError(properties: Json): boolean {
  return (
    present(properties, CODE_MEMBERS, isScalar).length > 0 ||
    present(properties, MESSAGE_MEMBERS, isScalar).length > 0
  );
}

/** The error object: the body itself, or a wrapper member (`error`, `errors[]`). */
function errorObject(
  schema: Json,
): { at: string; wrapper: string; list: boolean; properties: Json } | undefined {
  if (typesOf(schema).includes('array')) {
    const items = objectItems(schema);
    return items ? { at: '', wrapper: '', list: true, properties: propertiesOf(items) } : undefined;
  }
  const top = propertiesOf(schema);
  const ownMessage = present(top, MESSAGE_MEMBERS, isScalar).length > 0;
  for (const name of WRAPPERS) {
    const member = top[name];
    if (!isObject(member)) continue;
    const items = objectItems(member);
    const inner = items ? propertiesOf(items) : propertiesOf(member);
    // A body with its own message keeps field issues in `errors`, not errors.
    if (!looksLikeError(inner) || (ownMessage && items)) continue;
    return { at: pointerTo(name), wrapper: name, list: items !== undefined, properties: inner };
  }
  return looksLikeError(top) ? { at: '', wrapper: '', list: false, properties: top } : undefined;
}

/** The shape of one error body's schema, or undefined when it reads as no error. */
function shapeOf(body: ErrorBody): Shape | undefined {
  const found = errorObject(body.schema);
  if (!found) return undefined;
  const { at, list, properties } = found;
  const problem =
    body.mediaType === PROBLEM_JSON ||
    (at === '' && ['type', 'title', 'status'].every((m) => properties[m] !== undefined));
  const code = present(properties, CODE_MEMBERS, isScalar).filter(
    (m) =>
      // A problem's type is its docs link, its status the HTTP status.
      !STATUS_MEMBERS.includes(m) && !(m === 'type' && (problem || isUri(properties[m]))),
  );
  // GraphQL's convention, Directus's too: `extensions.code`.
  const extensions = isObject(properties.extensions) ? propertiesOf(properties.extensions) : {};
  const codes = code.map((m) => pointerTo(m));
  if (isScalar(extensions.code)) codes.push(pointerTo('extensions', 'code'));
  const detail = problem
    ? ['detail', 'title'].filter((m) => isScalar(properties[m]))
    : present(properties, MESSAGE_MEMBERS, isScalar).filter((m) => !code.includes(m));
  const docs = present(properties, DOCS_MEMBERS, isScalar);
  if (problem && isScalar(properties.type)) docs.push('type');
  const status = present(properties, STATUS_MEMBERS, isNumber);
  const retry = present(properties, RETRY_MEMBERS, isNumber);
  const field = present(properties, FIELD_MEMBERS, isScalar);
  const fields = fieldsOf(properties, at === '' ? undefined : at.slice(1));
  const keys = at !== '' ? [found.wrapper] : list ? [] : [...code, ...detail, ...docs, ...status];
  return {
    mediaType: body.mediaType,
    errors: at,
    list,
    problem,
    code: codes,
    detail: detail.map((m) => pointerTo(m)),
    docs: docs.map((m) => pointerTo(m)),
    field: field.map((m) => pointerTo(m)),
    status: status.map((m) => pointerTo(m)),
    retryAfterSeconds: retry.map((m) => pointerTo(m)),
    ...(fields ? { fields } : {}),
    keys,
  };
}

/**
 * Pointers of the shapes, the most used first, each once; with `share`, only
 * those that at least this share of the responses use (a code member of one
 * odd response out of hundreds would make every body's code look missing).
 */
function ranked(
  shapes: readonly { shape: Shape; weight: number }[],
  pick: (s: Shape) => string[],
  share = 0,
) {
  const weight = new Map<string, number>();
  let total = 0;
  for (const { shape, weight: w } of shapes) {
    total += w;
    for (const p of pick(shape)) weight.set(p, (weight.get(p) ?? 0) + w);
  }
  return [...weight.entries()]
    .filter(([, w]) => w >= total * share)
    .sort((a, b) => b[1] - a[1])
    .map(([p]) => p)
    .slice(0, MAX_POINTERS);
}

/** Least share of a shape group's responses whose code member becomes the dialect's. */
const CODE_SHARE = 0.1;

function one(list: readonly string[]): string | readonly string[] {
  return list.length === 1 ? list[0]! : list;
}

/** Members read by every shape of the group (else by the most used one): what detection needs. */
function detectKeys(group: readonly { shape: Shape; weight: number }[]): string[] {
  const heaviest = [...group].sort((a, b) => b.weight - a.weight)[0]!.shape.keys;
  const common = heaviest.filter((k) => group.every(({ shape }) => shape.keys.includes(k)));
  return (common.length ? common : heaviest).slice(0, MAX_DETECT_KEYS);
}

function describe(spec: DialectSpec): string {
  return Object.entries(spec)
    .map(([member, value]) => `${member} ${JSON.stringify(value)}`)
    .join(', ');
}

/**
 * Guesses a pack's dialect from the documented bodies of the error
 * responses, one list of bodies per response. Never throws; gives no
 * dialect when no schema reads as an error.
 */
export function inferDialect(responses: readonly (readonly ErrorBody[])[]): InferredDialect {
  const groups = new Map<string, { shape: Shape; weight: number }[]>();
  let withSchema = 0;
  for (const bodies of responses) {
    const json = bodies.filter((b) => /[/+]json$|^\*\/\*$/.test(b.mediaType));
    if (json.length === 0) continue;
    withSchema++;
    // One shape per response: its first JSON body that reads as an error.
    const shape = json.map(shapeOf).find((s) => s !== undefined);
    if (!shape) continue;
    const key = `${shape.errors} ${shape.list}`;
    const group = groups.get(key) ?? [];
    const same = group.find((g) => JSON.stringify(g.shape) === JSON.stringify(shape));
    if (same) same.weight++;
    else group.push({ shape, weight: 1 });
    groups.set(key, group);
  }
  const weightOf = (g: readonly { weight: number }[]) => g.reduce((n, s) => n + s.weight, 0);
  const sorted = [...groups.values()].sort((a, b) => weightOf(b) - weightOf(a));
  const group = sorted[0];
  if (!group) {
    return {
      problem: false,
      responses: { read: 0, withSchema },
      shapes: 0,
      review: [
        `No dialect: none of the ${withSchema} error response(s) with a JSON schema has a code or message member kodex recognises. Without one, a top-level code or message is read and the HTTP status speaks; write the pack's dialect by hand (docs/packs.md) if the bodies say more.`,
      ],
    };
  }
  const first = group[0]!.shape;
  const problem = group.some((g) => g.shape.problem);
  const fields = [...group].sort((a, b) => b.weight - a.weight).find((g) => g.shape.fields)
    ?.shape.fields;
  const code = ranked(group, (s) => s.code, CODE_SHARE);
  const detail = ranked(group, (s) => s.detail);
  const docs = ranked(group, (s) => s.docs);
  const field = ranked(group, (s) => s.field);
  const status = ranked(group, (s) => s.status);
  const retry = ranked(group, (s) => s.retryAfterSeconds);
  const keys = detectKeys(group);
  // A vendor's own media type marks its bodies; application/json marks nobody's.
  const mediaTypes = [
    ...new Set(group.map((g) => g.shape.mediaType).filter((m) => m.startsWith('application/vnd.'))),
  ].slice(0, MAX_POINTERS);
  const dialect: DialectSpec = {
    ...(first.errors ? { errors: first.errors } : {}),
    ...(first.list ? { list: true } : {}),
    ...(code.length ? { code: one(code) } : {}),
    ...(detail.length ? { detail: one(detail) } : {}),
    ...(docs.length ? { docs: one(docs) } : {}),
    ...(field.length ? { field: one(field) } : {}),
    ...(fields ? { fields } : {}),
    ...(retry.length ? { retryAfterSeconds: one(retry) } : {}),
    ...(status.length ? { status: one(status) } : {}),
    // Without a code, detection has nothing to score: the pack is named by its hosts.
    ...(code.length && keys.length ? { detectKeys: [keys] } : {}),
    ...(mediaTypes.length ? { mediaTypes } : {}),
  };
  const read = weightOf(group);
  const review = [
    `Dialect guessed from the schemas of ${read} of ${withSchema} error response(s) with a JSON schema: ${describe(dialect)}. Check it against a real error body.`,
  ];
  if (problem)
    review.push(
      'The errors are RFC 9457 problem details: the dialect maps their members (detail, else title; type as the docs link; status). kodex reads problem+json from any host with its built-in problem dialect too; this pack claims such bodies when its hosts, or `provider`, name it' +
        (code.length
          ? ', or by its code.'
          : ' (it has no code member of its own to be detected by).'),
    );
  if (!code.length)
    review.push(
      'No code member: the HTTP status is the code, and each entry is keyed by its status.',
    );
  if (code.length && dialect.detectKeys)
    review.push(
      `detectKeys ${JSON.stringify(dialect.detectKeys)} is a guess: a body with these top-level members is asked whether it is this provider's; make it as distinctive as the bodies allow.`,
    );
  const others = sorted.slice(1);
  if (others.length)
    review.push(
      `${weightOf(others.flat())} error response(s) have another shape this dialect does not read: ${others
        .map(
          (g) =>
            `errors at "${g[0]!.shape.errors}"${g[0]!.shape.list ? ' (a list)' : ''} in ${weightOf(g)}`,
        )
        .join('; ')}.`,
    );
  return {
    dialect,
    problem,
    responses: { read, withSchema },
    shapes: sorted.length,
    review,
  };
}
