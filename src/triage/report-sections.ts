import type { CatalogInput } from '../model/catalog-input.js';
import type { SeenRequest, TriageReport } from './report.js';

// What the text, Markdown and HTML reports say, written once: sections of
// plain-text tables and blocks, each renderer only lays them out (and
// escapes them for its medium).

/** A table of plain text cells. */
export interface SectionTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A block of preformatted text (a body, a catalog stub) under a caption. */
export interface SectionBlock {
  readonly caption: string;
  readonly text: string;
}

/** One section of a triage report. */
export interface ReportSection {
  /** An anchor: `codes`, `unknown`. */
  readonly id: string;
  readonly title: string;
  /** Sentences before the table, plain text. */
  readonly intro: readonly string[];
  readonly table?: SectionTable;
  readonly blocks: readonly SectionBlock[];
}

/** Rows of a long table shown in a report; the JSON report has them all. */
const MAX_ROWS = 50;

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** A duration in words: `1 s`, `90 s`, `15 min`, `6 h`, `7 d`. */
export function durationText(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000 || (ms < 120_000 && ms % 60_000 !== 0)) return `${Math.round(ms / 1000)} s`;
  if (ms < 2 * 3_600_000) return `${Math.round(ms / 60_000)} min`;
  if (ms < 2 * 86_400_000) return `${Math.round(ms / 3_600_000)} h`;
  return `${Math.round(ms / 86_400_000)} d`;
}

