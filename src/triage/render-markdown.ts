import { codeBlock, escapeMarkdown } from '../docs/escape-markdown.js';
import type { TriageReport } from './report.js';
import { reportSections } from './report-sections.js';

/** A Markdown table: every cell escaped, so traffic text can neither end a cell nor become markup. */
function tableMarkdown(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

/**
 * The triage report as Markdown: one heading per section, GitHub tables,
 * bodies and stubs in fenced blocks.
 */
export function renderTriageMarkdown(report: TriageReport): string {
  const parts = ['# Traffic triage'];
  for (const section of reportSections(report)) {
    parts.push(`## ${escapeMarkdown(section.title)}`);
    for (const sentence of section.intro) parts.push(escapeMarkdown(sentence));
    if (section.table) parts.push(tableMarkdown(section.table.header, section.table.rows));
    for (const block of section.blocks) {
      parts.push(`**${escapeMarkdown(block.caption)}**`);
      parts.push(codeBlock(block.text));
    }
  }
  return `${parts.join('\n\n')}\n`;
}
