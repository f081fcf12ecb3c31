import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { decode } from '../../decode/decode.js';
import { defaultProviders } from '../../packs/provider-set.js';
import { isProblem } from '../../triage/exchange.js';
import { createHarSplitter } from '../../triage/har-entries.js';
import { harEntryExchange } from '../../triage/har-entry.js';
import { jsonlExchange } from '../../triage/jsonl-line.js';
import { createLineSplitter } from '../../triage/line-splitter.js';
import { logLineExchange } from '../../triage/log-line.js';
import { renderTriageHtml } from '../../triage/render-html.js';
import { renderTriageMarkdown } from '../../triage/render-markdown.js';
import type { TriageReport } from '../../triage/report.js';
import { createTriage, type Triage } from '../../triage/triage.js';
import { describeFileError, writeOutputFile } from '../files.js';
import { type CliIo, writeError } from '../io.js';
import { renderTriageText } from '../render-triage.js';
import { jsonText, visible } from '../visible.js';

const FORMATS = ['text', 'json', 'md', 'html'] as const;
type Format = (typeof FORMATS)[number];

interface TriageCliOptions {
  jsonl?: boolean;
  log?: boolean;
  format: Format;
  out?: string;
  progress?: boolean;
  window: number;
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d{1,7}$/.test(value) || n < 1) throw new InvalidArgumentError('whole seconds, from 1');
  return n;
}

/** How often progress is redrawn. */
const PROGRESS_MS = 500;
const MB = 1024 * 1024;

/** Progress on stderr: redrawn in place on a terminal, a line at a time when asked for in a pipe. */
function createProgress(io: CliIo, enabled: boolean, total: number | undefined) {
  const inPlace = Boolean(io.stderrIsTerminal);
  let next = Date.now() + PROGRESS_MS;
  let drawn = false;
  const line = (bytes: number, items: number) => {
    const of = total
      ? ` of ${(total / MB).toFixed(0)} MB (${Math.floor((100 * bytes) / total)}%)`
      : '';
    return `triage: ${(bytes / MB).toFixed(0)} MB${of}, ${items.toLocaleString('en')} items`;
  };
  return {
    tick(bytes: number, items: number): void {
      if (!enabled) return;
      const now = Date.now();
      if (now < next) return;
      next = now + PROGRESS_MS;
      drawn = true;
      io.err(inPlace ? `\r${line(bytes, items)}\u001b[K` : `${line(bytes, items)}\n`);
    },
    done(): void {
      if (drawn && inPlace) io.err('\r\u001b[K');
    },
  };
}

/** Where the traffic's bytes come from: a file (with its size) or standard input. */
async function* bytesOf(io: CliIo, file: string | undefined): AsyncIterable<Uint8Array> {
  const source =
    file && file !== '-' ? createReadStream(file, { highWaterMark: MB }) : (io.stdin?.() ?? []);
  const encoder = new TextEncoder();
  for await (const chunk of source as AsyncIterable<string | Uint8Array>)
    yield typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
}

/** A splitter for the input's format, feeding the triage. */
function splitterFor(opts: TriageCliOptions, triage: Triage, counted: () => void) {
  if (opts.jsonl || opts.log) {
    return createLineSplitter({
      onLine: (line, number) => {
        const item = opts.jsonl
          ? line.trim()
            ? jsonlExchange(line)
            : undefined
          : logLineExchange(line);
        if (item === undefined) return;
        counted();
        if (isProblem(item)) triage.problem(item.problem, number);
        else triage.add(item, number);
      },
      onProblem: (message, number) => triage.problem(message, number),
    });
  }
  return createHarSplitter({
    onEntry: (json, index) => {
      counted();
      let value: unknown;
      try {
        value = JSON.parse(json);
      } catch {
        triage.problem('entry is not valid JSON; skipped', index);
        return;
      }
      const item = harEntryExchange(value);
      if (isProblem(item)) triage.problem(item.problem, index);
      else triage.add(item, index);
    },
    onProblem: (message, index) => triage.problem(message, index),
  });
}

