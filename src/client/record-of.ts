import type { ErrorRecord } from '../model/record.js';

const records = new WeakMap<Response, ErrorRecord>();

/** Attaches a record to a response the client returns (partial, pending). */
export function attachRecord(response: Response, record: ErrorRecord): Response {
  records.set(response, record);
  return response;
}

/**
 * The record of a response the client returned rather than threw: a partial
 * success or a pending operation. `undefined` for a plain success.
 * @example const record = recordOf(await client.fetch(url)); if (record?.category === 'pending') poll(record.params)
 */
export function recordOf(response: Response): ErrorRecord | undefined {
  return records.get(response);
}
