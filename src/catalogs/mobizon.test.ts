import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../model/catalog.js';
import { mobizon } from './mobizon.js';
import { providerCatalogSchema } from './schema.js';

const entry = (code: string): CatalogEntry =>
  mobizon.entries.find((e: CatalogEntry) => e.code === code)!;

describe('mobizon catalog', () => {
  it('passes the catalog schema', () => {
    expect(() => providerCatalogSchema.parse(mobizon)).not.toThrow();
  });

  it('marks 0 as success, 98 as partial and 100 as pending, none of them errors', () => {
    expect(entry('0').kind).toBe('success');
    expect(entry('98')).toMatchObject({ kind: 'partial', category: 'partial' });
    expect(entry('100')).toMatchObject({ kind: 'pending', category: 'pending' });
  });

  it('treats code 13 as a redirect to another API domain', () => {
    expect(entry('13').category).toBe('redirect');
  });

  it('answers every code in an HTTP 200, as an inferred status', () => {
    for (const e of mobizon.entries) expect(e).toMatchObject({ status: 200, statusInferred: true });
  });
});
