import { EventEmitter } from 'node:events';
import { Command } from 'commander';
import type { CliIo } from '../../src/cli/io.js';
import type { SignalSource } from '../../src/cli/signals.js';

/**
 * A character a terminal acts on rather than shows (C0 but newline and tab,
 * DEL, C1, bidi controls): what no output may carry from outside.
 */
export const TERMINAL_ACTIVE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these characters are what the tests look for
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A CLI's streams for in-process tests: what it wrote, read back as text. */
export interface CapturedIo {
  readonly io: CliIo;
  out(): string;
  err(): string;
}

/** Streams that record what a command writes, with optional standard input. */
export function captureIo(
  options: { color?: boolean; stdin?: string; stdinIsTerminal?: boolean } = {},
): CapturedIo {
  let out = '';
  let err = '';
  const stdin = options.stdin;
  return {
    io: {
      out: (text) => {
        out += text;
      },
      err: (text) => {
        err += text;
      },
      color: options.color ?? false,
      stdinIsTerminal: options.stdinIsTerminal ?? false,
      ...(stdin === undefined
        ? {}
        : {
            stdin: async function* () {
              yield stdin;
            },
          }),
    },
    out: () => out,
    err: () => err,
  };
}

/** A command that runs a server until a stop signal (`kodex mock`, `kodex serve`). */
type RegisterServer = (
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
  signals: SignalSource,
) => void;

/**
 * Runs a server command in-process, with stop signals coming from an emitter
 * the test holds; `done` resolves with the exit code.
 */
export function runServerCommand(register: RegisterServer, name: string, args: readonly string[]) {
  let exit = 0;
  let ended = false;
  const captured = captureIo();
  const io = captured.io;
  const signals = new EventEmitter();
  const program = new Command('kodex')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  register(
    program,
    io,
    (code) => {
      exit = code;
    },
    signals,
  );
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  const done = program.parseAsync([name, ...args], { from: 'user' }).then(
    () => exit,
    (error: { exitCode?: number }) => error.exitCode ?? 2,
  );
  void done.then(() => {
    ended = true;
  });
  return {
    signals,
    done,
    out: captured.out,
    err: captured.err,
    /** Resolves with the URL once the listening line is out (or '' when the command ended first). */
    async listening(): Promise<string> {
      while (!captured.out() && !ended) await new Promise((r) => setTimeout(r, 5));
      return /^listening on (http:\/\/\S+)\n$/.exec(captured.out())?.[1] ?? '';
    },
  };
}
