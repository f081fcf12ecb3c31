import { readDecodeRequest } from '../decode/decode-request.js';
import { own } from '../wire/json-access.js';
import { type ExchangeOrProblem, methodOf, timeOf } from './exchange.js';

/**
 * The exchange of one line of `kodex decode --jsonl`'s input,
 * `{"status", "headers"?, "body", "provider"?, "url"?}`, which triage reads
 * with three more optional members: `time` (epoch milliseconds or ISO 8601),
 * or `startedDateTime` (ISO 8601, as in HAR), and `method`.
 * @example jsonlExchange('{"status":429,"body":"","url":"https://api.example.com/x","method":"GET"}')
 */
export function jsonlExchange(line: string): ExchangeOrProblem {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { problem: 'not a JSON line' };
  }
  const request = readDecodeRequest(input);
  if (typeof request === 'string') return { problem: request };
  return {
    time: timeOf(own(input, 'time') ?? own(input, 'startedDateTime')),
    method: methodOf(own(input, 'method')),
    url: request.url,
    status: request.status,
    headers: request.headers,
    body: request.body,
    provider: request.provider,
  };
}
