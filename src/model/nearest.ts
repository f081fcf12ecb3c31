import { distance } from 'fastest-levenshtein';

/**
 * The candidates closest to `query` by edit distance (case-insensitive), best
 * first, dropping those so far off that they would not help a reader.
 */
export function nearest(candidates: Iterable<string>, query: string, max = 5): string[] {
  const needle = query.toLowerCase().slice(0, 200);
  const scored: { value: string; score: number }[] = [];
  for (const value of new Set(candidates)) {
    const hay = value.toLowerCase();
    let score = distance(needle, hay);
    // A shared prefix ("2440" for "244") or containment is a strong hint.
    if (hay.startsWith(needle) || needle.startsWith(hay)) score -= 1;
    else if (needle.length >= 3 && hay.includes(needle)) score -= 0.5;
    const tolerance = Math.max(2, Math.ceil(Math.max(needle.length, hay.length) / 2));
    if (score <= tolerance) scored.push({ value, score });
  }
  scored.sort((a, b) => a.score - b.score || a.value.localeCompare(b.value));
  return scored.slice(0, max).map((s) => s.value);
}
