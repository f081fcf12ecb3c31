import { isObject } from './json-access.js';

// RFC 6901 JSON Pointers, as provider packs use them to say where a body
// keeps its code and message. Reading walks own members only (a pointer to
// `/constructor` finds nothing in a body that has none), and a pointer is
// parsed once, when its pack is loaded, never per body.

/** A pointer's reference tokens, unescaped: `/a~1b/0` → `['a/b', '0']`. */
export type PointerPath = readonly string[];

/** Longest pointer a pack may use, in tokens: deeper bodies are not error bodies. */
export const MAX_POINTER_DEPTH = 32;

/** Why a text is not a JSON Pointer, or `undefined` when it is one. */
export function pointerProblem(pointer: string): string | undefined {
  if (pointer !== '' && !pointer.startsWith('/')) return 'a JSON Pointer starts with "/"';
  if (/~(?![01])/.test(pointer)) return '"~" must be written "~0" and "/" inside a name "~1"';
  if (pointer.split('/').length - 1 > MAX_POINTER_DEPTH)
    return `a pointer may have at most ${MAX_POINTER_DEPTH} tokens`;
  return undefined;
}

/** The tokens of a valid pointer (see {@link pointerProblem}). */
export function parsePointer(pointer: string): PointerPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const INDEX = /^(?:0|[1-9]\d{0,8})$/;

/** The value a pointer names in a parsed body, or `undefined`; never reads inherited members. */
export function valueAt(value: unknown, path: PointerPath): unknown {
  let at = value;
  for (const token of path) {
    if (Array.isArray(at)) {
      if (!INDEX.test(token)) return undefined;
      at = at[Number(token)];
    } else if (isObject(at) && Object.hasOwn(at, token)) {
      at = at[token];
    } else {
      return undefined;
    }
  }
  return at;
}

/**
 * Writes a value where a pointer names it in a tree being built, making the
 * objects on the way (an encoder's body). Members are defined, not assigned,
 * so a `__proto__` token stays data.
 */
export function setAt(tree: Record<string, unknown>, path: PointerPath, value: unknown): void {
  if (path.length === 0) return;
  let at: Record<string, unknown> = tree;
  for (let i = 0; i < path.length - 1; i++) {
    const token = path[i]!;
    const next = Object.hasOwn(at, token) ? at[token] : undefined;
    if (isObject(next)) {
      at = next as Record<string, unknown>;
    } else {
      const made: Record<string, unknown> = {};
      Object.defineProperty(at, token, {
        value: made,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      at = made;
    }
  }
  Object.defineProperty(at, path[path.length - 1]!, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
