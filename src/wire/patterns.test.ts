import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../catalogs/index.js';
import {
  compilePattern,
  compilePatterns,
  gateOf,
  testOf,
  withoutWordBoundaries,
} from './patterns.js';

// The fast pattern tests must answer exactly as `new RegExp(source, 'iu')`,
// on any text: ſ and K (which 'iu' folds onto s and k and counts as word
// characters), surrogate pairs, Cyrillic, and texts holding the phrases.

const catalogPatterns = Object.values(catalogs).flatMap((c) =>
  c.entries.flatMap((e: { patterns?: readonly string[] }) => e.patterns ?? []),
);

const synthetic = [
  '\\bkey\\b',
  '\\Bey\\b',
  'a\\b',
  '\\b',
  '[\\b]x',
  '\\\\b',
  '\\bто\\s+кен',
  '(?:\\bab|cd\\b)+',
  '\\bx?\\b',
  '\\b(?:s|ſ)k\\b',
];

const letters = [
  'a',
  'b',
  'c',
  'd',
  'e',
  'k',
  'K',
  's',
  'S',
  'x',
  'y',
  'ſ',
  'K',
  'т',
  'о',
  'к',
  'е',
  'н',
];
const unit = fc.constantFrom(
  ...letters,
  ' ',
  '\t',
  '-',
  '_',
  '0',
  '\b',
  '\\',
  '😀',
  '\ud83d',
  "'",
  '.',
);

/** Random text with, now and then, a piece of a known phrase in it. */
function textAround(phrases: readonly string[]) {
  return fc
    .tuple(
      fc.array(unit, { maxLength: 12 }),
      fc.option(fc.constantFrom(...phrases), { nil: undefined }),
      fc.array(unit, { maxLength: 12 }),
    )
    .map(([a, phrase, b]) => a.join('') + (phrase ?? '') + b.join(''));
}

const phrases = [
  'has no confirmation letters',
  'haſ no confirmation letterſ',
  'xhas no confirmation letters',
  'already exists but owned by different subscribers',
  'Call to a member function getMessage() on bool',
  "Missing attribute. 'url' attribute is required",
  'key',
  'ey',
  'ab',
  'cd',
  'sk',
  'ſk',
  'то кен',
  '\bx',
];

describe('message patterns', () => {
  it('answers as the plain iu regex for every catalog and synthetic pattern', () => {
    for (const source of [...catalogPatterns, ...synthetic]) {
      const exact = new RegExp(source, 'iu');
      const fast = compilePattern(source);
      fc.assert(
        fc.property(textAround(phrases), (text) => fast(text) === exact.test(text)),
        { numRuns: 300 },
      );
    }
  });

  it('answers as the plain iu regex on ASCII texts, without u where that is safe', () => {
    // Sources that must keep `u` even on ASCII texts: ſ and K fold onto s
    // and k, directly, in a range, by an escape, or by a property.
    const sources = [
      ...catalogPatterns,
      'ſ',
      '\u212a',
      '[ſ]k',
      '[\u212a]s',
      '[Ā-ǿ]x',
      '[a-я]',
      '\\u017f',
      '\\p{Lu}',
      'rate.?limit|частот[аы] запросов',
      '[а-яё]+|quota',
      '\\bkey\\b',
    ];
    for (const source of sources) {
      const exact = new RegExp(source, 'iu');
      const fast = testOf(source, 'iu');
      fc.assert(
        fc.property(textAround(phrases), (text) => fast(text) === exact.test(text)),
        { numRuns: 300 },
      );
    }
  });

  it('answers as testing each pattern in turn, through the gate', () => {
    const sources = [...catalogPatterns, ...synthetic.slice(0, 4)];
    const any = compilePatterns(sources);
    const each = sources.map((s) => new RegExp(s, 'iu'));
    fc.assert(
      fc.property(textAround(phrases), (text) => any(text) === each.some((re) => re.test(text))),
      { numRuns: 2000 },
    );
  });

  it('has a gate that passes every text some pattern matches', () => {
    const gate = gateOf(synthetic, 'iu')!;
    const each = synthetic.map((s) => new RegExp(s, 'iu'));
    fc.assert(
      fc.property(textAround(phrases), (text) => !each.some((re) => re.test(text)) || gate(text)),
      { numRuns: 2000 },
    );
  });

  it('drops word boundaries but keeps backspaces in classes and escaped backslashes', () => {
    expect(withoutWordBoundaries('\\bhas\\s+no\\B')).toBe('has\\s+no');
    expect(withoutWordBoundaries('[\\b]x')).toBe('[\\b]x');
    expect(withoutWordBoundaries('\\\\b')).toBe('\\\\b');
  });

  it('refuses to widen patterns where dropping a boundary could narrow them', () => {
    expect(withoutWordBoundaries('(?!\\bx)y')).toBeUndefined();
    expect(withoutWordBoundaries('(?<!\\bx)y')).toBeUndefined();
    expect(withoutWordBoundaries('(a)\\b\\1')).toBeUndefined();
    expect(gateOf(['a', '(?!\\bx)y'], 'iu')).toBeUndefined();
  });
});
