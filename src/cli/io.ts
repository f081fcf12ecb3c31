import pc from 'picocolors';
import { jsonText, visible } from './visible.js';

/** Where a command writes, and whether it may use colour. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Colour only on a terminal (or FORCE_COLOR), never in pipes, files or CI logs. */
  readonly color: boolean;
  /** Terminal width, when writing to one. */
  readonly columns?: number;
  /** Standard input, for `kodex decode -` and `--jsonl`. */
  readonly stdin?: () => AsyncIterable<string | Uint8Array>;
  /** Whether standard input is a terminal: a person, not a pipe, would type the body. */
  readonly stdinIsTerminal?: boolean;
  /** Where `--pack` paths and the kodex.config search start. @default process.cwd() */
  readonly cwd?: string;
  /** Whether a person watches stderr (a terminal, outside CI): where progress may be drawn. */
  readonly stderrIsTerminal?: boolean;
}

/**
 * Ends the process when a reader closes a stream early (`kodex list | head -1`):
 * quietly and with code 0 on EPIPE, as a Unix filter ends on SIGPIPE (which
 * Node ignores, raising EPIPE instead); with one line and code 2 on any other
 * write failure, as the CLI does for failures it did not foresee.
 */
function endOnWriteFailure(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`kodex: ${error.message}\n`);
    process.exit(2);
  });
}

/** The process's own streams. */
export function processIo(): CliIo {
  endOnWriteFailure(process.stdout);
  endOnWriteFailure(process.stderr);
  const env = process.env;
  const tty = Boolean(process.stdout.isTTY);
  const color = env.FORCE_COLOR
    ? env.FORCE_COLOR !== '0'
    : tty && !env.NO_COLOR && env.TERM !== 'dumb';
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    color,
    columns: tty ? process.stdout.columns : undefined,
    stdin: () => process.stdin,
    stdinIsTerminal: Boolean(process.stdin.isTTY),
    stderrIsTerminal: Boolean(process.stderr.isTTY) && !env.CI,
  };
}

/** Colour functions that are no-ops when colour is off. */
export function colors(io: CliIo) {
  return pc.createColors(io.color);
}

/**
 * Writes a value as pretty JSON with a final newline; bidi and C1 controls in
 * its strings are escaped like C0 (see {@link jsonText}).
 */
export function writeJson(io: CliIo, value: unknown): void {
  io.out(`${jsonText(value, 2)}\n`);
}

/**
 * Writes an error message to stderr, red on a terminal, with what it quotes
 * from outside (an argument, a path, a body) made visible (see {@link visible}).
 */
export function writeError(io: CliIo, message: string): void {
  io.err(`${colors(io).red(visible(message, true))}\n`);
}
