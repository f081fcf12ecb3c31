import { describe, expect, it } from 'vitest';
import { renderTable } from './table.js';

const header = ['provider', 'code', 'title'];
const rows = [
  ['google', 'dailyLimitExceeded.403-daily-quota', 'Достигнут ежедневный лимит квоты для API.'],
  ['avtocod', 'B011', 'Переполнение дневной квоты указанного типа отчета'],
];
const chars = (line: string) => [...line].length;

describe('renderTable', () => {
  it('writes every row whole into a pipe', () => {
    const lines = renderTable(header, rows).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(
      /^avtocod\s+B011\s+Переполнение дневной квоты указанного типа отчета$/,
    );
  });

  it('cuts the last column to a terminal with room for it', () => {
    const lines = renderTable(header, rows, 90).split('\n');
    expect(lines).toHaveLength(3);
    expect(Math.max(...lines.map(chars))).toBeLessThanOrEqual(90);
    expect(lines[2]).toContain('…');
  });

  it('puts the last column under each row when a narrow terminal leaves it too little room', () => {
    const lines = renderTable(header, rows, 56).split('\n');
    expect(Math.max(...lines.map(chars))).toBeLessThanOrEqual(56);
    // Nothing is cut: every word of every title is there, on the lines under its row.
    const text = lines.join(' ').replace(/\s+/g, ' ');
    for (const [, , title] of rows) expect(text).toContain(title);
    expect(lines[1]).toMatch(/^google\s+dailyLimitExceeded\.403-daily-quota$/);
    expect(lines[2]).toMatch(/^ {4}Достигнут/);
  });
});
