import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { decode } from '../../decode/decode.js';
import { readDecodeRequest } from '../../decode/decode-request.js';
import { isUnknownProviderError } from '../../errors/unknown-provider-error.js';
import { defaultLookup } from '../../lookup/index.js';
import type { ErrorRecord } from '../../model/record.js';
import { isObject } from '../../wire/json-access.js';
import { describeFileError } from '../files.js';
import { type CliIo, colors, writeError, writeJson } from '../io.js';
import { cardLabels } from '../labels.js';
import { parseLang, parseStatus, resolveProvider } from '../options.js';
import { renderRecord } from '../render-record.js';
import { jsonText, visible } from '../visible.js';

interface DecodeOptions {
  provider?: string;
  url?: string;
  status?: number;
  header: string[];
  json?: boolean;
  jsonl?: boolean;
  lang?: 'ru' | 'en';
}

function parseUrl(value: string): string {
  if (!URL.canParse(value))
    throw new InvalidArgumentError('use an absolute URL, https://host/path');
  return value;
}

function collectHeader(value: string, previous: string[]): string[] {
  if (!/^[^:\s]+:/.test(value)) throw new InvalidArgumentError("use 'Name: value'");
  return [...previous, value];
}

function headersOf(lines: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    if (name === '__proto__') continue;
    headers[name] = headers[name]
      ? `${headers[name]}, ${line.slice(colon + 1).trim()}`
      : line.slice(colon + 1).trim();
  }
  return headers;
}

async function* noInput(): AsyncIterable<Uint8Array> {}

async function readAll(source: AsyncIterable<string | Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of source)
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** One JSON-lines request: `{"status", "headers"?, "body", "provider"?, "url"?, "lang"?}`. */
function decodeLine(line: string, opts: DecodeOptions): unknown {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { error: 'not a JSON line' };
  }
  const request = readDecodeRequest(input);
  if (typeof request === 'string') return { error: request };
  try {
    return decode(
      { status: request.status, headers: request.headers, body: request.body },
      {
        provider: request.provider ?? opts.provider,
        url: request.url ?? opts.url,
        lang: request.lang ?? opts.lang,
      },
    );
  } catch (error) {
    if (isUnknownProviderError(error)) return { error: error.message };
    throw error;
  }
}

async function runJsonl(
  io: CliIo,
  input: Uint8Array | undefined,
  opts: DecodeOptions,
): Promise<number> {
  const source = input ? Readable.from(input) : Readable.from(io.stdin?.() ?? []);
  const lines = createInterface({ input: source, crlfDelay: Number.POSITIVE_INFINITY });
  let bad = 0;
  let batch = '';
  for await (const line of lines) {
    if (!line.trim()) continue;
    const out = decodeLine(line, opts);
    if (isObject(out) && 'error' in out && !('provider' in out)) bad++;
    batch += `${jsonText(out)}\n`;
    // Write in batches: one write per line is the slow part at thousands of lines a second.
    if (batch.length > 64 * 1024) {
      io.out(batch);
      batch = '';
    }
  }
  if (batch) io.out(batch);
  if (bad) io.err(`${bad} line(s) could not be decoded (see their "error")\n`);
  return bad ? 1 : 0;
}

/**
 * The error a body holds for a dialect that reads errors only from a 4xx or
 * 5xx (Stripe's, a pack's), and so finds none in a 200: the record of a code
 * the body names, the same whatever the error status (not one a status names).
 */
function errorOfBody(
  headers: Record<string, string>,
  body: Uint8Array,
  options: Parameters<typeof decode>[1],
): ErrorRecord | undefined {
  const asClientError = decode({ status: 400, headers, body }, options);
  const asServerError = decode({ status: 500, headers, body }, options);
  if (!asClientError?.known || asClientError.key !== asServerError?.key) return undefined;
  return asClientError;
}

