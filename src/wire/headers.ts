/**
 * Header values by lower-case name. Read it only by known header names (never
 * by a name from the wire): it may be the caller's own plain object.
 */
export type HeaderMap = Readonly<Record<string, string>>;

/** Anything that carries headers: a fetch `Headers`, a plain object, or `[name, value]` pairs. */
export type HeadersInput =
  | Headers
  | Readonly<Record<string, string | readonly string[] | number | undefined>>
  | Iterable<readonly [string, string]>
  | undefined;

// Lower-case names most responses carry: one set lookup settles them, rather
// than a scan of every character (decoding's hot path reads every name).
const COMMON_NAMES: ReadonlySet<string> = new Set([
  'content-type',
  'content-length',
  'date',
  'server',
  'connection',
  'retry-after',
  'cache-control',
  'vary',
  'etag',
  'x-request-id',
]);

/** True when a name holds an ASCII capital. */
function hasCapital(name: string): boolean {
  if (COMMON_NAMES.has(name)) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * A plain object that already is a header map (lower-case names, string
 * values, no `__proto__`): the common case, kept as it is rather than copied.
 */
function alreadyNormal(input: object): input is HeaderMap {
  if (Object.getPrototypeOf(input) !== Object.prototype) return false;
  for (const key in input) {
    if (
      key === '__proto__' ||
      hasCapital(key) ||
      typeof (input as Record<string, unknown>)[key] !== 'string'
    ) {
      return false;
    }
  }
  return true;
}

/** Lower-cases header names and joins repeated values, as HTTP does (RFC 9110 §5.3). */
export function normalizeHeaders(input: HeadersInput): HeaderMap {
  if (input && alreadyNormal(input)) return input;
  const out: Record<string, string> = Object.create(null);
  if (!input) return out;
  const add = (name: string, value: unknown) => {
    if (value === undefined || value === null) return;
    const key = String(name).toLowerCase();
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    out[key] = key in out ? `${out[key]}, ${text}` : text;
  };
  if (
    typeof (input as Headers).forEach === 'function' &&
    typeof (input as Headers).get === 'function'
  ) {
    (input as Headers).forEach((value, name) => {
      add(name, value);
    });
  } else if (Symbol.iterator in Object(input) && typeof input !== 'string') {
    for (const pair of input as Iterable<readonly [string, string]>) add(pair[0], pair[1]);
  } else {
    for (const name of Object.keys(input)) add(name, (input as Record<string, unknown>)[name]);
  }
  return out;
}
