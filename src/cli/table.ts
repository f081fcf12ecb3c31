import { visible } from './visible.js';

/** Display width of a string, close enough for Cyrillic and Latin text. */
function width(text: string): number {
  return [...text].length;
}

function fitCell(text: string, size: number): string {
  const chars = [...text];
  if (chars.length <= size) return text + ' '.repeat(size - chars.length);
  return `${chars.slice(0, Math.max(0, size - 1)).join('')}…`;
}

/**
 * Renders rows as aligned columns, their cells made visible (one line each,
 * nothing a terminal acts on); the last column is cut to `maxWidth` when
 * one is given (a terminal), and left whole otherwise (a pipe).
 */
export function renderTable(header: string[], rows: string[][], maxWidth?: number): string {
  const all = [header, ...rows.map((row) => row.map((cell) => visible(cell)))];
  const widths = header.map((_, i) => Math.max(...all.map((row) => width(row[i] ?? ''))));
  const last = widths.length - 1;
  if (maxWidth !== undefined) {
    const used = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
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
