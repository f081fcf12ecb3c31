import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../catalogs/index.js';
import { entryKey } from '../model/catalog.js';
import { anchorId, sectionAnchorId } from './anchor.js';

describe('anchorId', () => {
  it('writes a code as code-<code> and a variant after a dash', () => {
    expect(anchorId('B011')).toBe('code-B011');
    expect(anchorId('invalid_api_key')).toBe('code-invalid_api_key');
    expect(anchorId('244.events')).toBe('code-244-events');
    expect(anchorId('required.401-oauth')).toBe('code-required-401-oauth');
  });

  it('writes other characters as -<hex>- after code--', () => {
    expect(anchorId('E-1')).toBe('code--E-2d-1');
    expect(anchorId('a b')).toBe('code--a-20-b');
    expect(anchorId('Ошибка')).toMatch(/^code--(-[0-9a-f]+-)+$/);
  });

  it('gives ids that need no escaping in HTML, a URL fragment or a CSS selector', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }), (key) => {
        expect(anchorId(key)).toMatch(/^code-[A-Za-z0-9_-]+$/);
      }),
    );
  });

  it('never gives two keys the same anchor', () => {
    const key = fc.oneof(
      fc.string({
        minLength: 1,
        maxLength: 8,
        unit: fc.constantFrom('a', 'B', '1', '_', '-', '.', ' ', 'ё'),
      }),
      fc.stringMatching(/^[A-Za-z0-9_]{1,6}(\.[a-z0-9][a-z0-9-]{0,5})?$/),
    );
    fc.assert(
      fc.property(fc.uniqueArray(key, { minLength: 2, maxLength: 60 }), (keys) => {
        expect(new Set(keys.map(anchorId)).size).toBe(keys.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives every entry of every built-in catalog its own anchor', () => {
    for (const catalog of Object.values(catalogs)) {
      const anchors = catalog.entries.map((e) => anchorId(entryKey(e)));
      expect(new Set(anchors).size, catalog.id).toBe(anchors.length);
    }
  });
});

describe('sectionAnchorId', () => {
  it('prefixes the section id', () => {
    expect(sectionAnchorId('billing')).toBe('section-billing');
  });
});
