import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { encode } from '../src/decode/encode.js';
import { ApiError } from '../src/errors/api-error.js';
import type { ErrorRecord } from '../src/model/record.js';
import { createRenderer } from '../src/server/render.js';
import { parseXml } from '../src/wire/xml.js';
import { toXmlChars } from '../src/wire/xml-text.js';

// Every XML document kodex writes is well-formed XML 1.0 whatever the strings
// in the record: checked by saxes, a strict parser that, like expat, refuses
// C0 controls, U+FFFE/U+FFFF and lone surrogates even as references.

/** The well-formedness errors of a document (none: an empty list). */
function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    errors.push(error.message);
  });
  parser.write(xml).close();
  return errors;
}

// Units that break XML (C0 controls, non-characters, lone surrogates, markup)
// beside any UTF-16 code unit and any code point.
const unit = fc.oneof(
  fc.constantFrom(
    '\u0000',
    '\u0001',
    '\u0008',
    '\u000b',
    '\u000c',
    '\u001f',
    '\t',
    '\n',
    '\r',
    '\ufffe',
    '\uffff',
    '\ud800',
    '\udbff',
    '\udc00',
    '\udfff',
    '&',
    '<',
    '>',
    '"',
    "'",
    ']]>',
    '&amp;',
    '&#0;',
    '<![CDATA[',
    '<!DOCTYPE a>',
  ),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.string({ maxLength: 3 }),
);
const anyText = fc.string({ unit, maxLength: 40 });

function recordOf(text: string): ErrorRecord {
  const field = { path: text, code: text, message: text, validValues: [text], badValues: [text] };
  const record: ErrorRecord = {
    provider: 'shop',
    code: text || 'X',
    status: 422,
    category: 'invalid_request',
    retryable: false,
    title: text,
    lang: 'en',
    detail: text,
    docs: text,
    fields: [field],
    known: false,
  };
  return { ...record, others: [record] };
}

const XML_DIALECTS = ['problem', 'dellin'] as const;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe.each(XML_DIALECTS)('the %s XML encoder', (dialect) => {
  it('writes well-formed XML 1.0 for any string in the record', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { body } = encode(recordOf(text), { dialect, format: 'xml' });
        expect(xmlErrors(body)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('writes field values of any JSON shape, data keys that are no XML names as JSON text', () => {
    const key = fc.oneof(
      fc.constantFrom('a', '_', 'a.b', '-a', ':', 'a:b', '#text', '__proto__', 'xmlns', 'xml'),
      fc.constantFrom('@_x', '@_x y', '@_xmlns', '@_xmlns:x', '@_', '@_@_a'),
      anyText,
    );
    const value = fc.oneof(fc.jsonValue(), fc.dictionary(key, fc.jsonValue()));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 3 }), (values) => {
        const record = recordOf('x');
        const fields = [{ path: 'p', validValues: values, badValues: values }];
        const { body } = encode({ ...record, fields }, { dialect, format: 'xml' });
        expect(xmlErrors(body)).toEqual([]);
      }),
      { numRuns: 300 },
    );
    const fields = [{ path: 'p', validValues: [[1, 2], { 'a b': 1 }, 'c'] }];
    const { body } = encode({ ...recordOf('x'), fields }, { dialect, format: 'xml' });
    expect(body).toContain('[1,2]');
    expect(body).toContain('{&quot;a b&quot;:1}');
  });

  it('keeps every character XML can hold, and marks each other one with U+FFFD', () => {
    fc.assert(
      fc.property(
        anyText.filter((t) => t.trim() === t && t !== ''),
        (text) => {
          const { body } = encode(recordOf(text), { dialect, format: 'xml' });
          const parsed = parseXml(body) as { value: Record<string, { detail?: string }> };
          const root = dialect === 'problem' ? parsed.value.problem : parsed.value.response;
          const detail =
            dialect === 'problem'
              ? root?.detail
              : (root as { metadata?: { detail?: string } }).metadata?.detail;
          // XML 1.0 §2.11: a parser reads a carriage return as a line feed.
          expect(detail?.replace(/\r\n?/g, '\n')).toBe(toXmlChars(text).replace(/\r\n?/g, '\n'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stays well-formed with the renderer’s extension members (correlation id, stack)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const render = createRenderer({ dialect, development: true, correlationId: () => text });
        for (const error of [new ApiError(recordOf(text)), new Error(text)]) {
          const { body } = render(error, { headers: { accept: 'application/xml' } });
          expect(xmlErrors(body)).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('JSON output', () => {
  it('escapes lone surrogates and controls, and reads back the same string', () => {
    const render = createRenderer({ development: true, correlationId: () => 'id' });
    fc.assert(
      fc.property(anyText, (text) => {
        for (const dialect of XML_DIALECTS) {
          const { body } = encode(recordOf(text), { dialect });
          expect(body).not.toMatch(LONE_SURROGATE);
          expect([...body].some((c) => c < ' ')).toBe(false);
        }
        const { body } = render(new ApiError(recordOf(text)), { headers: {} });
        expect(body).not.toMatch(LONE_SURROGATE);
        expect(JSON.parse(body).detail).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
