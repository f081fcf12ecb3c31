import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TERMINAL_ACTIVE } from '../../test/helpers/test-io.js';
import { jsonText, visible } from './visible.js';

describe('visible', () => {
  it('writes escape sequences, C1 controls and bidi overrides as their escapes', () => {
    expect(visible('raw \u001b]0;title\u0007\u001b[31mRED')).toBe(
      'raw \\x1b]0;title\\x07\\x1b[31mRED',
    );
    expect(visible('a\u009b31mb\u007fc\u202ed\u2066e\r')).toBe(
      'a\\x9b31mb\\x7fc\\u202ed\\u2066e\\x0d',
    );
  });

  it('leaves other text as it is, Cyrillic and emoji included', () => {
    const text = 'Превышена квота 🚦 «B011» — 100%';
    expect(visible(text)).toBe(text);
  });

  it('escapes newline and tab on one line, keeps them in a message of several lines', () => {
    expect(visible('a\nb\tc')).toBe('a\\x0ab\\x09c');
    expect(visible('a\nb\tc\u001b', true)).toBe('a\nb\tc\\x1b');
  });

  it('leaves nothing a terminal acts on, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(visible(text)).not.toMatch(TERMINAL_ACTIVE);
        expect(visible(text)).not.toMatch(/[\n\t]/);
      }),
    );
  });
});

describe('jsonText', () => {
  it('is the same JSON value, with nothing a terminal acts on', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const v of [value, { text, list: [text] }]) {
          const json = jsonText(v, 2);
          expect(json).not.toMatch(TERMINAL_ACTIVE);
          expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(v)));
        }
      }),
    );
  });

  it('escapes bidi and C1 controls as JSON does C0', () => {
    expect(jsonText({ m: '\u202e\u009b\u001b' })).toBe('{"m":"\\u202e\\u009b\\u001b"}');
  });
});
