import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A content coding the server can send. */
export type Coding = 'br' | 'gzip';

// Below this a compressed body saves less than its headers cost.
const MIN_BYTES = 1024;

/** Whether a media type is text worth compressing (HTML, CSS, JS, JSON, SVG). */
export function isCompressible(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return (
    type.startsWith('text/') ||
    type === 'image/svg+xml' ||
    type === 'application/json' ||
    /^application\/[\w.-]+\+json$/.test(type)
  );
}

/**
 * The coding an `Accept-Encoding` header accepts, brotli first, honouring
 * `q=0` refusals; `undefined` for identity.
 * @example negotiateCoding('gzip, deflate, br') // 'br'
 */
export function negotiateCoding(acceptEncoding: string | undefined): Coding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const item of acceptEncoding.slice(0, 512).split(',')) {
    const [name = '', ...params] = item.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    accepted.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: Coding) => accepted.get(coding) ?? accepted.get('*') ?? 0;
  if (weightOf('br') > 0 && weightOf('br') >= weightOf('gzip')) return 'br';
  return weightOf('gzip') > 0 ? 'gzip' : undefined;
}

/**
 * A body compressed in a coding. `thorough` spends more time for fewer bytes:
 * for files compressed once and kept; pages rendered per request use a
 * quicker level that compresses nearly as well.
 */
export function compress(body: Uint8Array, coding: Coding, thorough = false): Buffer {
  return coding === 'br'
    ? brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: thorough ? 11 : 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      })
    : gzipSync(body, { level: thorough ? 9 : 6 });
}

/** What to write for a response: its body in the chosen coding, and the headers that say so. */
export interface Encoded {
  readonly body: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Compresses a response body when the client accepts it and the type is
 * text; always says `Vary: Accept-Encoding` for a compressible type, so a
 * cache never hands a compressed body to a client that cannot read it.
 */
export function encodeBody(
  body: Uint8Array,
  contentType: string | undefined,
  acceptEncoding: string | undefined,
  cached?: (coding: Coding) => Uint8Array,
): Encoded {
  if (!isCompressible(contentType)) return { body, headers: {} };
  const vary = { vary: 'Accept-Encoding' };
  const coding = body.byteLength >= MIN_BYTES ? negotiateCoding(acceptEncoding) : undefined;
  if (!coding) return { body, headers: vary };
  return {
    body: cached ? cached(coding) : compress(body, coding),
    headers: { ...vary, 'content-encoding': coding },
  };
}
