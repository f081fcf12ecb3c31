// Catalog message patterns (UniSender's untyped errors, the Indexing API's
// variants) are matched case-insensitively with Unicode semantics ('iu').
// Under 'iu' V8 runs a pattern with a `\b` about ten times slower than the
// same pattern without it (measured ~400 ns against ~40 ns on a 50-character
// message), and these patterns are tried on every message of their code.
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

/** One regex that matches wherever any of the sources could (see the module comment), or `undefined`. */
export function gateOf(sources: readonly string[], flags: string): RegExp | undefined {
  const loose: string[] = [];
  for (const source of sources) {
    const widened = withoutWordBoundaries(source);
    if (widened === undefined) return undefined;
    loose.push(`(?:${widened})`);
  }
  return loose.length ? new RegExp(loose.join('|'), flags) : undefined;
}

/** Whether a surrogate pair (one code point, two code units) starts at `i`. */
function pairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

/** A test of texts against one pattern source: `new RegExp(source, 'iu').test(text)`, faster. */
export function compilePattern(source: string): (text: string) => boolean {
  const widened = withoutWordBoundaries(source);
  if (widened === undefined || widened === source) {
    const exact = new RegExp(source, 'iu');
    return (text) => exact.test(text);
  }
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
  return (text) => (gate === undefined || gate.test(text)) && exact(text);
}
