import { type ExchangeOrProblem, methodOf, timeOf } from './exchange.js';

// A request log line, as docs/triage.md defines it for `kodex triage --log`:
//   TIMESTAMP METHOD URL STATUS [BODY]
// TIMESTAMP is ISO 8601 or `-` when unknown; BODY, when present, is the rest
// of the line: a JSON string literal (`"…"`, so that a body of several lines
// fits on one) stands for its text, anything else is the body as written.
// Common and combined access-log lines are not read: they carry no body, and
// without the body most providers' codes cannot be told.
const LINE = /^(\S{1,64}) +([A-Za-z]{1,16}) +(\S{1,8192}) +(\d{3})(?: (.*))?$/s;

/**
 * The exchange of one request-log line, or what is wrong with it; blank lines
 * and `#` comments give undefined.
 * @example logLineExchange('2026-12-06T16:39:21Z GET https://api.example.com/x 503 {"error":"busy"}')
 */
export function logLineExchange(line: string): ExchangeOrProblem | undefined {
  const trimmed = line.trimEnd();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  const m = LINE.exec(trimmed);
  if (!m) return { problem: 'not a log line: TIMESTAMP METHOD URL STATUS [BODY]' };
  const [, stamp, method, url, status, rest] = m;
  const time = stamp === '-' ? undefined : timeOf(stamp);
  if (stamp !== '-' && time === undefined)
    return { problem: 'not a log line: the timestamp is not ISO 8601 or -' };
  let body = rest?.trim() ?? '';
  if (body.startsWith('"')) {
    try {
      const text: unknown = JSON.parse(body);
      if (typeof text === 'string') body = text;
    } catch {
      return { problem: 'not a log line: the body starts with " but is no JSON string' };
    }
  }
  return { time, method: methodOf(method), url, status: Number(status), body };
}
