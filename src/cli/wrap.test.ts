import { describe, expect, it } from 'vitest';
import { wrap } from './wrap.js';

describe('wrap', () => {
  it('breaks at spaces, no line longer than the width', () => {
    const text = 'Квота исчерпана: дождитесь её сброса или увеличьте её; скорый повтор не поможет.';
    const lines = wrap(text, 20);
    expect(lines.join(' ')).toBe(text);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(20);
    expect(lines[0]).toBe('Квота исчерпана:');
  });

  it('cuts a word longer than a line', () => {
    expect(wrap('RESOURCE_EXHAUSTED.indexing-quota', 10)).toEqual([
      'RESOURCE_E',
      'XHAUSTED.i',
      'ndexing-qu',
      'ota',
    ]);
    expect(wrap('a verylongword', 5)).toEqual(['a', 'veryl', 'ongwo', 'rd']);
  });

  it('keeps a short text whole', () => {
    expect(wrap('', 10)).toEqual(['']);
    expect(wrap('HTTP 429', 80)).toEqual(['HTTP 429']);
  });
});
