import { describe, expect, it } from 'vitest';
import {
  decodeForm,
  exampleForm,
  findExample,
  formatHeaderLines,
  parseHeaderLines,
} from './playground-input.js';

describe('parseHeaderLines', () => {
  it('reads Name: value lines, lower-cases names and joins repeats', () => {
    const headers = parseHeaderLines(
      'Content-Type: application/json\r\nRetry-After: 5\nX-A: 1\nx-a: 2\n',
    );
    expect({ ...headers }).toEqual({
      'content-type': 'application/json',
      'retry-after': '5',
      'x-a': '1, 2',
    });
  });

  it('skips lines without a name and names that are not HTTP tokens', () => {
    const headers = parseHeaderLines('no colon\n: empty\nbad name: x\n__proto__: x');
    // A `__proto__` header is kept as a plain own entry: the map has no prototype to pollute.
    expect(Object.entries(headers)).toEqual([['__proto__', 'x']]);
    expect(Object.getPrototypeOf(headers)).toBeNull();
  });

  it('gives back what formatHeaderLines wrote', () => {
    const headers = { 'content-type': 'text/html', server: 'nginx' };
    expect({ ...parseHeaderLines(formatHeaderLines(headers)) }).toEqual(headers);
  });
});

describe('decodeForm', () => {
  it('decodes the Avtocod B011 seed example, detecting the provider', () => {
    const result = decodeForm(exampleForm(findExample('avtocod-b011')!), 'ru');
    expect(result).toMatchObject({
      ok: true,
      detected: true,
      record: {
        provider: 'avtocod',
        code: 'B011',
        category: 'quota_exceeded',
        lang: 'ru',
        params: { day_quote: '2', report_type: 'test_report_type2@test_domain' },
      },
    });
  });

  it('uses the chosen provider and says it was not detected', () => {
    const form = { status: '429', headers: '', body: '', provider: 'amocrm' };
    expect(decodeForm(form, 'en')).toMatchObject({
      ok: true,
      detected: false,
      record: { provider: 'amocrm', code: '429', category: 'rate_limited' },
    });
  });

  it('lets the request URL’s host name the provider of a body that carries no sign of it', () => {
    const form = {
      status: '429',
      headers: '',
      body: '{"message":"Too Many Requests"}',
      provider: '',
      url: ' https://apiproxy.telphin.ru/api/ver1.0/client/@me/ ',
    };
    expect(decodeForm(form, 'en')).toEqual({
      ok: true,
      detected: false,
      host: 'apiproxy.telphin.ru',
      record: expect.objectContaining({
        provider: 'telphin',
        code: '429',
        category: 'rate_limited',
        known: true,
      }),
    });
  });

  it('keeps a chosen provider over the URL’s host, and detects when the host names none', () => {
    const base = {
      status: '401',
      headers: '',
      body: '',
      url: 'https://example.amocrm.ru/api/v4/leads',
    };
    expect(decodeForm({ ...base, provider: 'telphin' }, 'en')).toEqual(
      expect.objectContaining({
        detected: false,
        record: expect.objectContaining({ provider: 'telphin' }),
      }),
    );
    expect(decodeForm({ ...base, provider: 'telphin' }, 'en')).not.toHaveProperty('host');
    const elsewhere = decodeForm({ ...base, provider: '', url: 'https://example.com/x' }, 'en');
    expect(elsewhere).toMatchObject({ ok: true, detected: true, record: { provider: 'http' } });
    expect(elsewhere).not.toHaveProperty('host');
    const notUrl = decodeForm({ ...base, provider: '', url: 'not a url' }, 'en');
    expect(notUrl).toMatchObject({ ok: true, detected: true });
  });

  it('gives null for a success', () => {
    expect(decodeForm({ status: '200', headers: '', body: '{}', provider: '' }, 'en')).toEqual({
      ok: true,
      record: null,
      detected: true,
    });
  });

  it('explains a bad status or an unknown provider instead of throwing', () => {
    const base = { headers: '', body: '', provider: '' };
    expect(decodeForm({ ...base, status: '99' }, 'ru')).toEqual({
      ok: false,
      error: 'Статус должен быть HTTP-статусом от 100 до 599.',
    });
    const unknown = decodeForm({ ...base, status: '400', provider: 'amocr' }, 'en');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error).toContain('amocrm');
  });
});
