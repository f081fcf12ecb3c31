import { describe, expect, it } from 'vitest';
import type { ProviderCatalog } from '../model/catalog.js';
import { providerCatalogSchema } from './schema.js';
import { telphin } from './telphin.js';

// Widened: the const catalog's literal types omit the optional fields tests read.
const catalog: ProviderCatalog = telphin;
const entry = (code: string) => catalog.entries.find((e) => e.code === code)!;

describe('telphin catalog', () => {
  it('passes the catalog schema', () => {
    expect(() => providerCatalogSchema.parse(telphin)).not.toThrow();
  });

  it('has one entry per HTTP code and status pair of the seed, plus the three success codes and three bare statuses', () => {
    expect(catalog.entries).toHaveLength(28);
    expect(catalog.entries.filter((e) => e.section === 'success')).toHaveLength(3);
  });

  it('uses the HTTP status as the code where the seed row has no status string', () => {
    for (const code of ['401', '404', '405', '413']) expect(entry(code).status).toBe(Number(code));
  });

  it('gives 400, 403 and 429, which may come without a status string, entries of their own after the documented ones', () => {
    expect(entry('400')).toMatchObject({ status: 400, category: 'invalid_request' });
    expect(entry('403')).toMatchObject({ status: 403, category: 'permission_denied' });
    expect(entry('429')).toMatchObject({ status: 429, category: 'rate_limited', retryable: true });
    for (const code of ['400', '403', '429']) expect(entry(code).note).toMatch(/may be present/);
    // The first entry of a status is what the emulator answers for it: the documented one.
    const first = (status: number) => catalog.entries.find((e) => e.status === status)?.code;
    expect([first(400), first(403), first(429)]).toEqual([
      'limit_exceeded',
      'access_denied',
      'rate_limit_exceeded',
    ]);
  });

  it('never infers a status: the seed gives one for every row', () => {
    for (const e of catalog.entries) expect(e.statusInferred).toBeUndefined();
  });

  it('marks GET/PUT 200, POST 201 and DELETE 204 as successes', () => {
    for (const code of ['200', '201', '204']) {
      expect(entry(code)).toMatchObject({
        status: Number(code),
        kind: 'success',
        category: 'unknown',
        section: 'success',
      });
    }
  });

  it('treats 401 as unauthenticated and user_blocked as a blocked account', () => {
    expect(entry('401').category).toBe('unauthenticated');
    expect(entry('user_blocked')).toMatchObject({ status: 403, category: 'account_blocked' });
  });

  it('treats the other 403 statuses as missing permissions', () => {
    for (const code of ['access_denied', 'user_access_type_deny', 'app_access_type_deny']) {
      expect(entry(code)).toMatchObject({ status: 403, category: 'permission_denied' });
    }
  });

  it('treats limit_exceeded, a count of resources, as a quota and not a rate limit', () => {
    expect(entry('limit_exceeded')).toMatchObject({
      status: 400,
      category: 'quota_exceeded',
      retryable: false,
    });
  });

  it('retries only a rate limit: rate_limit_exceeded, or 429 without a status string', () => {
    expect(entry('rate_limit_exceeded')).toMatchObject({ status: 429, category: 'rate_limited' });
    expect(catalog.entries.filter((e) => e.retryable).map((e) => e.code)).toEqual([
      'rate_limit_exceeded',
      '429',
    ]);
  });

  it('treats records_size_too_large and large files as too large', () => {
    expect(entry('records_size_too_large')).toMatchObject({ status: 400, category: 'too_large' });
    expect(entry('large_file')).toMatchObject({ status: 413, category: 'too_large' });
    expect(entry('413').category).toBe('too_large');
  });

  it('treats an archive already requested, a duplicate email and an existing resource as conflicts', () => {
    for (const code of ['archive_already_requested', 'email_duplicate', 'already_exists']) {
      expect(entry(code)).toMatchObject({ status: 400, category: 'conflict' });
    }
  });

  it('treats no_records as not found and wrong_file as an invalid request', () => {
    expect(entry('no_records').category).toBe('not_found');
    expect(entry('wrong_file').category).toBe('invalid_request');
  });

  it('fixes the seed typo «Неверный форма» in input_error and records it', () => {
    expect(entry('input_error').title.ru).toMatch(/^Неверный формат одного/);
    expect(entry('input_error').note).toMatch(/Неверный форма»/);
  });

  it('fixes the other obvious typos and records each', () => {
    expect(entry('wrong_extension_type').title.ru).toMatch(/^Попытка использования ресурса/);
    expect(entry('already_exists').title.ru).toBe('Создаваемый ресурс уже существует');
    expect(entry('records_size_too_large').title.ru).toContain('в запрашиваемом диапазоне');
    for (const code of ['wrong_extension_type', 'already_exists', 'records_size_too_large']) {
      expect(entry(code).note).toMatch(/typo|omission/);
    }
  });

  it('limits the request body to 10 MB as bytes, from the seed', () => {
    expect(catalog.limits).toEqual([
      expect.objectContaining({ kind: 'body-size', limit: 10485760, source: 'seed 002' }),
    ]);
  });

  it('puts the hourly quota without a documented figure in the notes, not in limits', () => {
    expect(catalog.limits.some((l) => l.kind === 'rate' || l.kind === 'quota')).toBe(false);
    expect((catalog.notes ?? []).some((n) => n.includes('X-RateLimit-Reset'))).toBe(true);
  });
});
