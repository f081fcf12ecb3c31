import type { TriageReport } from '../triage/report.js';
import { reportSections } from '../triage/report-sections.js';
import { type CliIo, colors } from './io.js';
import { renderTable } from './table.js';
import { visible } from './visible.js';

/**
 * The triage report for a terminal or a pipe: a heading per section, aligned
 * tables cut to the terminal's width, bodies and stubs indented; everything
 * that came from the traffic made visible (nothing a terminal acts on).
 */
export function renderTriageText(io: CliIo, report: TriageReport): string {
  const c = colors(io);
  const parts: string[] = [];
  for (const section of reportSections(report)) {
    const lines = [c.bold(section.title)];
    for (const sentence of section.intro) lines.push(visible(sentence));
    if (section.table) {
      lines.push(
        renderTable(
          [...section.table.header],
          section.table.rows.map((r) => [...r]),
          io.columns,
        ),
      );
    }
    for (const block of section.blocks) {
      lines.push(`${visible(block.caption)}:`);
      lines.push(
        visible(block.text, true)
          .split('\n')
          .map((line) => `    ${line}`)
          .join('\n'),
      );
    }
    parts.push(lines.join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
