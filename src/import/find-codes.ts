// Where an OpenAPI error response names its codes: an `enum` (or `const`) of
// a code-like member of its schema, the bodies of its examples, and `x-`
// extensions that list codes. Works on a dereferenced document, where a
// circular schema is a circular object: every walk here has a depth bound.

export type Json = Record<string, unknown>;

/** One code found in a response, with the text beside it when there is one. */
export interface FoundCode {
  readonly code: string;
  readonly title?: string;
  /**
   * True when the response itself shows the code (an example, an `x-` list),
   * not only an enum of a schema it may share with other responses.
   */
  readonly shown?: boolean;
  /** Where it was found first: a schema's enum or example value, an example body, an `x-` list. */
  readonly from?: 'schema' | 'example' | 'extension';
}

// Members that carry an error's code, most telling first. `status` is last: in
// problem+json it repeats the HTTP status, which is no code of its own.
export const CODE_MEMBERS = [
  'code',
  'error_code',
  'errorCode',
  'errorcode',
  'err_code',
  'reason',
  'error',
  'type',
  'status',
];
export const MESSAGE_MEMBERS = [
  'message',
  'title',
  'detail',
  'error_description',
  'errorMessage',
  'error_message',
  'msg',
  'description',
];
// Where an error body nests its code: `{ "error": { "code": … } }`.
const WRAPPERS = ['error', 'errors', 'fault'];

export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function codeText(value: unknown, status: number): string | undefined {
  if (typeof value === 'string' && value.trim() && value.length <= 200) return value.trim();
  if (typeof value === 'number' && Number.isInteger(value) && value !== status)
    return String(value);
  return undefined;
}

/** A schema's own properties, with those of its allOf/oneOf/anyOf parts. */
export function propertiesOf(schema: Json, depth = 0): Json {
  if (depth > 4) return {};
  const own = isObject(schema.properties) ? schema.properties : {};
  const parts = ['allOf', 'oneOf', 'anyOf'].flatMap((k) =>
    Array.isArray(schema[k]) ? (schema[k] as unknown[]).filter(isObject) : [],
  );
  return Object.assign({}, ...parts.map((p) => propertiesOf(p, depth + 1)), own);
}

function enumOf(schema: Json, depth = 0): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  if ('const' in schema) return [schema.const];
  if (depth > 2) return undefined;
  const parts = ['oneOf', 'anyOf'].flatMap((k) =>
    Array.isArray(schema[k]) ? (schema[k] as unknown[]).filter(isObject) : [],
  );
  const consts = parts.flatMap((p) => enumOf(p, depth + 1) ?? []);
  return consts.length ? consts : undefined;
}

/** Titles beside an enum, by its tools' conventions (`x-enum-descriptions`, a `oneOf` of `const` + `title`). */
function enumTitles(schema: Json): (string | undefined)[] {
  for (const key of ['x-enum-descriptions', 'x-enumDescriptions']) {
    const list = schema[key];
    if (Array.isArray(list)) return list.map((t) => (typeof t === 'string' ? t : undefined));
    if (isObject(list)) {
      return (enumOf(schema) ?? []).map((v) => {
        const t = list[String(v)];
        return typeof t === 'string' ? t : undefined;
      });
    }
  }
  const parts = ['oneOf', 'anyOf'].flatMap((k) =>
    Array.isArray(schema[k]) ? (schema[k] as unknown[]).filter(isObject) : [],
  );
  return parts.map((p) => {
    const t = p.title ?? p.description;
    return typeof t === 'string' ? t : undefined;
  });
}

/** Example values of a member (`example`, or JSON Schema's `examples` list). */
function exampleValues(schema: Json): unknown[] | undefined {
  if (Array.isArray(schema.examples)) return schema.examples;
  return 'example' in schema ? [schema.example] : undefined;
}

/**
 * Codes of the first code-like member with an enum (else with an example
 * value, Blockfrost's `error: { example: "Mempool Full" }`), looking into
 * wrappers and array items.
 */
