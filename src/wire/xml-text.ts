// XML 1.0 §2.2: a document holds only these characters —
// #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// The others (C0 controls, U+FFFE, U+FFFF, lone surrogates) cannot be
// written at all, not even as character references (§4.1, WFC: Legal
// Character), so XML that kodex writes has each replaced with U+FFFD, the
// replacement character: the document stays well-formed for any parser and
// the reader still sees that something stood there. (XML 1.1 could refer to
// most of them, but few parsers read 1.1.)
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_XML_CHARS = new RegExp(NOT_XML_CHAR.source, 'gu');

/** The text with every character XML 1.0 cannot hold replaced with U+FFFD. */
export function toXmlChars(text: string): string {
  return NOT_XML_CHAR.test(text) ? text.replace(NOT_XML_CHARS, '\uFFFD') : text;
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
    if (!(codePoint <= 0x10ffff)) return '\uFFFD';
    const char = String.fromCodePoint(codePoint);
    return NOT_XML_CHAR.test(char) ? '\uFFFD' : char;
  });
}
