import { type HeaderMap, type HeadersInput, normalizeHeaders } from './headers.js';
import { type JsonRefusal, jsonOverBudget } from './json-budget.js';
import { parseXml, type XmlRefusal } from './xml.js';

/** A response as kodex decodes it: what `decode()` accepts besides a fetch `Response`. */
export interface RawResponse {
  readonly status: number;
  readonly headers?: HeadersInput;
  /** The body: text, bytes, or an already parsed JSON value. */
  readonly body?: string | Uint8Array | ArrayBuffer | object | null;
}

/**
 * The body size kodex handles whole (1 MiB): a response body above it is cut
 * before decoding, and the mock and the web reference refuse a request body
 * above it (each unless told otherwise).
 */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * One response, read once: status, headers, the (capped, UTF-8) text, and
 * JSON or XML parsed lazily at most once, shared by every dialect that asks.
 */
export interface ResponseView {
  readonly status: number;
  readonly headers: HeaderMap;
  readonly text: string;
  /** The body was larger than the cap and was cut. */
  readonly truncated: boolean;
  /** The body held bytes that are not UTF-8 (replaced by U+FFFD). */
  readonly invalidUtf8: boolean;
  /** Media type of `content-type`, lower-case, without parameters. */
  readonly mediaType: string;
  /** The body parsed as JSON, or `undefined` when it is not JSON (see {@link jsonRefusal}). */
  json(): unknown;
  /** Why the JSON body was not parsed: over the nesting or size budget of json-budget.ts. */
  jsonRefusal(): JsonRefusal | undefined;
  /** The body parsed as XML, or `undefined` (see {@link xmlRefusal}). */
  xml(): unknown;
  /** Why the XML body was refused, when it was. */
  xmlRefusal(): XmlRefusal | undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeBytes(bytes: Uint8Array): { text: string; invalid: boolean } {
  try {
    return { text: strictUtf8.decode(bytes), invalid: false };
  } catch {
    return { text: utf8.decode(bytes), invalid: true };
  }
}

/** Cuts a UTF-8 byte array at the cap without splitting a character. */
function capBytes(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes.length <= max) return bytes;
  let end = max;
  // Step back over continuation bytes (10xxxxxx) to a character start.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

const EMPTY_HEADERS: HeaderMap = Object.freeze(Object.create(null));

// Marks a body not parsed yet: `undefined` is a parse's own answer ("not JSON").
const UNPARSED: unique symbol = Symbol('unparsed');

// A class rather than an object of closures: a view is built per decode, and
// its methods then live once on the prototype. Lazy members hold a sentinel
// rather than a wrapper object, so a decode allocates nothing for them.
class View implements ResponseView {
  #json: unknown;
  #jsonRefusal: JsonRefusal | undefined;
  #xml: { value: unknown } | { refused: XmlRefusal } | undefined;
  #mediaType: string | undefined;

  constructor(
    readonly status: number,
    readonly headers: HeaderMap,
    readonly text: string,
    readonly truncated: boolean,
    readonly invalidUtf8: boolean,
    parsed: unknown,
  ) {
    this.#json = parsed;
  }

  get mediaType(): string {
    if (this.#mediaType === undefined) {
      const type = this.headers['content-type'] ?? '';
      const semi = type.indexOf(';');
      this.#mediaType = (semi < 0 ? type : type.slice(0, semi)).trim().toLowerCase();
    }
    return this.#mediaType;
  }

  /** Index of the first character after leading white space. */
  #start(): number {
    const text = this.text;
    let i = 0;
    while (i < text.length && text.charCodeAt(i) <= 32) i++;
    return i;
  }

  /** The body starts with '<' (after white space): XML or HTML, never JSON. */
  #markup(): boolean {
    return this.text.charCodeAt(this.#start()) === 60;
  }

  json(): unknown {
    if (this.#json === UNPARSED) {
      this.#json = undefined;
      const at = this.#start();
      const start = this.text.charCodeAt(at);
      // Only objects and arrays are error bodies; skip JSON.parse on HTML and prose.
      if (!this.truncated && (start === 123 || start === 91)) {
        this.#jsonRefusal = jsonOverBudget(this.text, at);
        if (this.#jsonRefusal === undefined) {
          try {
            this.#json = JSON.parse(this.text);
          } catch {
            // Not JSON; dialects fall back to text.
          }
        }
      }
    }
    return this.#json;
  }

  jsonRefusal(): JsonRefusal | undefined {
    this.json();
    return this.#jsonRefusal;
  }

  #parseXml() {
    this.#xml ??= this.#markup() ? parseXml(this.text) : { refused: 'malformed' };
    return this.#xml;
  }

  xml(): unknown {
    const xml = this.#parseXml();
    return 'value' in xml ? xml.value : undefined;
  }

  xmlRefusal(): XmlRefusal | undefined {
    if (!this.#markup()) return undefined;
    const xml = this.#parseXml();
    return 'refused' in xml ? xml.refused : undefined;
  }
}

/** Builds the view of a raw response; never throws on any body. */
export function createResponseView(
  raw: RawResponse,
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
  cutBefore = false,
): ResponseView {
  const headers = raw.headers ? normalizeHeaders(raw.headers) : EMPTY_HEADERS;
  const status = Number.isInteger(raw.status) ? raw.status : 0;
  let text = '';
  let truncated = cutBefore;
  let invalidUtf8 = false;
  let parsed: unknown = UNPARSED;
  const body = raw.body;

  if (typeof body === 'string') {
    // Characters stand in for bytes here: a string is at most 3 bytes a char.
    if (body.length > maxBodyBytes) {
      text = body.slice(0, maxBodyBytes);
      truncated = true;
    } else text = body;
  } else if (body instanceof Uint8Array || body instanceof ArrayBuffer) {
    const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
    const capped = capBytes(bytes, maxBodyBytes);
    truncated ||= capped.length < bytes.length;
    ({ text, invalid: invalidUtf8 } = decodeBytes(capped));
  } else if (body !== null && body !== undefined && typeof body === 'object') {
    // An already parsed JSON value: keep it, and a text form for messages.
    parsed = body;
    try {
      text = JSON.stringify(body)?.slice(0, maxBodyBytes) ?? '';
    } catch {
      text = '';
    }
  }
  return new View(status, headers, text, truncated, invalidUtf8, parsed);
}

const BODILESS: ReadonlySet<number> = new Set([204, 205, 304]);

/** A status whose response has no body, whatever is written for it (204, 205, 304). */
export function isBodilessStatus(status: number): boolean {
  return BODILESS.has(status);
}

/**
 * Reads a body stream up to `maxBytes`, cancelling the rest: the bytes read,
 * and whether the body went on past the cap (or broke off mid-stream).
 */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  const reader = body?.getReader();
  if (reader) {
    try {
      while (true) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        size += value.length;
        if (size > maxBytes) {
          truncated = true;
          // Not awaited: cancelling one branch of a cloned body settles only
          // once the other branch is done with too, which may be never.
          reader.cancel().catch(() => {});
          break;
        }
      }
    } catch {
      // A body that breaks off mid-stream is kept as far as it came.
      truncated = true;
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes, truncated };
}

/**
 * Reads a fetch `Response` body up to the cap (cancelling the rest) and
 * builds its view.
 */
export async function readResponse(
  response: Response,
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
): Promise<ResponseView> {
  const { bytes, truncated } = await readCapped(response.body, maxBodyBytes);
  return createResponseView(
    { status: response.status, headers: response.headers, body: bytes },
    maxBodyBytes,
    truncated,
  );
}
