import { describe, expect, it } from 'vitest';
import { createLineSplitter } from './line-splitter.js';

function lines(text: string, size: number, maxLineBytes?: number) {
  const out: [number, string][] = [];
  const problems: [number, string][] = [];
  const splitter = createLineSplitter({
    onLine: (line, n) => out.push([n, line]),
    onProblem: (message, n) => problems.push([n, message]),
    maxLineBytes,
  });
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) splitter.push(bytes.subarray(at, at + size));
  splitter.end();
  return { out, problems };
}

describe('createLineSplitter', () => {
  it.each([1, 2, 5, 1000])('splits LF and CRLF lines in chunks of %i bytes', (size) => {
    expect(lines('a\r\nbé😀\n\nlast', size).out).toEqual([
      [1, 'a'],
      [2, 'bé😀'],
      [3, ''],
      [4, 'last'],
    ]);
  });

  it('skips a line over the bound, numbering the rest as they are', () => {
    const { out, problems } = lines(`short\n${'x'.repeat(50)}\nnext\n`, 7, 20);
    expect(out).toEqual([
      [1, 'short'],
      [3, 'next'],
    ]);
    expect(problems).toEqual([[2, expect.stringContaining('skipped')]]);
  });
});
