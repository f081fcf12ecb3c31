// XML 1.0 §2.2: a document holds only these characters —
// #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  apos: "'",
  quot: '"',
};

// One pass, so `&amp;lt;` is `&lt;` and never `<`. Only the five predefined
// entities (§4.6) and character references (§4.1): there is no DTD (the
// parser refuses a DOCTYPE), so nothing is declared and nothing expands.
const REFERENCE = /&(?:(lt|gt|amp|apos|quot)|#(\d+)|#x([0-9A-Fa-f]+));/g;

/**
 * Text with its predefined entities and character references decoded. A
 * reference to a character XML cannot hold (`&#0;`, `&#xD800;`, beyond
 * U+10FFFF) becomes U+FFFD; any other `&name;` is left as written.
 * @example decodeXmlEntities('a &amp;lt; b &#x44F;') // 'a &lt; b я'
 */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (_, name: string | undefined, dec?: string, hex?: string) => {
    if (name !== undefined) return PREDEFINED[name]!;
    const codePoint = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    return isXmlChar(codePoint) ? String.fromCodePoint(codePoint) : '\uFFFD';
  });
}
