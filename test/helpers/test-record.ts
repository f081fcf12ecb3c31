import type { Category } from '../../src/model/categories.js';
import type { ErrorRecord } from '../../src/model/record.js';

/** An error record for tests of what acts on records: a category, and whatever else the test sets. */
export function testRecord(category: Category, extra: Partial<ErrorRecord> = {}): ErrorRecord {
  return {
    provider: 'http',
    code: 'c',
    status: 500,
    category,
    retryable: category === 'rate_limited' || category === 'unavailable' || category === 'internal',
    title: 't',
    lang: 'en',
    fields: [],
    known: true,
    ...extra,
  };
}
