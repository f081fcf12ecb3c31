import { describe, expect, it } from 'vitest';
import { renderTemplate, templateParams } from './template.js';

describe('renderTemplate', () => {
  it('leaves unknown placeholders and inherited names alone', () => {
    expect(renderTemplate('{a} {b} {toString}', { a: 1 })).toBe('1 {b} {toString}');
  });

  it('returns the template as written without params', () => {
    expect(renderTemplate('Item {sku}', undefined)).toBe('Item {sku}');
  });
});

describe('templateParams', () => {
  it('names each placeholder once, in order of first use', () => {
    expect(templateParams('{b} {a} {b}')).toEqual(['b', 'a']);
  });
});
