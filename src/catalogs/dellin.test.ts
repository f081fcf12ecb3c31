import { describe, expect, it } from 'vitest';
import type { CatalogEntry, Limit } from '../model/catalog.js';
import { dellin } from './dellin.js';
import { providerCatalogSchema } from './schema.js';

const entries: readonly CatalogEntry[] = dellin.entries;
const entry = (code: string): CatalogEntry => entries.find((e) => e.code === code)!;

// Dellin's reference, «Описание общих ошибок API»: every code with its http-код.
const SEED_STATUS: Record<string, number> = {
  '100001': 415,
  '100002': 404,
  '100003': 410,
  '100004': 403,
  '100005': 429,
  '100006': 500,
  '101001': 401,
  '101002': 401,
  '101003': 401,
  '101004': 401,
  '101005': 401,
  '101006': 401,
  '101007': 401,
  '101008': 401,
  '101009': 401,
  '110001': 400,
  '110002': 400,
  '110003': 400,
  '110004': 400,
  '110005': 400,
  '110006': 400,
  '110007': 400,
  '110008': 400,
  '120001': 500,
  '120002': 500,
  '120101': 500,
  '120102': 500,
  '120201': 400,
  '120301': 500,
  '121001': 500,
  '121002': 500,
  '130001': 500,
  '130002': 400,
  '130003': 400,
  '130004': 400,
  '130005': 400,
  '130006': 400,
  '130007': 400,
  '130008': 400,
  '130009': 400,
  '130010': 400,
  '130014': 400,
  '130015': 400,
  '130017': 400,
  '130021': 400,
  '130022': 400,
  '130023': 400,
  '130024': 400,
  '150001': 500,
  '150002': 500,
  '180001': 400,
  '180002': 400,
  '180003': 400,
  '180004': 400,
  '180005': 400,
  '180006': 400,
  '180007': 400,
  '180008': 400,
  '180009': 400,
  '180010': 400,
  '180011': 400,
  '180012': 400,
  '180013': 400,
  '180014': 400,
  '180015': 400,
  '180016': 400,
  '180017': 400,
};

