import type { CliIo } from './io.js';

/** A CLI's streams for in-process tests: what it wrote, read back as text. */
export interface CapturedIo {
  readonly io: CliIo;
  out(): string;
  err(): string;
}

/** Streams that record what a command writes, with optional standard input. */
export function captureIo(options: { color?: boolean; stdin?: string } = {}): CapturedIo {
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