function schemaCodes(schema: Json, status: number, depth = 0): FoundCode[] {
  if (depth > 3) return [];
  if (schema.type === 'array' && isObject(schema.items))
    return schemaCodes(schema.items, status, depth + 1);
  const properties = propertiesOf(schema);
  for (const member of CODE_MEMBERS) {
    const property = properties[member];
    if (!isObject(property)) continue;
    const values = enumOf(property);
    const titles = values ? enumTitles(property) : [messageExample(properties)];
    const found = (values ?? exampleValues(property) ?? []).flatMap((v, i) => {
      const code = codeText(v, status);
      return code === undefined || isLink(member, code) ? [] : [{ code, title: titles[i] }];
    });
    if (found.length) return found;
  }
  for (const wrapper of WRAPPERS) {
    const inner = properties[wrapper];
    if (isObject(inner)) {
      const found = schemaCodes(inner, status, depth + 1);
      if (found.length) return found;
    }
  }
  return [];
}

/** The schema a pointer's tokens name inside a schema: through properties, and into a list's items. */
function schemaAt(schema: Json, tokens: readonly string[]): Json | undefined {
  let at: Json | undefined = schema;
  for (const token of tokens) {
    if (at && isObject(at.items) && !isObject(at.properties)) at = at.items;
    const next: unknown = at ? propertiesOf(at)[token] : undefined;
    at = isObject(next) ? next : undefined;
  }
  if (at && isObject(at.items) && !isObject(at.properties)) at = at.items;
  return at;
}

/** Where a pack's dialect reads the code: its error object and code pointers, as tokens. */
export interface CodeLocation {
  readonly errors: readonly string[];
  readonly code: readonly (readonly string[])[];
}

/** Codes of the enum (else example value) of the member the dialect reads as the code. */
function codesAt(schema: Json, at: CodeLocation, status: number): FoundCode[] {
  const error = schemaAt(schema, at.errors);
  if (!error) return [];
  for (const pointer of at.code) {
    const property = schemaAt(error, pointer);
    if (!property) continue;
    const values = enumOf(property);
    const titles = values ? enumTitles(property) : [messageExample(propertiesOf(error))];
    const found = (values ?? exampleValues(property) ?? []).flatMap((v, i) => {
      const code = codeText(v, status);
      return code === undefined ? [] : [{ code, title: titles[i] }];
    });
    if (found.length) return found;
  }
  return [];
}

/** The example of a schema's message member, the text beside an example code. */
function messageExample(properties: Json): string | undefined {
  for (const member of MESSAGE_MEMBERS) {
    const property = properties[member];
    const value = isObject(property) ? exampleValues(property)?.[0] : undefined;
    if (typeof value === 'string' && value.trim()) return value;
  }
  return undefined;
}

/** A problem's `type` is a link to its documentation, not a code. */
function isLink(member: string, code: string): boolean {
  return member === 'type' && /^(https?:|urn:|about:|\/)/i.test(code);
}

/** Reads the code (and message) of one example body of a response of this status. */
export type ExampleReader = (body: unknown, status: number) => FoundCode | undefined;

/** The code and message of one example body, by the usual member names. */
export function exampleCode(body: unknown, status: number, depth = 0): FoundCode | undefined {
  if (Array.isArray(body)) return body.length ? exampleCode(body[0], status, depth) : undefined;
  if (!isObject(body) || depth > 3) return undefined;
  for (const wrapper of WRAPPERS) {
    const inner = body[wrapper];
    if (isObject(inner) || Array.isArray(inner)) {
      const found = exampleCode(inner, status, depth + 1);
      if (found) return found;
    }
  }
  const member = CODE_MEMBERS.find((m) => {
    const code = codeText(body[m], status);
    return code !== undefined && !isLink(m, code);
  });
  if (member === undefined) return undefined;
  const message = MESSAGE_MEMBERS.map((m) => body[m]).find(
    (m): m is string => typeof m === 'string' && m.trim() !== '',
  );
  return { code: codeText(body[member], status)!, title: message };
}

