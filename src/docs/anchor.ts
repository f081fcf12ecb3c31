// The anchor rule is a public contract: the web reference and other people's
// pages link to `<provider>.html#<anchor>`. Change it and those links break.
//
// An entry key is `code` or `code.variant` (model/catalog.ts, entryKey).
// 1. A key whose code is letters, digits and `_` (every built-in code), with an
//    optional `.variant` slug, becomes `code-` + code + `-` + variant:
//    `244.events` → `code-244-events`, `B011` → `code-B011`.
// 2. Any other key becomes `code--` + the key with every character other than
//    an ASCII letter, digit or `_` written as `-<hex code point>-`:
//    `E-1` → `code--E-2d-1`.
// Form 1 never has a `-` right after the prefix and its code never has one, so
// the map is one-to-one; the result is a valid HTML id, URL fragment and CSS
// identifier that needs no escaping.

const PLAIN_KEY = /^([A-Za-z0-9_]+)(?:\.([a-z0-9][a-z0-9-]*))?$/;

/**
 * The permanent HTML anchor (element id) of a catalog entry, from its key.
 * @example anchorId('244.events') // 'code-244-events'
 */
export function anchorId(key: string): string {
  const plain = PLAIN_KEY.exec(key);
  if (plain) return plain[2] ? `code-${plain[1]}-${plain[2]}` : `code-${plain[1]}`;
  let out = 'code--';
  for (const char of key) {
    out += /[A-Za-z0-9_]/.test(char) ? char : `-${char.codePointAt(0)!.toString(16)}-`;
  }
  return out;
}

/**
 * The HTML anchor of a catalog section (section ids are lower-case slugs, `_` allowed).
 * @example sectionAnchorId('billing') // 'section-billing'
 */
export function sectionAnchorId(sectionId: string): string {
  return `section-${sectionId}`;
}