/** The HTTP status the catalog documents for a known record's entry. */
function documentedStatus(record: ErrorRecord): number | undefined {
  return record.key ? defaultLookup().explain(record.provider, record.key)?.status : undefined;
}

/** `kodex decode`: one response body (or JSON lines of them) → normalized records. */
export function registerDecode(program: Command, io: CliIo, setExit: (code: number) => void) {
  program
    .command('decode')
    .description('decode an error response body into the normalized record')
    .argument('[file]', 'body file, or - for standard input (the default)')
    .option('--provider <provider>', 'the provider that answered (detected when absent)')
    .option(
      '--url <url>',
      "the request URL: its host names the provider when the body doesn't",
      parseUrl,
    )
    .option(
      '--status <status>',
      'the HTTP status of the response (default: the status the provider documents for the code found, else 200)',
      parseStatus,
    )
    .option(
      '-H, --header <header>',
      "a response header, 'Name: value' (repeatable)",
      collectHeader,
      [],
    )
    .option('--json', 'print the record as JSON (null for a success)')
    .option(
      '--jsonl',
      'read JSON lines {"status","headers","body","provider"?,"url"?}, write one record per line',
    )
    .option('--lang <lang>', 'language of titles and advice: ru or en', parseLang)
    .addHelpText(
      'after',
      `
Examples:
  echo '{"error":"AK100310-02","code":"invalid_api_key"}' | kodex decode
  kodex decode --provider amocrm --status 401 body.json --lang ru
  echo '{"message":"Not found"}' | kodex decode --status 404 --url https://api.dellin.ru/v2/x.json
  kodex decode --status 429 -H 'Retry-After: 30' - < body.txt --json
  kodex decode --jsonl < responses.jsonl > records.jsonl`,
    )
    .action(async (file: string | undefined, opts: DecodeOptions) => {
      if (
        opts.provider !== undefined &&
        !resolveProvider(io, opts.provider, opts.json || opts.jsonl, setExit)
      )
        return;
      let input: Uint8Array | undefined;
      if (file && file !== '-') {
        try {
          input = await readFile(file);
        } catch (error) {
          const why = describeFileError(error, file, 'read');
          if (why === undefined) throw error;
          writeError(io, `Cannot read ${why}`);
          setExit(1);
          return;
        }
      }
      if (opts.jsonl) {
        setExit(await runJsonl(io, input, opts));
        return;
      }
      if (input === undefined && io.stdinIsTerminal) {
        io.err(
          'Reading the response body from the terminal: paste it, then press Ctrl-D (or give a FILE, or pipe a body in).\n',
        );
      }
      const body = new Uint8Array(input ?? (await readAll(io.stdin?.() ?? noInput())));
      const lang = opts.lang ?? 'en';
      const headers = headersOf(opts.header);
      const options = { provider: opts.provider, url: opts.url, lang };
      let record = decode({ status: opts.status ?? 200, headers, body }, options);
      if (opts.status === undefined) {
        // No status given: a body whose code the catalog knows is read with
        // the status the provider documents for it (Avtocod's B011 comes with
        // 402, not 200), and the reader is told what was assumed.
        const known = record ?? errorOfBody(headers, body, options);
        const documented = known?.known ? documentedStatus(known) : undefined;
        if (known && documented !== undefined && documented !== record?.status) {
          record = decode({ status: documented, headers, body }, options) ?? known;
          io.err(
            `note: no --status given; read as HTTP ${documented}, the status ${record.provider} documents for ${visible(record.code)}\n`,
          );
        } else {
          io.err(
            `note: no --status given; read as HTTP 200${record === null ? ', for which this body carries no error' : ''}\n`,
          );
        }
      }
      if (opts.json) {
        writeJson(io, record);
        return;
      }
      if (record === null) {
        const t = cardLabels(lang);
        io.out(`${colors(io).green(t.success)}: ${t.noError}\n`);
        return;
      }
      io.out(renderRecord(io, record, lang));
    });
}