/** A time as ISO 8601 to the second, in UTC: `2026-12-06 16:39:21Z`. */
export function timeText(time: string | undefined): string {
  return time === undefined ? '-' : time.replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

function requestText(seen: SeenRequest): string {
  return [timeText(seen.time), seen.method ?? '-', seen.url ?? '-', String(seen.status)].join(' ');
}

function cut<T>(rows: readonly T[], what: string): { rows: readonly T[]; note: string[] } {
  if (rows.length <= MAX_ROWS) return { rows, note: [] };
  return {
    rows: rows.slice(0, MAX_ROWS),
    note: [`The first ${MAX_ROWS} of ${rows.length} ${what}; --format json lists them all.`],
  };
}

function summary(report: TriageReport): ReportSection {
  const t = report.totals;
  const span = t.first === undefined ? '' : ` from ${timeText(t.first)} to ${timeText(t.last)}`;
  const intro = [
    `${count(t.exchanges, 'exchange')}${span}: ${count(t.errors, 'error')}, ${count(t.noAnswer, 'request')} without an answer, ${count(t.problems, 'unreadable item')}.`,
  ];
  return { id: 'summary', title: 'Summary', intro, blocks: [] };
}

function providers(report: TriageReport): ReportSection {
  const rows = report.providers.map((p) => [
    p.provider,
    String(p.errors),
    Object.entries(p.byCategory)
      .map(([category, n]) => `${category} ${n}`)
      .join(', '),
  ]);
  return {
    id: 'providers',
    title: 'Errors by provider',
    intro: rows.length ? [] : ['No error answers.'],
    table: rows.length ? { header: ['provider', 'errors', 'by category'], rows } : undefined,
    blocks: [],
  };
}

function codes(report: TriageReport): ReportSection {
  const shown = cut(report.codes, 'codes');
  const rows = shown.rows.map((c) => [
    c.provider,
    c.code,
    c.category,
    c.known ? 'yes' : 'no',
    String(c.count),
    c.statuses.join(' '),
    c.title,
  ]);
  const other = report.otherCodes
    ? [`${count(report.otherCodes, 'error')} of further codes counted together.`]
    : [];
  return {
    id: 'codes',
    title: 'Codes',
    intro: [...shown.note, ...other],
    table: rows.length
      ? { header: ['provider', 'code', 'category', 'known', 'count', 'statuses', 'title'], rows }
      : undefined,
    blocks: [],
  };
}

function timeline(report: TriageReport): ReportSection {
  const { bucketMs, buckets } = report.timeline;
  const rows = buckets
    .filter((b) => Object.keys(b.counts).length > 0)
    .map((b) => {
      const entries = Object.entries(b.counts) as [string, number][];
      return [
        timeText(new Date(b.start).toISOString()),
        String(entries.reduce((sum, [, n]) => sum + n, 0)),
        entries.map(([category, n]) => `${category} ${n}`).join(', '),
      ];
    });
  return {
    id: 'timeline',
    title: 'Errors over time',
    intro: rows.length
      ? [`Buckets of ${durationText(bucketMs)} (UTC); buckets without errors left out.`]
      : ['No error with a time.'],
    table: rows.length ? { header: ['from', 'errors', 'by category'], rows } : undefined,
    blocks: [],
  };
}

function unknown(report: TriageReport): ReportSection {
  const shown = cut(report.unknown, 'unknown codes');
  const rows = shown.rows.map((u) => [u.provider, u.code, String(u.count)]);
  const blocks = shown.rows.flatMap((u) =>
    u.examples.map((e) => ({
      caption: `${u.provider} ${u.code}: ${requestText(e)}`,
      text: e.body || '(empty body)',
    })),
  );
  return {
    id: 'unknown',
    title: 'Unknown codes',
    intro: rows.length
      ? ['Codes no catalog has, with the start of the first bodies that carried them (redacted).']
      : ['Every code found is in a catalog.'],
    table: rows.length ? { header: ['provider', 'code', 'count'], rows } : undefined,
    blocks,
  };
}

function notRetried(report: TriageReport): ReportSection {
  const shown = cut(report.notRetried, 'groups');
  const rows = shown.rows.map((n) => [
    n.provider,
    n.code,
    n.category,
    n.method,
    String(n.count),
    n.examples[0] ? requestText(n.examples[0]) : '',
  ]);
  const undecided = report.undecidedRetries
    ? [
        `${count(report.undecidedRetries, 'retryable error')} too close to the end of the traffic to tell.`,
      ]
    : [];
  return {
    id: 'not-retried',
    title: 'Retryable errors not retried',
    intro: [
      `Retryable errors after which the same method and URL was not sent again within ${durationText(report.retryWindow.ms)} (plus any wait the answer asked for; without times, within the next ${report.retryWindow.exchanges} exchanges).`,
      ...shown.note,
      ...undecided,
    ],
    table: rows.length
      ? { header: ['provider', 'code', 'category', 'method', 'count', 'first seen'], rows }
      : undefined,
    blocks: [],
  };
}

function rateLimits(report: TriageReport): ReportSection {
  const rows = report.rateLimits.map((r) => {
    const documented = r.documented
      .map((d) => {
        const peak = d.peak === undefined ? '' : `; peak seen ${d.peak} at ${timeText(d.peakAt)}`;
        const scope = d.scope ? ` per ${d.scope}` : '';
        const method = d.method ? ` (${d.method})` : '';
        return `${d.limit} per ${durationText(d.intervalMs)}${scope}${method}${peak}`;
      })
      .join('; ');
    const wait = !r.retryAfterMs
      ? '-'
      : r.retryAfterMs.min === r.retryAfterMs.max
        ? durationText(r.retryAfterMs.min)
        : `${durationText(r.retryAfterMs.min)} to ${durationText(r.retryAfterMs.max)}`;
    return [
      r.provider,
      String(r.answers),
      r.codes.map((c) => `${c.code} ${c.count}`).join(', '),
      wait,
      documented || 'none documented',
    ];
  });
  return {
    id: 'rate-limits',
    title: 'Rate-limit answers',
    intro: rows.length
      ? [
          'The peak is the most requests to the provider’s hosts in one fixed window of the documented interval.',
        ]
      : ['No rate-limit answers.'],
    table: rows.length
      ? { header: ['provider', 'answers', 'codes', 'asked to wait', 'documented limit'], rows }
      : undefined,
    blocks: [],
  };
}

/** A stub as the JSON an author saves into a catalog or pack file. */
export function stubText(stub: CatalogInput): string {
  return JSON.stringify(stub, null, 2);
}

function stubs(report: TriageReport): ReportSection {
  return {
    id: 'stubs',
    title: 'Catalog stubs',
    intro: report.stubs.length
      ? [
          'Entries for the unknown codes, in the shape of a catalog file (kodex docs --catalog). Review each title and category.',
        ]
      : ['No stub: no unknown code.'],
    blocks: report.stubs.map((s) => ({ caption: s.id, text: stubText(s) })),
  };
}

function problems(report: TriageReport): ReportSection {
  const rows = report.problems.map((p) => [p.message, String(p.count), p.at.join(', ')]);
  return {
    id: 'problems',
    title: 'Unreadable items',
    intro: rows.length
      ? ['Where: the index of the HAR entry (from 0) or the line number (from 1).']
      : ['Every item was read.'],
    table: rows.length ? { header: ['problem', 'count', 'where'], rows } : undefined,
    blocks: [],
  };
}

/** The sections of a report, in the order every format shows them. */
export function reportSections(report: TriageReport): ReportSection[] {
  return [
    summary(report),
    providers(report),
    codes(report),
    timeline(report),
    unknown(report),
    notRetried(report),
    rateLimits(report),
    stubs(report),
    problems(report),
  ];
}
