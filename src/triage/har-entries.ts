import { concatBytes } from './concat-bytes.js';

// A HAR file is one JSON document whose `log.entries` array can hold a
// gigabyte of exchanges. Parsing it whole needs that gigabyte several times
// over, and the streaming JSON parsers on npm build every string whole (one
// 300 MB response body is 600 MB of heap) and parse HAR files at a fraction
// of the speed JSON.parse has (bench/README.md, "kodex triage"). So this
// splitter reads bytes, finds each item of `log.entries` by counting brackets
// outside strings, cuts every string of an item past a budget (a response
// body longer than decode reads is of no use whole), and hands each item's
// text to JSON.parse.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const LETTER_U = 0x75;

/** What a container is, for the three levels that lead to the entries. */
enum Role {
  Root,
  Log,
  Entries,
  Other,
}

/** Options of {@link createHarSplitter}. */
export interface HarSplitterOptions {
  /** Called with the JSON text of each item of `log.entries`, in order. */
  readonly onEntry: (json: string, index: number, cut: boolean) => void;
  /** Called for what makes an item or the file unusable; the splitting goes on where it can. */
  readonly onProblem: (message: string, index?: number) => void;
  /** Bytes kept of any one string of an item; the rest is dropped. @default 1048576 + 1024 */
  readonly maxStringBytes?: number;
  /** Bytes of one item (after strings are cut) above which it is skipped. @default 16 MiB */
  readonly maxEntryBytes?: number;
}

/** Feeds a HAR file's bytes, chunk by chunk; {@link HarSplitter.end} says whether it was whole. */
export interface HarSplitter {
  push(chunk: Uint8Array): void;
  end(): void;
}

/** Enough for decode to see a body over its 1 MiB cap and say it was cut. */
const DEFAULT_MAX_STRING_BYTES = 1024 * 1024 + 1024;
const DEFAULT_MAX_ENTRY_BYTES = 16 * 1024 * 1024;
const MAX_KEY_BYTES = 16;
/** Bytes of a string looked at one by one before indexOf is called to find its end. */
const SHORT_STRING = 64;

/**
 * Splits a HAR file into the JSON texts of its `log.entries` items without
 * holding more than one item (with its strings cut) in memory. Never throws
 * on any input: what is not a HAR, or an item that is not whole, is a
 * problem reported through `onProblem`.
 * @example
 * const splitter = createHarSplitter({ onEntry: (json) => entries.push(JSON.parse(json)), onProblem });
 * for await (const chunk of stream) splitter.push(chunk);
 * splitter.end();
 */
