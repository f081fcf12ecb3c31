import type { Dialect } from '../dialects/dialect.js';
import { httpDialect } from '../dialects/http.js';
import { dialects } from '../dialects/index.js';
import { isObject } from '../wire/json-access.js';
import type { ResponseView } from '../wire/response-view.js';

// Below this a detection guess is not trusted and plain HTTP speaks.
const MIN_DETECT_SCORE = 0.3;

// Detection could ask every dialect about every body, and most would answer 0
// after probing the body for members it does not have, a cost paid per
// dialect per body (bench/README.md, "Figures behind code comments"). So a
// body's top-level keys are read once into a bit set, and a dialect is asked
// only when the body holds one of its `detectKeys` sets in full, or has one
// of its `detectMediaTypes`: otherwise, by that contract, it would answer 0,
// which never wins.

// One bit per key named in any dialect's sets; a dialect whose keys find no
// bit left is always asked.
const MAX_KEYS = 31;
const bitOfKey = new Map<string, number>();

function bitOf(key: string): number | undefined {
  let bit = bitOfKey.get(key);
  if (bit === undefined && bitOfKey.size < MAX_KEYS) {
    bit = 1 << bitOfKey.size;
    bitOfKey.set(key, bit);
  }
  return bit;
}

/** What detection knows of a dialect before asking it. */
interface Prefilter {
  /** False when the dialect is always asked. */
  readonly filtered: boolean;
  /** Keys of every set: a body with none of them concerns the dialect only by media type. */
  readonly anyKey: number;
  /** The sets as bit masks. */
  readonly keySets: readonly number[];
  readonly mediaTypes: readonly string[];
}

const ALWAYS_ASK: Prefilter = { filtered: false, anyKey: 0, keySets: [], mediaTypes: [] };

function compile(dialect: Dialect): Prefilter {
  if (!dialect.detectKeys) return ALWAYS_ASK;
  const keySets: number[] = [];
  let anyKey = 0;
  for (const set of dialect.detectKeys) {
    // An empty set concerns every body: nothing to filter on.
    if (set.length === 0) return ALWAYS_ASK;
    let mask = 0;
    for (const key of set) {
      const bit = bitOf(key);
      if (bit === undefined) return ALWAYS_ASK;
      mask |= bit;
    }
    keySets.push(mask);
    anyKey |= mask;
  }
  return { filtered: true, anyKey, keySets, mediaTypes: dialect.detectMediaTypes ?? [] };
}

const prefilters = new WeakMap<Dialect, Prefilter>();

function prefilterOf(dialect: Dialect): Prefilter {
  let prefilter = prefilters.get(dialect);
  if (prefilter === undefined) {
    prefilter = compile(dialect);
    prefilters.set(dialect, prefilter);
  }
  return prefilter;
}

/** A list of dialects with the prefilter of each, found once. */
interface KnownList {
  readonly dialects: readonly Dialect[];
  readonly prefilters: readonly Prefilter[];
}

// The lists detection is asked about on every decode (the registry, a
// provider's dialects) are met again and again: each list's prefilters are
// looked up the first time it is met, not on every decode. Weakly held, so a
// caller's one-off list does not stay in memory.
const knownLists = new WeakMap<readonly Dialect[], KnownList>();

function knownListOf(list: readonly Dialect[]): KnownList {
  let known = knownLists.get(list);
  if (known === undefined) {
    // A copy: should the caller's list change later, its changed entries are
    // looked up again (detectDialect compares each entry with the copy).
    const copy = [...list];
    known = { dialects: copy, prefilters: copy.map(prefilterOf) };
    knownLists.set(list, known);
  }
  return known;
}

// A body this long may have thousands of keys, and listing them costs more
// than JSON.parse took to make them (a dictionary object's names come out
// sorted): its keys are asked for one by one, at most MAX_KEYS of them.
const LONG_BODY = 8 * 1024;

/** The bits of the keys of a parsed body (0 for an array or a scalar). */
function keysOf(body: unknown, long: boolean): number {
  if (!isObject(body)) return 0;
  let bits = 0;
  // Own names, enumerable or not: exactly what the dialects' own() reads see.
  if (long) {
    for (const [key, bit] of bitOfKey) if (Object.hasOwn(body, key)) bits |= bit;
    return bits;
  }
  for (const key of Object.getOwnPropertyNames(body)) bits |= bitOfKey.get(key) ?? 0;
  return bits;
}

/** Whether a dialect could score a JSON body whose keys are `present` above 0. */
function concerns(prefilter: Prefilter, present: number, view: ResponseView): boolean {
  if (!prefilter.filtered) return true;
  if ((present & prefilter.anyKey) !== 0) {
    const sets = prefilter.keySets;
    for (let i = 0; i < sets.length; i++) if ((present & sets[i]!) === sets[i]) return true;
  }
  const types = prefilter.mediaTypes;
  if (types.length === 0) return false;
  const type = view.mediaType;
  for (let i = 0; i < types.length; i++) if (types[i] === type) return true;
  return false;
}

/**
 * The dialect whose detector is surest of this response, among `candidates`
 * (every dialect by default), or `otherwise` when none is sure enough.
 */
export function detectDialect(
  view: ResponseView,
  candidates: readonly Dialect[] = dialects,
  otherwise: Dialect = httpDialect,
): Dialect {
  const known = knownListOf(candidates);
  const body = view.json();
  // Not JSON (HTML, XML, text): every dialect is asked.
  const json = body !== undefined;
  const long = view.text.length > LONG_BODY;
  let present = json ? keysOf(body, long) : 0;
  let keysRead = bitOfKey.size;
  let best = otherwise;
  let bestScore = MIN_DETECT_SCORE;
  for (let i = 0; i < candidates.length; i++) {
    const dialect = candidates[i]!;
    if (dialect === otherwise) continue;
    if (json) {
      const prefilter = known.dialects[i] === dialect ? known.prefilters[i]! : prefilterOf(dialect);
      // A dialect met for the first time may name keys the body was not read for.
      if (bitOfKey.size !== keysRead) {
        present = keysOf(body, long);
        keysRead = bitOfKey.size;
      }
      // The common answer inline: none of the dialect's keys, no media type to check.
      if (prefilter.filtered && (present & prefilter.anyKey) === 0 && !prefilter.mediaTypes.length)
        continue;
      if (!concerns(prefilter, present, view)) continue;
    }
    const score = dialect.detect(view);
    if (score > bestScore) {
      best = dialect;
      bestScore = score;
    }
  }
  return best;
}
