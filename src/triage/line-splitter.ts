import { concatBytes } from './concat-bytes.js';

/** Options of {@link createLineSplitter}. */
export interface LineSplitterOptions {
  /** Called with each line (without its line break) and its number, from 1. */
  readonly onLine: (line: string, number: number) => void;
  /** Called for a line over the bound, which is skipped. */
  readonly onProblem: (message: string, number: number) => void;
  /** Bytes of one line above which it is skipped. @default 16 MiB */
  readonly maxLineBytes?: number;
}

const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * Splits bytes into lines (LF or CRLF), chunk by chunk, holding at most one
 * line: a line longer than the bound is skipped and reported, never held, so
 * a file without line breaks cannot fill the memory.
 */
export function createLineSplitter(options: LineSplitterOptions) {
  const maxLine = options.maxLineBytes ?? 16 * 1024 * 1024;
  const decoder = new TextDecoder();
  let pieces: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;

  function emit(): void {
    number++;
    if (tooLong) {
      options.onProblem(`line is over ${Math.round(maxLine / 1048576)} MiB; skipped`, number);
    } else {
      let bytes = concatBytes(pieces);
      if (bytes.length > 0 && bytes[bytes.length - 1] === RETURN) bytes = bytes.subarray(0, -1);
      options.onLine(decoder.decode(bytes), number);
    }
    pieces = [];
    size = 0;
    tooLong = false;
  }

  function keep(chunk: Uint8Array, from: number, to: number): void {
    if (tooLong || to <= from) return;
    size += to - from;
    if (size > maxLine) {
      tooLong = true;
      pieces = [];
      return;
    }
    pieces.push(chunk.slice(from, to));
  }

  function push(chunk: Uint8Array): void {
    let from = 0;
    for (let at = chunk.indexOf(NEWLINE); at >= 0; at = chunk.indexOf(NEWLINE, from)) {
      keep(chunk, from, at);
      emit();
      from = at + 1;
    }
    keep(chunk, from, chunk.length);
  }

  function end(): void {
    if (size > 0 || tooLong) emit();
  }

  return { push, end };
}
