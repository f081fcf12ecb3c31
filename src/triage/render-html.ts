import { documentHtml } from '../docs/html.js';
import { tableHtml } from '../docs/html-entry.js';
import { html, joinHtml, SafeHtml } from '../docs/html-template.js';
import { CHART_CSS, timelineChart, topCodesChart } from './charts.js';
import type { TriageReport } from './report.js';
import { type ReportSection, reportSections } from './report-sections.js';

const CSS = new SafeHtml(CHART_CSS);

function sectionHtml(section: ReportSection, report: TriageReport): SafeHtml {
  const chart =
    section.id === 'timeline'
      ? timelineChart(report.timeline)
      : section.id === 'codes'
        ? topCodesChart(report.codes)
        : undefined;
  const table = section.table
    ? tableHtml(
        html`<table><thead><tr>${section.table.header.map((h) => html`<th>${h}</th>`)}</tr></thead>
<tbody>${section.table.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>\n`)}</tbody></table>`,
        section.title,
      )
    : undefined;
  const blocks = section.blocks.map(
    (block) => html`<details><summary>${block.caption}</summary><pre>${block.text}</pre></details>`,
  );
  return html`<section id="${section.id}">
<h2>${section.title}</h2>
${joinHtml(section.intro.map((sentence) => html`<p>${sentence}</p>`))}
${chart}
${table}
${joinHtml(blocks)}
</section>`;
}

/**
 * The triage report as one HTML page: errors over time by category and the
 * top codes as inline SVG charts, every table and body escaped; no script,
 * nothing fetched, so it opens offline and from disk.
 */
export function renderTriageHtml(report: TriageReport): string {
  const sections = reportSections(report);
  const body = html`<header><h1>Traffic triage</h1></header>
<main>
${joinHtml(sections.map((s) => sectionHtml(s, report)))}
</main>`;
  return documentHtml('Traffic triage', body, CSS).toString();
}
