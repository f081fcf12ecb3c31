// Safe reads from untrusted parsed JSON/XML: only own properties (a body's
// missing `constructor` must not read Object.prototype.constructor), only the
// expected types, bounded lengths.

/** A plain JSON object (not an array, not null). */
export type JsonObject = Readonly<Record<string, unknown>>;

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property of an object, or `undefined`. */
export function own(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** An own property that is an object. */
export function ownObject(value: unknown, key: string): JsonObject | undefined {
  const v = own(value, key);
  return isObject(v) ? v : undefined;
}

/** An own property that is an array. */
export function ownArray(value: unknown, key: string): readonly unknown[] | undefined {
  const v = own(value, key);
  return Array.isArray(v) ? v : undefined;
}

const MAX_TEXT = 4096;

/** A string or finite number as a string (a code may come as `110` or `"110"`), cut to a sane length. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** True for a text with more than white space in it (what `trim()` would not empty). */
export function hasContent(value: string): boolean {
  const first = value.charCodeAt(0);
  // A printable ASCII first character settles it without trim()'s call.
  return (first > 32 && first < 127) || value.trim() !== '';
}

/** An own property as text (see {@link text}). */
export function ownText(value: unknown, key: string): string | undefined {
  return text(own(value, key));
}

/** An integer from a number or a numeric string. */
export function integer(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

/** A list: arrays stay, a single value becomes a one-item list (XML repeats elements). */
export function list(value: unknown): readonly unknown[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

/** A copy of an object's own scalar entries, skipping prototype-polluting keys. */
export function plainParams(value: unknown, max = 50): Record<string, unknown> | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, unknown> = {};
  let n = 0;
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const v = value[key];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) {
      out[key] = typeof v === 'string' ? v.slice(0, MAX_TEXT) : v;
      if (++n >= max) break;
    }
  }
  return n ? out : undefined;
}
