import { visible } from './visible.js';
import { wrap } from './wrap.js';

/** Display width of a string, close enough for Cyrillic and Latin text. */
function width(text: string): number {
  return [...text].length;
}

function fitCell(text: string, size: number): string {
  const chars = [...text];
  if (chars.length <= size) return text + ' '.repeat(size - chars.length);
  return `${chars.slice(0, Math.max(0, size - 1)).join('')}…`;
}

// Narrower than this, the last column would cut most titles to a word or
// two: each row's last cell then goes on lines of its own under the row.
const MIN_LAST_WIDTH = 24;

/**
 * Renders rows as aligned columns, their cells made visible (one line each,
 * nothing a terminal acts on). On a terminal (`maxWidth` given) nothing runs
 * past its edge: the last column is cut to fit, or, when too little room is
 * left for it, written wrapped under each row. In a pipe every row is one
 * whole line.
 */
export function renderTable(header: string[], rows: string[][], maxWidth?: number): string {
  const all = [header, ...rows.map((row) => row.map((cell) => visible(cell)))];
  const widths = header.map((_, i) => Math.max(...all.map((row) => width(row[i] ?? ''))));
  const last = widths.length - 1;
  if (maxWidth !== undefined) {
    const used = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
    if (maxWidth - used < MIN_LAST_WIDTH && widths[last]! > maxWidth - used)
      return stacked(all, widths, maxWidth);
    widths[last] = Math.max(10, Math.min(widths[last]!, maxWidth - used));
  }
  return all
    .map((row) =>
      row
        .map((cell, i) => (i === last && maxWidth === undefined ? cell : fitCell(cell, widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Rows whose last cell goes, wrapped and indented, on the lines under them. */
function stacked(all: string[][], widths: number[], maxWidth: number): string {
  const last = widths.length - 1;
  const line = (row: string[]) =>
    row
      .slice(0, last)
      .map((cell, i) => fitCell(cell, widths[i]!))
      .join('  ')
      .trimEnd();
  const [header = [], ...rows] = all;
  return [
    line(header),
    ...rows.flatMap((row) => [
      line(row),
      ...wrap(row[last] ?? '', Math.max(10, maxWidth - 4)).map((text) => `    ${text}`),
    ]),
  ].join('\n');
}
