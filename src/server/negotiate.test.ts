import { describe, expect, it } from 'vitest';
import { negotiateFormat, negotiateLang } from './negotiate.js';

describe('negotiateFormat', () => {
  it.each([
    [undefined, 'json'],
    ['', 'json'],
    ['*/*', 'json'],
    ['application/json', 'json'],
    ['application/problem+json', 'json'],
    ['application/problem+xml', 'xml'],
    ['application/xml', 'xml'],
    ['text/xml', 'xml'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'xml'],
    ['application/json, application/xml', 'json'],
    ['application/xml;q=0.5, application/json', 'json'],
    ['application/json;q=0.2, application/problem+xml', 'xml'],
    ['application/xml;q=0', 'json'],
    ['image/png', 'json'],
  ] as const)('answers Accept %j with %s', (accept, format) => {
    expect(negotiateFormat(accept, true)).toBe(format);
  });

  it('answers JSON when the dialect has no XML, whatever the client asks (no 406)', () => {
    expect(negotiateFormat('application/xml', false)).toBe('json');
  });

  it('reads a bounded number of media ranges from a huge header', () => {
    const huge = `${'text/plain;q=0.1,'.repeat(100_000)}application/xml`;
    expect(negotiateFormat(huge, true)).toBe('json');
  });
});

describe('negotiateLang', () => {
  it.each([
    [undefined, 'en'],
    ['ru', 'ru'],
    ['ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7', 'ru'],
    ['en-GB,ru;q=0.5', 'en'],
    ['de-DE,ru;q=0.3', 'ru'],
    ['de, fr', 'en'],
    ['en;q=0.2, RU;q=0.8', 'ru'],
  ] as const)('answers Accept-Language %j with %s', (header, lang) => {
    expect(negotiateLang(header, 'en')).toBe(lang);
  });

  it('falls back to the given language when the header names neither', () => {
    expect(negotiateLang('de', 'ru')).toBe('ru');
  });
});