export function createHarSplitter(options: HarSplitterOptions): HarSplitter {
  const maxString = options.maxStringBytes ?? DEFAULT_MAX_STRING_BYTES;
  const maxEntry = options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
  const decoder = new TextDecoder();

  // The containers open around the current byte, by depth (0 = outside all).
  const roles: Role[] = [];
  let depth = 0;
  let inString = false;
  // 1 after a backslash; 5 after `\u` (the four hex digits belong to it too).
  let escapeLeft = 0;
  // The last string closed at the root or log level, and the key it became.
  let keyBytes: number[] = [];
  let lastString = '';
  const keyAt: string[] = [];
  let sawRoot = false;
  let sawEntries = false;
  let rootClosed = false;
  let started = false;

  // The item being captured: its depth, pieces, size, and the string in it.
  let entryDepth = -1;
  let entryIndex = 0;
  let pieces: Uint8Array[] = [];
  let entrySize = 0;
  let pieceStart = 0;
  let stringBytes = 0;
  let skippingString = false;
  let cut = false;
  let oversize = false;
  // An item of the entries that is not an object or array (`3`, `"x"`): skipped.
  let strayAt = -1;

  function keep(chunk: Uint8Array, from: number, to: number) {
    if (oversize || to <= from) return;
    entrySize += to - from;
    if (entrySize > maxEntry) {
      oversize = true;
      pieces = [];
      return;
    }
    // A copy: the reader may reuse its chunk's memory.
    pieces.push(chunk.slice(from, to));
  }

  function finishEntry() {
    const index = entryIndex++;
    entryDepth = -1;
    if (oversize) {
      options.onProblem(
        `entry is over ${Math.round(maxEntry / 1048576)} MiB with its long strings cut; skipped`,
        index,
      );
    } else {
      const bytes = concatBytes(pieces);
      options.onEntry(decoder.decode(bytes), index, cut);
    }
    pieces = [];
    entrySize = 0;
    cut = false;
    oversize = false;
  }

  function open(byte: number): void {
    const parent = depth === 0 ? undefined : roles[depth - 1];
    const key = depth === 0 ? undefined : keyAt[depth - 1];
    let role = Role.Other;
    if (depth === 0) {
      if (byte === OPEN_OBJECT && !sawRoot) role = Role.Root;
      sawRoot = true;
    } else if (parent === Role.Root && key === 'log' && byte === OPEN_OBJECT) role = Role.Log;
    else if (parent === Role.Log && key === 'entries' && byte === OPEN_ARRAY) {
      role = Role.Entries;
      sawEntries = true;
    }
    roles[depth] = role;
    keyAt[depth] = '';
    depth++;
  }

  // Where the next quote and backslash of the current chunk are, found once
  // each for a long string (indexOf skips a body's bytes many times faster
  // than a loop); reset for each chunk.
  let nextQuote = -1;
  let nextBackslash = -1;

  /** The end of a run of plain string bytes starting at `from`: the next quote or backslash, or the chunk's end. */
  function plainEnd(chunk: Uint8Array, from: number): number {
    // Most strings are short: a loop finds their end sooner than a call.
    const n = chunk.length;
    const near = Math.min(n, from + SHORT_STRING);
    let stop = from;
    while (stop < near) {
      const byte = chunk[stop]!;
      if (byte === QUOTE || byte === BACKSLASH) return stop;
      stop++;
    }
    if (stop === n) return n;
    if (nextQuote < stop) nextQuote = indexOrEnd(chunk, QUOTE, stop);
    if (nextBackslash < stop) nextBackslash = indexOrEnd(chunk, BACKSLASH, stop);
    return nextQuote < nextBackslash ? nextQuote : nextBackslash;
  }

  /** Starts skipping the string being captured at `at` (the start of a character). */
  function cutString(chunk: Uint8Array, at: number): void {
    keep(chunk, pieceStart, at);
    skippingString = true;
    cut = true;
  }

  /**
   * Reads the bytes of the item being captured from `from`, with the state in
   * locals (the hot loop of the splitter); gives the index after the item's
   * last byte, or the chunk's length when the item goes on in the next chunk.
   */
  function scanEntry(chunk: Uint8Array, from: number): number {
    const n = chunk.length;
    let d = depth;
    let str = inString;
    let esc = escapeLeft;
    let bytes = stringBytes;
    let i = from;
    for (; i < n; i++) {
      let byte = chunk[i]!;
      if (str) {
        if (esc === 0 && byte !== QUOTE && byte !== BACKSLASH) {
          const stop = plainEnd(chunk, i);
          if (!skippingString && bytes + (stop - i) > maxString) {
            // Cut between characters: never before a UTF-8 continuation byte.
            let at = i + Math.max(0, maxString - bytes);
            while (at < stop && (chunk[at]! & 0xc0) === 0x80) at++;
            if (at < stop) cutString(chunk, at);
          }
          bytes += stop - i;
          i = stop;
          if (i >= n) break;
          byte = chunk[i]!;
        }
        if (esc > 0) {
          // Inside an escape: no cut here.
          esc = esc === 1 && byte === LETTER_U ? 4 : esc - 1;
          bytes++;
        } else if (byte === QUOTE) {
          str = false;
          if (skippingString) {
            skippingString = false;
            pieceStart = i;
          }
        } else {
          // A backslash starts an escape, and a character: a cut may fall before it.
          if (!skippingString && bytes >= maxString) cutString(chunk, i);
          esc = 1;
          bytes++;
        }
        continue;
      }
      if (byte === QUOTE) {
        str = true;
        bytes = 0;
      } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) d++;
      else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        d--;
        if (d === entryDepth) {
          depth = d;
          inString = false;
          keep(chunk, pieceStart, i + 1);
          pieceStart = i + 1;
          finishEntry();
          return i + 1;
        }
      }
    }
    depth = d;
    inString = str;
    escapeLeft = esc;
    stringBytes = bytes;
    return n;
  }

  function push(chunk: Uint8Array): void {
    let i = 0;
    const n = chunk.length;
    if (!started) {
      started = true;
      // A byte-order mark, as some Windows tools write.
      if (n >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    }
    pieceStart = i;
    nextQuote = -1;
    nextBackslash = -1;
    for (; i < n; i++) {
      if (entryDepth >= 0) {
        i = scanEntry(chunk, i);
        if (i >= n) break;
      }
      // Outside the entries: the HAR's other members, read for their keys.
      if (inString && escapeLeft === 0) {
        const stop = plainEnd(chunk, i);
        if (depth <= 2)
          for (let k = i; k < stop && keyBytes.length <= MAX_KEY_BYTES; k++)
            keyBytes.push(chunk[k]!);
        i = stop;
        if (i >= n) break;
      }
      const byte = chunk[i]!;
      if (inString) {
        if (escapeLeft > 0) {
          escapeLeft = escapeLeft === 1 && byte === LETTER_U ? 4 : escapeLeft - 1;
        } else if (byte === QUOTE) {
          inString = false;
          if (depth <= 2) lastString = String.fromCharCode(...keyBytes);
          continue;
        } else if (byte === BACKSLASH) escapeLeft = 1;
        if (depth <= 2 && keyBytes.length <= MAX_KEY_BYTES) keyBytes.push(byte);
        continue;
      }
      switch (byte) {
        case QUOTE:
          inString = true;
          keyBytes = [];
          if (entryDepth < 0 && strayAt < 0 && depth > 0 && roles[depth - 1] === Role.Entries)
            strayAt = depth;
          break;
        case COLON:
          if (depth >= 1 && depth <= 2) keyAt[depth - 1] = lastString;
          break;
        case COMMA:
          if (depth >= 1 && depth <= 2) keyAt[depth - 1] = '';
          else if (strayAt >= 0 && depth === strayAt) {
            strayAt = -1;
            options.onProblem('entry is not an object; skipped', entryIndex++);
          }
          break;
        case OPEN_OBJECT:
        case OPEN_ARRAY:
          if (entryDepth < 0 && depth > 0 && roles[depth - 1] === Role.Entries) {
            entryDepth = depth;
            pieceStart = i;
          }
          if (depth < 3) open(byte);
          else depth++;
          break;
        case CLOSE_OBJECT:
        case CLOSE_ARRAY:
          if (depth === 0) break;
          if (strayAt >= 0 && depth === strayAt) {
            strayAt = -1;
            options.onProblem('entry is not an object; skipped', entryIndex++);
          }
          depth--;
          if (depth === 0) rootClosed = true;
          break;
        default:
          if (
            entryDepth < 0 &&
            strayAt < 0 &&
            depth > 0 &&
            roles[depth - 1] === Role.Entries &&
            byte > 0x20
          )
            strayAt = depth;
      }
    }
    if (entryDepth >= 0 && !skippingString) keep(chunk, pieceStart, n);
  }

  function end(): void {
    if (entryDepth >= 0) {
      options.onProblem('the file ends inside this entry; skipped', entryIndex);
      entryDepth = -1;
      pieces = [];
    }
    if (!sawRoot || !roles.length || roles[0] !== Role.Root) {
      options.onProblem('not a HAR file: no JSON object at the start');
    } else if (!sawEntries) {
      options.onProblem('not a HAR file: no log.entries array');
    } else if (!rootClosed || inString) {
      options.onProblem('the file ends before the HAR is closed (cut short?)');
    }
  }

  return { push, end };
}

function indexOrEnd(chunk: Uint8Array, byte: number, from: number): number {
  const at = chunk.indexOf(byte, from);
  return at < 0 ? chunk.length : at;
}