describe('dellin catalog', () => {
  it('passes the catalog schema', () => {
    expect(() => providerCatalogSchema.parse(dellin)).not.toThrow();
  });

  it('has every code of the common-errors table with the status the seed gives', () => {
    const common = entries.filter((e) => e.section === 'common');
    expect(common.map((e) => e.code).sort()).toEqual(Object.keys(SEED_STATUS).sort());
    for (const e of common) {
      expect(e.status, e.code).toBe(SEED_STATUS[e.code]);
      expect(e.statusInferred, e.code).toBeUndefined();
    }
  });

  it('keeps the example-body codes with their seed links and an inferred 400', () => {
    expect(entry('281016')).toMatchObject({
      section: 'examples',
      status: 400,
      statusInferred: true,
      category: 'invalid_request',
      title: { ru: 'ошибка упрощённой отправки' },
      docs: 'https://dev.dellin.ru/api/ordering/request/#error_281016',
    });
    expect(entry('281017')).toMatchObject({
      section: 'examples',
      statusInferred: true,
      docs: 'https://dev.dellin.ru/api/ordering/request/#error_281017',
    });
    expect(entry('117004')).toMatchObject({
      section: 'examples',
      statusInferred: true,
      docs: 'https://dev.dellin.ru/calculation/pickup/#error_117004',
    });
  });

  it('treats a value missing from a dictionary (117004) as a request to fix, not a missing object', () => {
    expect(entry('117004').category).toBe('invalid_request');
  });

  it('answers JSON and XML', () => {
    expect(dellin.formats).toEqual(['json', 'xml']);
  });

  it('treats an unknown method (100002) as unsupported, like a disabled one (100003)', () => {
    expect(entry('100002')).toMatchObject({
      status: 404,
      category: 'unsupported',
      retryable: false,
    });
    expect(entry('100003')).toMatchObject({ status: 410, category: 'unsupported' });
    expect(entry('100001')).toMatchObject({ status: 415, category: 'unsupported' });
  });

  it('maps method access (100004) to permission_denied and request frequency (100005) to a retryable rate limit', () => {
    expect(entry('100004').category).toBe('permission_denied');
    expect(entry('100005')).toMatchObject({ category: 'rate_limited', retryable: true });
  });

  it('keeps the seed title of 100005 with its missing word', () => {
    expect(entry('100005').title.ru).toBe('Количество запросов к превышено');
  });

  it('makes the 500s documented as "try again later" internal and retryable', () => {
    for (const code of [
      '100006',
      '120001',
      '120002',
      '120101',
      '120102',
      '120301',
      '121001',
      '121002',
      '130001',
      '150001',
      '150002',
    ]) {
      expect(entry(code), code).toMatchObject({
        status: 500,
        category: 'internal',
        retryable: true,
      });
    }
  });

  it('keeps a distinct «Причина» for each 12xxxx code that shares the same title', () => {
    const reasons = ['120001', '120002', '120101', '120102', '120201', '120301'].map(
      (code) => entry(code).description?.ru,
    );
    expect(new Set(reasons).size).toBe(6);
    expect(entry('120001').description?.ru).toContain(
      '(Причина: Сервис calculateCustomers не отвечает)',
    );
    expect(entry('120102').description?.ru).toContain(
      'calculateCustomersV2 вернул неизвестную ошибку',
    );
  });

  it('treats 120201 as a bad request, not an internal error, unlike its neighbours', () => {
    expect(entry('120201')).toMatchObject({
      status: 400,
      category: 'invalid_request',
      retryable: false,
    });
  });

  it('treats missing or bad credentials as unauthenticated but a blocked API key as account_blocked', () => {
    for (const code of ['101001', '101002', '101003', '101004', '101005', '101006']) {
      expect(entry(code).category, code).toBe('unauthenticated');
    }
    expect(entry('101007')).toMatchObject({
      status: 401,
      category: 'account_blocked',
      retryable: false,
    });
  });

  it('keeps HTTP 401 for the parse errors 101008 and 101009 but classifies them as invalid requests', () => {
    expect(entry('101008')).toMatchObject({ status: 401, category: 'invalid_request' });
    expect(entry('101009')).toMatchObject({ status: 401, category: 'invalid_request' });
  });

  it('treats an object that does not exist (110007) as not_found while keeping status 400', () => {
    expect(entry('110007')).toMatchObject({ status: 400, category: 'not_found', retryable: false });
  });

  it('treats cargo exceeding dimensions (130006, 180005) as invalid requests, not too_large', () => {
    expect(entry('130006').category).toBe('invalid_request');
    expect(entry('180005').category).toBe('invalid_request');
  });

  it('treats an unavailable carrier service (130021, 180004) as unsupported and never retries it', () => {
    expect(entry('130021')).toMatchObject({ category: 'unsupported', retryable: false });
    expect(entry('180004')).toMatchObject({ category: 'unsupported', retryable: false });
  });

  it('treats the full address book (130024) as an exhausted quota and documents its 10000 limit', () => {
    expect(entry('130024')).toMatchObject({ category: 'quota_exceeded', retryable: false });
    expect(dellin.limits).toEqual([
      expect.objectContaining({ kind: 'count', limit: 10000, source: 'seed 003' }),
    ]);
  });

  it('documents no rate limit, since the seed gives no figure', () => {
    expect((dellin.limits as readonly Limit[]).some((l) => l.kind === 'rate')).toBe(false);
  });

  it('classifies the remaining 4xx validation rows as invalid requests', () => {
    const special = new Set(['110007', '130021', '180004', '130024', '120201']);
    for (const e of entries) {
      if (e.status === 400 && e.section === 'common' && !special.has(e.code)) {
        expect(e.category, e.code).toBe('invalid_request');
      }
    }
  });

  it('retries nothing but the rate limit and the transient 500s', () => {
    for (const e of entries) {
      expect(e.retryable, e.code).toBe(e.category === 'rate_limited' || e.category === 'internal');
    }
  });
});
