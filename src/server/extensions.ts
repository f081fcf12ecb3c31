import type { EncodedResponse } from '../dialects/dialect.js';
import { toXmlChars } from '../wire/xml-text.js';

/** Members added to an encoded error body: the correlation id, and the stack in development. */
export type Extensions = Readonly<Record<string, string>>;

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

function escapeXml(text: string): string {
  return toXmlChars(text).replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);
}

/**
 * The body with extension members added as the last members of its root
 * object (JSON) or element (XML): RFC 9457 §3.2 extension members, and
 * harmless unknown members for every other dialect. A body of another shape
 * is returned as it is. Spliced as text: the body was just encoded, parsing it
 * again would double the cost of an error response.
 */
export function withExtensions(encoded: EncodedResponse, members: Extensions): EncodedResponse {
  const names = Object.keys(members);
  if (!names.length) return encoded;
  const body = encoded.body.trimEnd();
  if (body.endsWith('}')) {
    const added = names.map((n) => `${JSON.stringify(n)}:${JSON.stringify(members[n])}`).join(',');
    const empty = /^\{\s*\}$/.test(body);
    return { ...encoded, body: `${body.slice(0, -1)}${empty ? '' : ','}${added}}` };
  }
  const close = body.lastIndexOf('</');
  if (body.startsWith('<') && body.endsWith('>') && close > 0) {
    const before = body.slice(0, close);
    // Follow the encoder's layout: one indented element per line when it writes so.
    const [indent, end] = before.endsWith('\n') ? ['  ', '\n'] : ['', ''];
    const added = names
      .map((n) => `${indent}<${n}>${escapeXml(members[n]!)}</${n}>${end}`)
      .join('');
    return { ...encoded, body: `${before}${added}${body.slice(close)}` };
  }
  return encoded;
}
