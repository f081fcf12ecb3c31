import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { problemResponse } from './problem.js';
import { SECURITY_HEADERS } from './security-headers.js';

// Node's parser codes for a request it cannot read (llhttp's HPE_* names).
const TOO_LARGE_HEADERS = 'HPE_HEADER_OVERFLOW';
const TIMED_OUT = 'ERR_HTTP_REQUEST_TIMEOUT';

function detailOf(code: string | undefined): { status: number; detail: string } {
  if (code === TOO_LARGE_HEADERS)
    return { status: 431, detail: 'The request headers are too large.' };
  if (code === TIMED_OUT) return { status: 408, detail: 'The request took too long to arrive.' };
  return {
    status: 400,
    detail:
      "The request line or headers could not be parsed. Percent-encode anything that is not ASCII in the URL, e.g. curl -G --data-urlencode 'q=квота' http://127.0.0.1:4000/api/search.",
  };
}

/**
 * Answers a request Node's HTTP parser refused (raw non-ASCII in the URL, a
 * malformed header) with problem+json instead of Node's empty 400, then
 * closes the connection: after a parse error nothing more on it can be read.
 * For `server.on('clientError', answerClientError)`.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const { status, detail } = detailOf(error.code);
  const response = problemResponse(status, detail, {}, { connection: 'close' });
  const body = Buffer.from(response.body);
  const headers = {
    ...SECURITY_HEADERS,
    ...response.headers,
    'content-length': String(body.byteLength),
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(
    Buffer.concat([Buffer.from(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n`), body]),
  );
}
