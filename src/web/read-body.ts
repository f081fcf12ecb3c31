import type { IncomingMessage } from 'node:http';
import { KodexError } from '../errors/kodex-error.js';

/** A request body above the server's limit; the server answers 413. */
export class BodyTooLargeError extends KodexError {
  readonly limit: number;

  constructor(limit: number) {
    super('body_too_large', `The request body is larger than ${limit} bytes.`);
    this.name = 'BodyTooLargeError';
    this.limit = limit;
  }
}

/** True for a {@link BodyTooLargeError}. */
export function isBodyTooLargeError(error: unknown): error is BodyTooLargeError {
  return error instanceof BodyTooLargeError;
}

/**
 * Reads a request body, refusing it as soon as it passes `limit` bytes: by
 * its declared `Content-Length` before reading anything, else while it
 * streams, so a huge body costs at most `limit` bytes of memory.
 */
export async function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}
