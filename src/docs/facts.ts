import type { Limit, SuccessSignal, WireFormat } from '../model/catalog.js';

// Plain-text facts that the Markdown and HTML pages both show, worded once.

/** Names of the wire formats, as a page shows them. */
export const FORMAT_NAMES: Readonly<Record<WireFormat, string>> = {
  json: 'JSON',
  xml: 'XML',
  text: 'plain text',
  html: 'HTML',
};

/** How a provider signals success, as a short label. */
export const SUCCESS_SIGNAL_NAMES: Readonly<Record<SuccessSignal['signal'], string>> = {
  'http-status': 'by the HTTP status (2xx is success)',
  'body-code': 'by a code inside the body, often in an HTTP 200',
};

const UNITS: readonly [number, string][] = [
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
  [1000, 'second'],
  [1, 'millisecond'],
];

/** An interval in words: `60000` → `minute`, `120000` → `2 minutes`. */
export function formatInterval(ms: number): string {
  for (const [size, unit] of UNITS) {
    if (ms >= size && ms % size === 0) {
      const n = ms / size;
      return n === 1 ? unit : `${n} ${unit}s`;
    }
  }
  return `${ms} ms`;
}

/** A byte count in words: `1048576` → `1 MiB (1048576 bytes)`. */
export function formatBytes(bytes: number): string {
  for (const [size, unit] of [
    [1 << 30, 'GiB'],
    [1 << 20, 'MiB'],
    [1 << 10, 'KiB'],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit} (${bytes} bytes)`;
  }
  return `${bytes} bytes`;
}

/** A documented limit's figure in words: `1200 requests per minute per key`. */
export function formatLimit(limit: Limit): string {
  const scope = limit.scope ?? 'account';
  const per = `per ${scope}${limit.method ? ` (${limit.method})` : ''}`;
  switch (limit.kind) {
    case 'rate':
    case 'quota': {
      const interval =
        limit.intervalMs === undefined ? '' : ` per ${formatInterval(limit.intervalMs)}`;
      return `${limit.limit} requests${interval} ${per}`;
    }
    case 'body-size':
    case 'file-size':
      return `${formatBytes(limit.limit)} ${per}`;
    case 'count':
      return `${limit.limit} items ${per}`;
  }
}

/** Yes or no, for a retryable flag. */
export function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** What the "inferred" mark next to a status means. */
export const INFERRED_NOTE =
  "inferred: the provider documents no HTTP status for this code; kodex infers it from the code's meaning.";

/** The anchor rule, as pages state it for people who link to them. */
export const ANCHOR_RULE =
  'Every code has a permanent anchor: code-<code>, plus -<variant> when the code has several meanings (244.events → #code-244-events). Codes with characters other than letters, digits and _ use code--<code> with each such character written as -<hex>-.';
