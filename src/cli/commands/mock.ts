import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { isKodexError } from '../../errors/kodex-error.js';
import { createMockServer } from '../../mock/mock-server.js';
import { type MockLogEntry, RATE_OFF } from '../../mock/options.js';
import { parseFault } from '../../mock/parse-fault.js';
import { parseRate } from '../../mock/parse-rate.js';
import { type CliIo, writeError } from '../io.js';
import {
  parseLang,
  parsePort,
  parsePositive,
  providerArgumentHelp,
  resolveProvider,
} from '../options.js';
import { type SignalSource, untilStopSignal } from '../signals.js';

interface MockCliOptions {
  port: number;
  host: string;
  rate?: ReturnType<typeof parseRate> | typeof RATE_OFF;
  verbose?: boolean;
  banAfter?: number;
  banMs?: number;
  banWindowMs?: number;
  fault?: ReturnType<typeof parseFault>;
  seed?: number;
  lang?: 'ru' | 'en';
}

/** `off`, or a rate such as `7/s`. */
function parseRateOption(text: string): ReturnType<typeof parseRate> | typeof RATE_OFF {
  return text.trim().toLowerCase() === RATE_OFF ? RATE_OFF : parseRate(text);
}

/** One request as a log line: `GET /api/v4/leads 429 rate [api-v4] window 7/7`. */
export function formatLogLine(entry: MockLogEntry): string {
  const window = entry.window ? ` window ${entry.window.used}/${entry.window.limit}` : '';
  const status = entry.status === 0 ? '---' : String(entry.status);
  return `${entry.method} ${entry.path} ${status} ${entry.answer} [${entry.surface}]${window}${entry.banned ? ' banned' : ''}\n`;
}

function parseSeed(value: string): number {
  if (!/^\d{1,10}$/.test(value)) throw new InvalidArgumentError('a non-negative integer');
  return Number(value);
}

/** Turns a library parser's KodexError into commander's argument error. */
function asArgument<T>(parse: (text: string) => T): (text: string) => T {
  return (text) => {
    try {
      return parse(text);
    } catch (error) {
      if (isKodexError(error)) throw new InvalidArgumentError(error.message);
      throw error;
    }
  };
}

/**
 * `kodex mock PROVIDER`: an HTTP emulator of the provider; prints
 * `listening on http://HOST:PORT` once ready and stops on SIGINT or SIGTERM
 * (from `signals`, the process by default), then writes its counters to stderr.
 */
export function registerMock(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
  signals: SignalSource = process,
) {
  program
    .command('mock')
    .description(
      "run an HTTP emulator that answers in a provider's dialect, with its limits and bans",
    )
    .argument('<provider>', providerArgumentHelp())
    .option('--port <port>', 'port to listen on (0: a free one)', parsePort, 0)
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option(
      '--rate <rate>',
      "rate per account, e.g. 7/s, 1200/min, 100/h, or off (default: the provider's documented limit)",
      asArgument(parseRateOption),
    )
    .option(
      '--ban-after <n>',
      'ban an account after N rate violations within the ban window',
      parsePositive,
    )
    .option('--ban-ms <ms>', 'how long a ban lasts (default 60000)', parsePositive)
    .option(
      '--ban-window-ms <ms>',
      'window in which violations count towards a ban (default 60000)',
      parsePositive,
    )
    .option(
      '--fault <spec>',
      'random faults, e.g. 5xx=0.1,reset=0.05,latency=50ms',
      asArgument(parseFault),
    )
    .option('--seed <n>', 'seed of the random faults (replayable runs)', parseSeed)
    .option(
      '--lang <lang>',
      "language of messages in error bodies: ru or en (default: the provider's own, Google en, else ru)",
      parseLang,
    )
    .option('--verbose', 'log one line per request on stderr: method, path, status, answer, limit')
    .addHelpText(
      'after',
      `
Ask for any catalog error with a header or a query parameter:
  curl -H 'x-kodex-error: 110' http://127.0.0.1:PORT/api/v4/leads
  curl 'http://127.0.0.1:PORT/any/path?kodex_error=B011'   (add x-kodex-retry-after: 30 for Retry-After)
Ask for any HTTP status the same way, in the provider's dialect:
  curl -H 'x-kodex-status: 503' http://127.0.0.1:PORT/api/v4/leads   (or ?kodex_status=503)
Each API surface answers in its own shape: amoCRM /api/v4/… (problem+json),
/private/api/… (API v2), /v2/origin/custom/… (Chats), /oauth2/…; UniSender
/ru/api/… and /en/api/… in their language; Mobizon ?output=xml and Dellin
….xml in XML. The provider's documented rate limit is on unless --rate off.

Examples:
  kodex mock amocrm --port 8080 --rate 7/s --ban-after 10
  kodex mock unisender --rate 1200/min --fault 5xx=0.1,reset=0.05,latency=50ms --seed 42
  kodex mock stripe --pack stripe.yaml --lang en   # a provider pack's emulator`,
    )
    .action(async (providerArg: string, opts: MockCliOptions) => {
      const catalog = resolveProvider(io, providerArg, false, setExit);
      if (!catalog) return;
      let server: Awaited<ReturnType<typeof createMockServer>>;
      try {
        server = await createMockServer({
          provider: catalog.id,
          host: opts.host,
          port: opts.port,
          rate: opts.rate,
          banAfter: opts.banAfter,
          banMs: opts.banMs,
          banWindowMs: opts.banWindowMs,
          fault: opts.fault,
          seed: opts.seed,
          lang: opts.lang,
          onRequest: opts.verbose ? (entry) => io.err(formatLogLine(entry)) : undefined,
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        writeError(io, `Cannot start the ${catalog.name} emulator: ${message}`);
        setExit(1);
        return;
      }
      // Signal handlers go in before the line: whoever reads it may stop us at once.
      const stopped = untilStopSignal(signals);
      io.out(`listening on ${server.url}\n`);
      const signal = await stopped;
      await server.close();
      const s = server.stats();
      io.err(
        `${signal}: stopped. ${s.requests} requests, ${s.accepted} accepted, ${s.rateViolations} rate violations, ${s.bans} bans, ${s.faults} faults, ${s.duplicates} duplicate POSTs\n`,
      );
    });
}
