// A JSON Schema (2020-12, as OpenAPI 3.1 uses) inferred from example bodies:
// how the provider's error bodies look, derived from what the encoders write
// rather than written by hand per provider.

/** A JSON Schema object. */
export type JsonSchema = { [keyword: string]: unknown };

type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

interface Shape {
  /** Values merged into this shape. */
  count: number;
  types: Set<JsonType>;
  items?: Shape;
  props: Map<string, Shape>;
  /** Objects merged into this shape: a property seen in all of them is required. */
  objects: number;
}

// Bodies are small; the cap only keeps a hostile value from recursing without end.
const MAX_DEPTH = 32;

function newShape(): Shape {
  return { count: 0, types: new Set(), props: new Map(), objects: 0 };
}

function add(shape: Shape, value: unknown, depth: number): void {
  shape.count++;
  if (value === null || value === undefined) shape.types.add('null');
  else if (typeof value === 'boolean') shape.types.add('boolean');
  else if (typeof value === 'number')
    shape.types.add(Number.isInteger(value) ? 'integer' : 'number');
  else if (typeof value === 'string') shape.types.add('string');
  else if (Array.isArray(value)) {
    shape.types.add('array');
    if (depth >= MAX_DEPTH) return;
    shape.items ??= newShape();
    for (const item of value) add(shape.items, item, depth + 1);
  } else if (typeof value === 'object') {
    shape.types.add('object');
    shape.objects++;
    if (depth >= MAX_DEPTH) return;
    for (const key of Object.keys(value)) {
      let prop = shape.props.get(key);
      if (!prop) {
        prop = newShape();
        shape.props.set(key, prop);
      }
      add(prop, (value as Record<string, unknown>)[key], depth + 1);
    }
  }
}

function schemaOfType(shape: Shape, type: JsonType): JsonSchema {
  if (type === 'array') return { type, items: shape.items ? emit(shape.items) : {} };
  if (type !== 'object') return { type };
  // Null-prototype: a `__proto__` key stays a property name.
  const properties: JsonSchema = Object.create(null);
  const required: string[] = [];
  for (const [key, prop] of shape.props) {
    properties[key] = emit(prop);
    // A key seen as often as the objects holding it was in every one of them.
    if (prop.count === shape.objects) required.push(key);
  }
  return required.length ? { type, properties, required: required.sort() } : { type, properties };
}

function emit(shape: Shape): JsonSchema {
  const types = [...shape.types];
  // An integer is a number: a property that is both is a number.
  const merged = types.includes('number') ? types.filter((t) => t !== 'integer') : types;
  if (merged.length === 0) return {};
  if (merged.length === 1) return schemaOfType(shape, merged[0]!);
  if (!merged.includes('object') && !merged.includes('array')) return { type: merged };
  return { anyOf: merged.map((t) => schemaOfType(shape, t)) };
}

/**
 * The schema of a set of JSON values: object properties present in every
 * value are required, types seen for one property are united.
 * @example inferSchema([{ code: 1 }, { code: 2, message: 'x' }]) // { type: 'object', properties: {…}, required: ['code'] }
 */
export function inferSchema(values: readonly unknown[]): JsonSchema {
  const shape = newShape();
  for (const value of values) add(shape, value, 0);
  return emit(shape);
}

function topKeys(value: unknown): readonly string[] | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.keys(value)
    : undefined;
}

/**
 * Like {@link inferSchema}, but a dialect with several body forms (amoCRM's
 * problem, legacy envelope and Chats error) gets one schema per form under
 * `anyOf`: values are grouped by their top-level keys, a group whose keys are
 * a subset of a larger group's joining it.
 */
export function inferBodySchema(values: readonly unknown[]): JsonSchema {
  const groups: { keys: Set<string>; values: unknown[] }[] = [];
  const others: unknown[] = [];
  const byKeyCount = values
    .map((value) => ({ value, keys: topKeys(value) }))
    .sort((a, b) => (b.keys?.length ?? -1) - (a.keys?.length ?? -1));
  for (const { value, keys } of byKeyCount) {
    if (!keys) {
      others.push(value);
      continue;
    }
    const home = groups.find((g) => keys.every((k) => g.keys.has(k)));
    if (home) home.values.push(value);
    else groups.push({ keys: new Set(keys), values: [value] });
  }
  const schemas = groups.map((g) => inferSchema(g.values));
  if (others.length) schemas.push(inferSchema(others));
  return schemas.length === 1 ? schemas[0]! : { anyOf: schemas };
}
