import { XMLParser } from 'fast-xml-parser';
import { decodeXmlEntities } from './xml-text.js';

/** Why an XML body was not parsed. */
export type XmlRefusal = 'doctype' | 'too_large' | 'malformed';

/**
 * Markup longer than this (in characters) is not parsed: 64 KiB. The XML
 * parser costs many times JSON.parse per byte, and 64 KiB of it stays below
 * JSON.parse of a flat 1 MiB object (bench/README.md, "Figures behind code
 * comments"). Error bodies in XML are a few KiB (Dellin's example body:
 * 1.2 KiB); HTML pages, which reach the parser too, are read by their head
 * alone (the plain HTTP and amoCRM dialects read their first 64 KiB).
 */
export const MAX_MARKUP_CHARS = 64 * 1024;

// A DOCTYPE can declare entities (billion laughs, external files): such a
// body is refused before any parser sees it, never expanded.
const DOCTYPE = /<!(?:DOCTYPE|ENTITY)/i;

const parser = new XMLParser({
  // Text is decoded by kodex's own decoder: the five predefined entities and
  // character references only; entities a document declares are never read.
  processEntities: true,
  entityDecoder: {
    decode: decodeXmlEntities,
    addInputEntities: () => {},
    setExternalEntities: () => {},
    reset: () => {},
    setXmlVersion: () => {},
  },
  htmlEntities: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: true,
});

/** The parsed XML tree (text values as strings), or the reason it was refused. */
export function parseXml(text: string): { value: unknown } | { refused: XmlRefusal } {
  // First the length: a body not to be parsed is not scanned for a DOCTYPE either.
  if (text.length > MAX_MARKUP_CHARS) return { refused: 'too_large' };
  if (DOCTYPE.test(text)) return { refused: 'doctype' };
  try {
    return { value: parser.parse(text) };
  } catch {
    return { refused: 'malformed' };
  }
}