function render(format: Format, report: TriageReport, io: CliIo): string {
  switch (format) {
    case 'json':
      return `${jsonText(report, 2)}\n`;
    case 'md':
      return renderTriageMarkdown(report);
    case 'html':
      return renderTriageHtml(report);
    default:
      return renderTriageText(io, report);
  }
}

/** `kodex triage`: a report on the errors in recorded traffic (HAR, JSON lines, a request log). */
export function registerTriage(program: Command, io: CliIo, setExit: (code: number) => void) {
  program
    .command('triage')
    .description('report on the error answers in recorded traffic: a HAR file, JSON lines or a log')
    .argument('[file]', 'the traffic file, or - for standard input (the default)')
    .option('--jsonl', 'read JSON lines, as kodex decode --jsonl does (plus time and method)')
    .option('--log', 'read request-log lines: TIMESTAMP METHOD URL STATUS [BODY]')
    .addOption(new Option('--format <format>', 'report format').choices(FORMATS).default('text'))
    .option('--out <file>', 'write the report to this file instead of standard output')
    .option('--progress', 'show progress on stderr even when it is not a terminal')
    .option(
      '--window <seconds>',
      'a retryable error not followed by the same method and URL within this many seconds (plus the wait it asked for) counts as not retried',
      parseSeconds,
      60,
    )
    .addHelpText(
      'after',
      `
Reads the traffic as a stream (a 1 GB HAR in flat memory), decodes every
answer, and reports errors by provider, code and category over time, codes no
catalog has (with redacted example bodies and catalog stubs), retryable errors
that were not retried, and rate-limit answers beside the documented limits.

Examples:
  kodex triage session.har
  kodex triage session.har --format html --out triage.html
  kodex triage --jsonl responses.jsonl --format json > triage.json
  kodex triage --log requests.log --format md
  kubectl logs my-service | kodex triage --log -`,
    )
    .action(async (file: string | undefined, opts: TriageCliOptions) => {
      if (opts.jsonl && opts.log) {
        writeError(io, 'Give --jsonl or --log, not both.');
        setExit(2);
        return;
      }
      const named = file !== undefined && file !== '-';
      let total: number | undefined;
      try {
        total = named ? (await stat(file)).size : undefined;
      } catch (error) {
        const why = describeFileError(error, file!, 'read');
        if (why === undefined) throw error;
        writeError(io, `Cannot read ${why}`);
        setExit(1);
        return;
      }
      // The providers triage knows are decode's: the built-ins and the packs
      // the pre-action registered (--pack, kodex.config).
      const triage = createTriage({
        decode,
        catalogs: defaultProviders().catalogs,
        retry: { windowMs: opts.window * 1000 },
      });
      let items = 0;
      let bytes = 0;
      const splitter = splitterFor(opts, triage, () => items++);
      const progress = createProgress(io, opts.progress || Boolean(io.stderrIsTerminal), total);
      try {
        for await (const chunk of bytesOf(io, file)) {
          splitter.push(chunk);
          bytes += chunk.length;
          progress.tick(bytes, items);
        }
      } catch (error) {
        progress.done();
        const why = describeFileError(error, file ?? '-', 'read');
        if (why === undefined) throw error;
        writeError(io, `Cannot read ${why}`);
        setExit(1);
        return;
      }
      splitter.end();
      progress.done();
      const report = triage.report();
      const plain: CliIo = opts.out ? { ...io, color: false, columns: undefined } : io;
      const text = render(opts.format, report, plain);
      if (opts.out) {
        if (!(await writeOutputFile(io, opts.out, text))) {
          setExit(1);
          return;
        }
        io.out(
          `wrote ${visible(opts.out)} (${report.totals.exchanges} exchanges, ${report.totals.errors} errors)\n`,
        );
      } else {
        io.out(text);
      }
      if (report.totals.exchanges === 0 && report.totals.problems > 0) {
        writeError(io, `No exchange could be read: ${report.problems[0]?.message ?? ''}`);
        setExit(1);
      }
    });
}
