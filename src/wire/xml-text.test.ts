import { describe, expect, it } from 'vitest';
import { parseXml } from './xml.js';
import { decodeXmlEntities, toXmlChars } from './xml-text.js';

describe('toXmlChars', () => {
  it('replaces what XML 1.0 cannot hold with U+FFFD', () => {
    expect(toXmlChars('a\u0000b\u0001c\u001fd\ufffee\uffff')).toBe(
      'a\ufffdb\ufffdc\ufffdd\ufffde\ufffd',
    );
    expect(toXmlChars('lone \ud800 and \udc00')).toBe('lone \ufffd and \ufffd');
  });

  it('keeps tab, line feed, carriage return, pairs of surrogates and the rest of Unicode', () => {
    const text = 'a\tb\nc\rd \u0085 \u007f \ud7ff \ue000 \ufffd 😀 \u{10ffff} я';
    expect(toXmlChars(text)).toBe(text);
  });
});

describe('decodeXmlEntities', () => {
  it('decodes the five predefined entities', () => {
    expect(decodeXmlEntities('&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos;')).toBe(`<a> & "b" 'c'`);
  });

  it('decodes decimal and hexadecimal character references', () => {
    expect(decodeXmlEntities('&#65;&#x44F;&#x1F600;&#0000065;')).toBe('Aя😀A');
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeXmlEntities('&amp;lt; &amp;#65; &amp;amp;')).toBe('&lt; &#65; &amp;');
  });

  it('turns a reference to a character XML cannot hold into U+FFFD', () => {
    expect(decodeXmlEntities('&#0;&#x1;&#xD800;&#xFFFE;&#x110000;&#99999999999999999999;')).toBe(
      '\ufffd'.repeat(6),
    );
  });

  it('leaves unknown and malformed references as written (no DTD declares any)', () => {
    expect(decodeXmlEntities('&nbsp; &foo; &#; &#x; &#X41; &amp &#65')).toBe(
      '&nbsp; &foo; &#; &#x; &#X41; &amp &#65',
    );
  });
});

describe('parseXml', () => {
  it('gives text with its entities decoded, and CDATA as written', () => {
    expect(parseXml('<a><b>x &amp;lt; &#65;</b><c><![CDATA[&amp; <raw>]]></c></a>')).toEqual({
      value: { a: { b: 'x &lt; A', c: '&amp; <raw>' } },
    });
  });

  it('still refuses a document that declares entities, before reading any', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "&#38;x;">]><a>&x;</a>';
    expect(parseXml(bomb)).toEqual({ refused: 'doctype' });
  });
});
