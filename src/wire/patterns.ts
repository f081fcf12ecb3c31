import { RE2JS } from 're2js';

// Catalog message patterns (UniSender's untyped errors, the Indexing API's
// variants) are matched case-insensitively with Unicode semantics ('iu').
// Under 'iu' V8 runs a pattern with a `\b` many times slower than the same
// pattern without it (bench/README.md, "Figures behind code comments"), and
// these patterns are tried on every message of their code.
// Two shortcuts give exactly the same answers:
// - A gate: one regex joining every pattern with its `\b` and `\B` taken out.
//   Dropping a zero-width assertion only widens what a pattern matches at each
//   position, so a text the gate rejects (most messages) matches none.
// - A pattern can match only where its widened form matches: the widened
//   form finds those few positions fast, and the exact pattern, anchored
//   (sticky), is tried at each of them alone.

// Where dropping an assertion could narrow a match (inside a negative
// lookaround) or joining patterns would change them (backreferences, named
// groups), there is no gate and the exact patterns always run.
const UNGATEABLE = /\(\?<|\(\?!|\\[1-9k]/;

/** The source with its `\b` and `\B` assertions removed, or `undefined` when that is unsafe. */
export function withoutWordBoundaries(source: string): string | undefined {
  if (UNGATEABLE.test(source)) return undefined;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      // In a class, `\b` is a backspace character, not an assertion.
      if (inClass || (next !== 'b' && next !== 'B')) out += ch + next;
    } else {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      out += ch;
    }
  }
  return out;
}

/** A test of texts against a regex: true when it matches. */
export type TextTest = (text: string) => boolean;

// The `u` flag has V8 fold case by Unicode's tables, which also costs:
// UniSender's untyped messages test several times faster against the same
// pattern without it (bench/README.md, "Figures behind code comments"). On a
// text of ASCII characters only, `i` alone gives the same answers, provided
// the source means the same without `u`: no \p{…} or \u escapes, no
// surrogates, and no character that Unicode folding maps onto ASCII (ſ onto
// s, K onto k), not even inside a range.
const UNICODE_ONLY = /\\[pPu]|[\u017f\u212a\ud800-\udfff]/;
const RANGE = /(.)-(.)/gs;
const NON_ASCII = /[^\0-\x7f]/;

// A message is asked about by a gate and then pattern by pattern: the last
// answer is kept, so its characters are scanned once.
let lastText: string | undefined;
let lastAscii = false;

function isAscii(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastAscii = !NON_ASCII.test(text);
  }
  return lastAscii;
}

function needsUnicode(source: string): boolean {
  if (UNICODE_ONLY.test(source)) return true;
  for (const [, from, to] of source.matchAll(RANGE)) {
    const a = from!.charCodeAt(0);
    const b = to!.charCodeAt(0);
    if ((a <= 0x17f && b >= 0x17f) || (a <= 0x212a && b >= 0x212a)) return true;
  }
  return false;
}

/** The regex without `u`, for ASCII texts, or `undefined` when it could answer otherwise. */
function asciiTwin(source: string, flags: string): RegExp | undefined {
  if (needsUnicode(source)) return undefined;
  try {
    return new RegExp(source, flags.replace('u', ''));
  } catch {
    return undefined;
  }
}

/** A test that takes the twin of {@link asciiTwin} on ASCII texts and `unicode` on the others. */
function asciiFirst(source: string, flags: string, unicode: TextTest): TextTest {
  const twin = asciiTwin(source, flags);
  if (twin === undefined) return unicode;
  return (text) => (isAscii(text) ? twin.test(text) : unicode(text));
}

/** `new RegExp(source, flags).test`, faster on ASCII texts when `flags` has `u` (see above). */
export function testOf(source: string, flags: string): TextTest {
  const exact = new RegExp(source, flags);
  const test: TextTest = (text) => exact.test(text);
  return flags.includes('u') ? asciiFirst(source, flags, test) : test;
}

/** A test that passes wherever any of the sources could match (see the module comment), or `undefined`. */
export function gateOf(sources: readonly string[], flags: string): TextTest | undefined {
  const loose: string[] = [];
  for (const source of sources) {
    const widened = withoutWordBoundaries(source);
    if (widened === undefined) return undefined;
    loose.push(`(?:${widened})`);
  }
  return loose.length ? testOf(loose.join('|'), flags) : undefined;
}

/** Whether a surrogate pair (one code point, two code units) starts at `i`. */
function pairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

/** A test of texts against one pattern source: `new RegExp(source, 'iu').test(text)`, faster. */
export function compilePattern(source: string): TextTest {
  const widened = withoutWordBoundaries(source);
  if (widened === undefined || widened === source) return testOf(source, 'iu');
  // Without `u`, a `\b` costs little: ASCII texts take the plain twin.
  return asciiFirst(source, 'iu', boundedTest(source, widened));
}

/** The 'iu' test of a source with word boundaries, through its widened form's candidates. */
function boundedTest(source: string, widened: string): TextTest {
  const candidates = new RegExp(widened, 'giu');
  const anchored = new RegExp(source, 'iuy');
  return (text) => {
    candidates.lastIndex = 0;
    for (let m = candidates.exec(text); m !== null; m = candidates.exec(text)) {
      anchored.lastIndex = m.index;
      if (anchored.test(text)) return true;
      // On to the next start, a whole code point on (the widened match may be empty).
      candidates.lastIndex = m.index + (pairAt(text, m.index) ? 2 : 1);
    }
    return false;
  };
}

/** A test of texts against pattern sources, true when any matches (see {@link compilePattern}). */
export function exactPatterns(sources: readonly string[]): (text: string) => boolean {
  const tests = sources.map(compilePattern);
  return (text) => {
    for (const test of tests) if (test(text)) return true;
    return false;
  };
}

/**
 * A test of texts against message-pattern sources (case-insensitive,
 * Unicode), true when any matches, through the gate of the module comment.
 */
export function compilePatterns(sources: readonly string[]): (text: string) => boolean {
  const gate = gateOf(sources, 'iu');
  const exact = exactPatterns(sources);
  return (text) => (gate === undefined || gate(text)) && exact(text);
}

// A provider pack's patterns are anyone's: V8's backtracking engine would
// let one take cubic or exponential time on a message that almost matches
// (`a.*b.*c`: 12 s on 4 KiB; `(?:a|a)*c`: 11 s on 28 characters, which
// safe-regex2's check passes). They run on RE2's linear-time automaton
// instead: a few milliseconds on the longest message, whatever the pattern
// (bench/README.md, "Figures behind code comments"). RE2 syntax has no
// lookaround and no backreferences; case is folded as with 'iu'.

/** Why a source is no pattern the linear engine runs, or `undefined`. */
export function linearPatternProblem(source: string): string | undefined {
  try {
    RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
    return undefined;
  } catch (error) {
    return `not an RE2 pattern (no lookaround or backreferences): ${(error as Error).message}`;
  }
}

/**
 * A linear-time test of texts against any of the sources (each checked by
 * {@link linearPatternProblem}): case-insensitive, as catalog patterns are,
 * unless told otherwise (a dialect's code pattern).
 */
export function linearTest(sources: readonly string[], ignoreCase = true): TextTest {
  const flags = ignoreCase ? RE2JS.CASE_INSENSITIVE : 0;
  const compiled = sources.map((source) => RE2JS.compile(source, flags));
  return (text) => compiled.some((re) => re.matcher(text).find());
}
