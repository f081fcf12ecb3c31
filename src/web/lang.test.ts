import { describe, expect, it } from 'vitest';
import { langFromAccept, langFromCookie, resolveLang } from './lang.js';

describe('resolveLang', () => {
  it('prefers the query switch, then the cookie, then the browser, then English', () => {
    const all = { query: 'ru', cookie: 'kodex_lang=en', acceptLanguage: 'en' };
    expect(resolveLang(all)).toBe('ru');
    expect(resolveLang({ ...all, query: null })).toBe('en');
    expect(resolveLang({ acceptLanguage: 'ru-RU,ru;q=0.9,en;q=0.5' })).toBe('ru');
    expect(resolveLang({})).toBe('en');
  });

  it('ignores languages it does not speak and malformed values', () => {
    expect(resolveLang({ query: 'de', cookie: 'kodex_lang=<x>', acceptLanguage: 'de-DE' })).toBe(
      'en',
    );
  });
});

describe('langFromCookie', () => {
  it('finds its cookie among others', () => {
    expect(langFromCookie('a=1; kodex_lang=ru; b=2')).toBe('ru');
    expect(langFromCookie('xkodex_lang=ru')).toBeUndefined();
  });
});

describe('langFromAccept', () => {
  it('honours q-values and skips q=0', () => {
    expect(langFromAccept('en;q=0.3, ru;q=0.8')).toBe('ru');
    expect(langFromAccept('ru;q=0, en')).toBe('en');
    expect(langFromAccept('fr, de')).toBeUndefined();
  });
});
