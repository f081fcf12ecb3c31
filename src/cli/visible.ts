/**
 * True for a character a terminal acts on rather than shows: C0 controls
 * (ESC starts colour and title sequences, CR rewrites the line), DEL, C1
 * controls (U+009B is a CSI of its own), and the bidi embeddings, overrides
 * and isolates that reorder the text around them (U+202A–U+202E, U+2066–U+2069).
 */
function isActive(c: number, keepLayout: boolean): boolean {
  if (c < 0x20) return !(keepLayout && (c === 0x0a || c === 0x09));
  return (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

const hex = (c: number, digits: number) => c.toString(16).padStart(digits, '0');

// The same sets as isActive, for one native scan that settles most texts
// (nothing to escape) before the per-character loop: kodex decode --jsonl
// writes every record through here.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job
const ACTIVE_IN_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** `text` with each active character replaced by `spell` of it. */
function escapeActive(text: string, keepLayout: boolean, spell: (c: number) => string): string {
  if (!(keepLayout ? ACTIVE_IN_LAYOUT : ACTIVE).test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isActive(c, keepLayout)) continue;
    out += text.slice(from, i) + spell(c);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Text that came from outside (a body, a header, a file name, an argument),
 * made safe to print on a terminal: every character the terminal would act on
 * is written as its escape (`\x1b`, `\x9b`, `\u202e`); the rest is untouched.
 * Newline and tab are escaped too, since a card's line holds one value, unless
 * `keepLayout` (a whole message of several lines).
 * @example visible('raw \x1b]0;title\x07') // 'raw \\x1b]0;title\\x07'
 */
export function visible(text: string, keepLayout = false): string {
  return escapeActive(text, keepLayout, (c) => (c < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/**
 * JSON text in which DEL, the C1 controls and the bidi controls are `\u`
 * escapes as well (JSON.stringify escapes only C0, and newline and tab within
 * strings): the same value for any JSON reader, and nothing a terminal acts on.
 */
export function jsonText(value: unknown, indent?: number): string {
  // Layout kept: the only raw newlines are the indentation's.
  return escapeActive(String(JSON.stringify(value, null, indent)), true, (c) => `\\u${hex(c, 4)}`);
}
