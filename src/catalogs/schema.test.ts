import { describe, expect, it } from 'vitest';
import type { Limit } from '../model/catalog.js';
import type { CatalogInput } from '../model/catalog-input.js';
import { checkCatalog } from './normalize-catalog.js';
import { limitSchema } from './schema.js';

const described = { description: { ru: 'Лимит', en: 'A limit' }, source: 'issue 11' };

describe('limitSchema', () => {
  it('takes a documented rate with its window, and a size without one', () => {
    const rate: Limit = { kind: 'rate', limit: 7, intervalMs: 1000, ...described };
    const size: Limit = { kind: 'body-size', limit: 10485760, ...described };
    expect(limitSchema.safeParse(rate).success).toBe(true);
    expect(limitSchema.safeParse(size).success).toBe(true);
  });

  it('refuses a documented rate without its window (a rate is a count per window)', () => {
    const result = limitSchema.safeParse({ kind: 'rate', limit: 7, ...described });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['intervalMs']]);
  });
});

describe('an author’s catalog', () => {
  it('may name the hosts its API answers on, as a built-in catalog does', () => {
    // Typed as the input shape: a field the schema takes but the type lacked failed to compile.
    const input: CatalogInput = {
      id: 'shop',
      name: 'Shop',
      hosts: ['api.shop.example'],
      entries: [
        { code: 'out_of_stock', status: 409, category: 'conflict', title: described.description },
      ],
    };
    expect(checkCatalog(input).catalog?.hosts).toEqual(['api.shop.example']);
  });
});
