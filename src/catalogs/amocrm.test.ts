import { describe, expect, it } from 'vitest';
import { entryKey, type ProviderCatalog } from '../model/catalog.js';
import { amocrm } from './amocrm.js';
import { providerCatalogSchema } from './schema.js';

// Widened: the const catalog's literal types omit the optional fields tests read.
const catalog: ProviderCatalog = amocrm;
const entry = (key: string) => catalog.entries.find((e) => entryKey(e) === key)!;

describe('amocrm catalog', () => {
  it('passes the catalog schema', () => {
    expect(() => providerCatalogSchema.parse(amocrm)).not.toThrow();
  });

  it('has one entry for every code of the seed, 41 in all, the bare API v4 401, a 403 naming missing rights and an expired OAuth grant', () => {
    expect(catalog.entries).toHaveLength(44);
  });

  it('gives the 401 that API v4 sends without a legacy code an entry of its own', () => {
    expect(entry('401')).toMatchObject({
      status: 401,
      category: 'unauthenticated',
      retryable: false,
      section: 'auth',
    });
    expect(entry('401').statusInferred).toBeUndefined();
    expect(entry('401').note).toMatch(/Not a row of the seed/);
  });

  it('keeps every meaning of a code listed in several sections, one variant per section', () => {
    const variants = (code: string) =>
      catalog.entries
        .filter((e) => e.code === code)
        .map((e) => e.variant)
        .sort();
    expect(variants('244')).toEqual(['catalog-elements', 'catalogs', 'events', 'tasks']);
    expect(variants('330')).toEqual(['contacts', 'leads']);
    expect(variants('282')).toEqual(['catalog-elements', 'catalogs']);
    expect(variants('203')).toEqual(['catalog-elements', 'contacts']);
    expect(variants('402')).toEqual(['customers', 'other']);
    // The plain 403 (the rate-limit ban) is the base; a text naming missing rights is its auth variant.
    expect(variants('403')).toEqual(['auth', undefined]);
    // The plain 400 is the base; an OAuth problem whose hint says the grant expired is its auth variant.
    expect(variants('400')).toEqual(['auth', undefined]);
    for (const e of catalog.entries) if (e.variant) expect(e.variant).toBe(e.section);
  });

  it('catalogs the field-level NotSupportedChoice as a 400 invalid request', () => {
    expect(entry('NotSupportedChoice')).toMatchObject({
      status: 400,
      category: 'invalid_request',
      section: 'validation',
    });
  });

  it('gives the authorization codes the HTTP statuses of the seed', () => {
    expect(entry('110')).toMatchObject({ status: 401, category: 'unauthenticated' });
    expect(entry('111')).toMatchObject({ status: 401, category: 'account_blocked' });
    expect(entry('112')).toMatchObject({ status: 401, category: 'account_blocked' });
    expect(entry('113')).toMatchObject({ status: 403, category: 'permission_denied' });
    expect(entry('101')).toMatchObject({ status: 401, category: 'not_found' });
    for (const code of ['110', '111', '112', '113', '101']) {
      expect(entry(code).statusInferred).toBeUndefined();
    }
  });

  it('treats 403 as an account banned for rate-limit abuse, not a permission error', () => {
    expect(entry('403')).toMatchObject({
      status: 403,
      category: 'account_blocked',
      retryable: false,
    });
  });

  it('treats 429 as a retryable rate limit', () => {
    expect(entry('429')).toMatchObject({ status: 429, category: 'rate_limited', retryable: true });
  });

  it('sends the «Другие ответы» codes with the HTTP status of the same number', () => {
    for (const code of ['400', '422', '405', '403', '429']) {
      expect(entry(code).status).toBe(Number(code));
      expect(entry(code).statusInferred).toBeUndefined();
    }
    expect(entry('402.other')).toMatchObject({ status: 402, category: 'payment_required' });
  });

  it('marks 280 and 2002 as successes, 2002 sent with HTTP 204', () => {
    expect(entry('280')).toMatchObject({ kind: 'success', category: 'unknown' });
    expect(entry('2002')).toMatchObject({ kind: 'success', category: 'unknown', status: 204 });
  });

  it('infers HTTP 400 for section codes that come without a status', () => {
    const sectionCodes = catalog.entries.filter(
      (e) =>
        ['contacts', 'leads', 'events', 'tasks', 'catalogs', 'catalog-elements'].includes(
          e.section,
        ) && e.kind !== 'success',
    );
    expect(sectionCodes.length).toBeGreaterThan(0);
    for (const e of sectionCodes) expect(e).toMatchObject({ status: 400, statusInferred: true });
  });

  it('infers the customers codes 402, 425 and 426 as their own HTTP statuses', () => {
    expect(entry('402.customers')).toMatchObject({ status: 402, statusInferred: true });
    expect(entry('425')).toMatchObject({ status: 425, statusInferred: true });
    expect(entry('426')).toMatchObject({ status: 426, statusInferred: true });
  });

  it('keeps the «Добавление событий» text of 233 and 234 in the tasks section, with a decision', () => {
    for (const code of ['233', '234']) {
      expect(entry(code).section).toBe('tasks');
      expect(entry(code).title.ru).toMatch(/^Добавление событий:/);
      expect(entry(code).decision).toBeDefined();
    }
  });

  it('keeps «Добавление сделок: нет прав.» as the tasks variant of 244', () => {
    expect(entry('244.tasks')).toMatchObject({
      category: 'permission_denied',
      title: { ru: 'Добавление сделок: нет прав.' },
    });
  });

  it('retries only the contact search that the seed says to repeat later', () => {
    expect(entry('219')).toMatchObject({ category: 'unavailable', retryable: true });
    const retryable = catalog.entries.filter((e) => e.retryable).map(entryKey);
    expect(retryable.sort()).toEqual(['219', '429']);
  });

  it('fixes the obvious typos of 400 and 422 and records it', () => {
    expect(entry('400').title.ru).toContain('неверные идентификаторы');
    expect(entry('400').note).toMatch(/не верные/);
    expect(entry('422').title.ru).toBe('Входящие данные не могли быть обработаны.');
    expect(entry('422').note).toMatch(/не мог быть/);
  });

  it('links each entry to its section page, made absolute on www.amocrm.ru', () => {
    for (const e of catalog.entries) {
      const section = catalog.sections.find((s) => s.id === e.section)!;
      expect(e.docs).toBe(section.docs ?? catalog.docs);
      expect(e.docs).toMatch(/^https:\/\/www\.amocrm\.ru\/developers\//);
    }
  });

  it('documents 7 requests per second per account, from the issue', () => {
    expect(catalog.limits).toEqual([
      expect.objectContaining({
        kind: 'rate',
        limit: 7,
        intervalMs: 1000,
        scope: 'account',
        source: 'issue',
      }),
    ]);
  });

  it('answers in JSON and sometimes HTML', () => {
    expect(catalog.formats).toEqual(['json', 'html']);
  });
});
