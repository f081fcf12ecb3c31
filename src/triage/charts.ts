import { html, joinHtml, type SafeHtml } from '../docs/html-template.js';
import { CATEGORIES, type Category } from '../model/categories.js';
import type { CodeCount } from './report.js';
import { timeText } from './report-sections.js';
import type { Timeline } from './time-buckets.js';

// Charts as inline SVG: no script, no font or image to fetch, so the report
// works from disk and offline. Colours come from the report's stylesheet,
// one class per category (CHART_CSS), so the legend and the bars agree.

/** One colour per category, light and dark alike. */
const COLORS: Readonly<Record<Category, string>> = {
  invalid_request: '#e6a100',
  unauthenticated: '#8e44ad',
  permission_denied: '#6c5ce7',
  account_blocked: '#2d3436',
  not_found: '#7f8c8d',
  conflict: '#16a085',
  rate_limited: '#d63031',
  quota_exceeded: '#e17055',
  payment_required: '#00897b',
  unavailable: '#0984e3',
  internal: '#c0392b',
  unsupported: '#95a5a6',
  too_large: '#a0522d',
  redirect: '#74b9ff',
  partial: '#55efc4',
  pending: '#b2bec3',
  unknown: '#636e72',
};

/** The stylesheet the charts need: a fill and a swatch colour per category. */
export const CHART_CSS = `
svg.chart { width: 100%; height: auto; display: block; margin: .5rem 0; }
svg.chart text { fill: currentColor; font-size: 11px; font-family: system-ui, sans-serif; }
svg.chart .axis { stroke: currentColor; stroke-opacity: .4; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .85rem; }
ul.legend .swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; vertical-align: -1px; border-radius: 2px; }
${CATEGORIES.map((c) => `.cat-${c} { fill: ${COLORS[c]}; } .swatch.cat-${c} { background: ${COLORS[c]}; }`).join('\n')}
`;

const WIDTH = 720;

/** Categories in the taxonomy's order, those present only. */
function categoriesIn(counts: readonly Readonly<Partial<Record<Category, number>>>[]): Category[] {
  return CATEGORIES.filter((c) => counts.some((count) => count[c]));
}

function legendHtml(categories: readonly Category[]): SafeHtml {
  return html`<ul class="legend">${categories.map(
    (c) => html`<li><span class="swatch cat-${c}"></span>${c}</li>`,
  )}</ul>`;
}

/**
 * Errors over time as stacked columns, one per time bucket, one colour per
 * category; each column part names its bucket, category and count on hover.
 */
export function timelineChart(timeline: Timeline): SafeHtml {
  const { buckets } = timeline;
  if (buckets.length === 0) return html``;
  const height = 240;
  const left = 44;
  const bottom = 28;
  const plotWidth = WIDTH - left - 8;
  const plotHeight = height - bottom - 10;
  const totals = buckets.map((b) => Object.values(b.counts).reduce((s, n) => s + (n ?? 0), 0));
  const max = Math.max(1, ...totals);
  const step = plotWidth / buckets.length;
  const barWidth = Math.max(1, step * 0.85);
  const categories = categoriesIn(buckets.map((b) => b.counts));
  const bars = buckets.map((bucket, i) => {
    let y = 10 + plotHeight;
    const x = left + i * step;
    const when = timeText(new Date(bucket.start).toISOString());
    return categories.map((category) => {
      const n = bucket.counts[category] ?? 0;
      if (!n) return '';
      const h = (n / max) * plotHeight;
      y -= h;
      return html`<rect class="cat-${category}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}"><title>${when}: ${category} ${n}</title></rect>`;
    });
  });
  const firstLabel = timeText(new Date(buckets[0]!.start).toISOString());
  const lastLabel = timeText(new Date(buckets.at(-1)!.start).toISOString());
  const axisY = 10 + plotHeight;
  return html`<figure>
<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="Errors over time by category">
<line class="axis" x1="${left}" y1="${axisY}" x2="${WIDTH - 8}" y2="${axisY}"></line>
<line class="axis" x1="${left}" y1="10" x2="${left}" y2="${axisY}"></line>
<text x="${left - 4}" y="14" text-anchor="end">${max}</text>
<text x="${left - 4}" y="${axisY}" text-anchor="end">0</text>
${joinHtml(bars.flat())}
<text x="${left}" y="${height - 8}">${firstLabel}</text>
<text x="${WIDTH - 8}" y="${height - 8}" text-anchor="end">${lastLabel}</text>
</svg>
<figcaption>${legendHtml(categories)}</figcaption>
</figure>`;
}

/** The most frequent codes as horizontal bars, coloured by category. */
export function topCodesChart(codes: readonly CodeCount[], shown = 10): SafeHtml {
  const top = codes.slice(0, shown);
  if (top.length === 0) return html``;
  const row = 24;
  const labelWidth = 230;
  const height = top.length * row + 8;
  const max = Math.max(1, ...top.map((c) => c.count));
  const barSpace = WIDTH - labelWidth - 70;
  const bars = top.map((code, i) => {
    const y = 4 + i * row;
    const label = `${code.provider} ${code.code}`;
    const w = Math.max(1, (code.count / max) * barSpace);
    return html`<text x="${labelWidth - 6}" y="${y + 16}" text-anchor="end">${label.length > 34 ? `${label.slice(0, 33)}…` : label}</text>
<rect class="cat-${code.category}" x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${row - 8}"><title>${label}: ${code.category}, ${code.count}</title></rect>
<text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 16}">${code.count}</text>`;
  });
  return html`<figure>
<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="Top codes">
${joinHtml(bars)}
</svg>
<figcaption>${legendHtml(categoriesIn(top.map((c) => ({ [c.category]: 1 }))))}</figcaption>
</figure>`;
}