/** Example bodies of an OpenAPI 3.x media type or schema, and of a Swagger 2.0 response. */
export function examplesOf(holder: Json): unknown[] {
  const bodies: unknown[] = [];
  if ('example' in holder) bodies.push(holder.example);
  const examples = holder.examples;
  if (Array.isArray(examples)) bodies.push(...examples);
  else if (isObject(examples)) {
    for (const example of Object.values(examples)) {
      // 3.x: { name: { summary, value } }; Swagger 2.0: { mime: body }.
      bodies.push(isObject(example) && 'value' in example ? example.value : example);
    }
  }
  return bodies;
}

/** Codes an `x-` extension lists: `x-error-codes: [ "a", { code: "b", message: "…" } ]`. */
function extensionCodes(holder: Json, status: number): FoundCode[] {
  const found: FoundCode[] = [];
  for (const [key, value] of Object.entries(holder)) {
    if (!/^x-.*(code|error)/i.test(key) || /enum-?desc/i.test(key) || !Array.isArray(value))
      continue;
    for (const item of value) {
      const code = isObject(item) ? exampleCode(item, status) : undefined;
      const plain = codeText(item, status);
      if (code) found.push(code);
      else if (plain !== undefined) found.push({ code: plain });
    }
  }
  return found;
}

/** Where a response keeps example bodies and schemas: itself (Swagger 2.0) and each media type (3.x). */
function holdersOf(response: Json): { holders: Json[]; schemas: Json[] } {
  const holders: Json[] = [response];
  const schemas: Json[] = [];
  if (isObject(response.schema)) schemas.push(response.schema); // Swagger 2.0
  if (isObject(response.content)) {
    for (const media of Object.values(response.content).filter(isObject)) {
      holders.push(media);
      if (isObject(media.schema)) schemas.push(media.schema);
    }
  }
  return { holders, schemas };
}

/** Every example body of one error response. */
export function exampleBodies(response: Json): unknown[] {
  const { holders, schemas } = holdersOf(response);
  return [...holders, ...schemas].flatMap(examplesOf);
}

/**
 * Every code one error response names, schema enums first, each once (the
 * first title wins). With a pack's dialect, a code is what the dialect
 * reads: the enum of its code member, and its code in each example.
 */
export function findCodes(
  response: Json,
  status: number,
  dialect?: { readonly readExample: ExampleReader; readonly codeAt: CodeLocation },
): FoundCode[] {
  const { holders, schemas } = holdersOf(response);
  const readExample = dialect?.readExample ?? exampleCode;
  const tag = (from: FoundCode['from']) => (f: FoundCode) => ({ ...f, from });
  const enums = schemas
    .flatMap((s) => (dialect ? codesAt(s, dialect.codeAt, status) : schemaCodes(s, status)))
    .map(tag('schema'));
  const fromSchemas = enums.length;
  const found = [
    ...enums,
    ...exampleBodies(response)
      .flatMap((body) => readExample(body, status) ?? [])
      .map(tag('example')),
    ...[...holders, ...schemas].flatMap((h) => extensionCodes(h, status)).map(tag('extension')),
  ];
  const shown = new Set(found.slice(fromSchemas).map((f) => f.code));
  const byCode = new Map<string, FoundCode>();
  for (const f of found) {
    const known = byCode.get(f.code);
    if (!known) byCode.set(f.code, f);
    else if (known.title === undefined && f.title !== undefined)
      byCode.set(f.code, { ...f, from: known.from });
  }
  return [...byCode.values()].map((f) => (shown.has(f.code) ? { ...f, shown: true } : f));
}

/** The description of a response's schema, when it has one. */
export function schemaDescription(response: Json): string | undefined {
  const schemas = [
    response.schema,
    ...(isObject(response.content)
      ? Object.values(response.content).map((m) => (isObject(m) ? m.schema : undefined))
      : []),
  ].filter(isObject);
  const text = schemas.map((s) => s.description ?? s.title).find((t) => typeof t === 'string');
  return typeof text === 'string' && text.trim() ? text.trim() : undefined;
}
