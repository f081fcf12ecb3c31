// Error bodies are small and shallow: the largest of the fixtures has twelve
// objects and arrays, nested six deep. JSON.parse's cost grows with the
// objects and arrays it builds, faster than their number past some hundred
// thousand (a 1 MiB body of small nested arrays parses several times slower
// than a flat object of the same size: bench/README.md, "Figures behind code
// comments"), and consumers of a record recurse into what it keeps
// (JSON.stringify of a Dellin `validValues` item 50,000 arrays deep overflows
// the stack). So a JSON body is parsed only within this budget, checked by
// one linear scan before JSON.parse; beyond it the body is read as text, and
// the record says so.

/** Why a JSON body was not parsed. */
export type JsonRefusal = 'depth' | 'containers';

/** JSON nested deeper than this is not parsed. */
export const MAX_JSON_DEPTH = 1000;

/** JSON with more objects and arrays than this is not parsed (no fewer than {@link MAX_JSON_DEPTH}). */
export const MAX_JSON_CONTAINERS = 10_000;

/** Index of the quote that closes the string opened at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  let quote = text.indexOf('"', open + 1);
  while (quote > 0) {
    // Escaped when an odd run of backslashes precedes it; each run is
    // counted once, by the quote right after it: the scan stays linear.
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return -1;
}

/** Whether the text holds more than `limit` of `{` and `[` from `start`, in strings or not. */
function moreOpenersThan(text: string, start: number, limit: number): boolean {
  let n = 0;
  for (let i = text.indexOf('{', start); i >= 0; i = text.indexOf('{', i + 1)) {
    if (++n > limit) return true;
  }
  for (let i = text.indexOf('[', start); i >= 0; i = text.indexOf('[', i + 1)) {
    if (++n > limit) return true;
  }
  return false;
}

/**
 * Why the JSON text from `start` is over the budget, or `undefined` when it
 * is within it (or is no JSON that the scan can tell: JSON.parse judges).
 * A text with no more `{` and `[` than the depth limit cannot pass either
 * limit: it is not scanned, for a character loop costs about what JSON.parse
 * does on a small body, while `indexOf` jumps from one opener to the next.
 */
export function jsonOverBudget(text: string, start: number): JsonRefusal | undefined {
  if (text.length - start <= MAX_JSON_DEPTH) return undefined;
  if (!moreOpenersThan(text, start, MAX_JSON_DEPTH)) return undefined;
  let depth = 0;
  let containers = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = closingQuote(text, i);
      // An unterminated string: not JSON, which JSON.parse finds at once.
      if (i < 0) return undefined;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return 'depth';
      if (++containers > MAX_JSON_CONTAINERS) return 'containers';
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
}
