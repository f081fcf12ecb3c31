import type { ErrorRecord } from '../model/record.js';
import type { NotRetried, SeenRequest } from './report.js';

/** A retryable error waiting for its retry: no more than its group and one example. */
export interface WaitingError {
  readonly record: Pick<ErrorRecord, 'provider' | 'code' | 'category'>;
  readonly seen: SeenRequest;
}

/** Groups kept, at most. */
const MAX_GROUPS = 1000;

/** Retryable errors that were not retried, grouped by provider, code and method. */
export function createNotRetriedGroups(examples: number) {
  const groups = new Map<string, NotRetried & { count: number; examples: SeenRequest[] }>();

  function add({ record, seen }: WaitingError): void {
    const method = seen.method ?? '?';
    const key = `${record.provider}\u0000${record.code}\u0000${method}`;
    let group = groups.get(key);
    if (!group) {
      if (groups.size >= MAX_GROUPS) return;
      group = { ...record, method, count: 0, examples: [] };
      groups.set(key, group);
    }
    group.count++;
    if (group.examples.length < examples) group.examples.push(seen);
  }

  /** The groups, most errors first. */
  function list(): NotRetried[] {
    return [...groups.values()].sort((a, b) => b.count - a.count);
  }

  return { add, list };
}
