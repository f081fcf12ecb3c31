import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../model/catalog.js';
import { avtocod } from './avtocod.js';
import { providerCatalogSchema, templateParams } from './schema.js';

const entries: readonly CatalogEntry[] = avtocod.entries;
const entry = (code: string) => entries.find((e) => e.code === code)!;
const byType = (type: string) => entries.find((e) => e.name === type);
const render = (template: string, data: Record<string, unknown>) =>
  template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => String(data[name]));

// Every code of Avtocod's «Ошибка при выполнении запроса api», with its HTTP status.
const SEED_STATUSES: Record<string, number> = {
  G001: 500,
  G002: 404,
  G003: 500,
  G004: 500,
  G005: 500,
  G007: 500,
  S011: 401,
  S012: 401,
  S013: 401,
  S014: 401,
  S015: 401,
  S016: 401,
  S017: 401,
  S018: 401,
  S019: 401,
  S020: 401,
  S021: 401,
  S022: 403,
  S023: 401,
  S100: 400,
  S101: 400,
  S102: 400,
  S103: 400,
  S104: 400,
  S110: 403,
  S111: 403,
  S122: 403,
  S123: 403,
  S124: 403,
  S131: 403,
  S132: 403,
  S133: 403,
  S140: 403,
  S141: 403,
  S142: 403,
  S143: 403,
  S144: 403,
  S190: 403,
  S199: 403,
  S200: 403,
  S201: 403,
  B011: 402,
  B012: 402,
  B013: 402,
  B014: 402,
  B015: 429,
  D011: 404,
  D012: 422,
  D013: 422,
  D014: 422,
  D015: 422,
  D016: 422,
  D017: 422,
  D021: 400,
  D022: 400,
  D023: 400,
  D024: 400,
  D025: 400,
  D026: 400,
  D027: 400,
  D028: 400,
  D201: 500,
  D202: 500,
  D203: 500,
  D204: 500,
  D205: 404,
  D206: 404,
  D213: 500,
  D214: 500,
  D215: 500,
  D216: 500,
  D238: 413,
};

describe('avtocod catalog', () => {
  it('passes the catalog schema', () => {
    expect(() => providerCatalogSchema.parse(avtocod)).not.toThrow();
  });

  it('holds every seed code once, with the seed HTTP status', () => {
    expect(avtocod.entries.map((e) => e.code).sort()).toEqual(Object.keys(SEED_STATUSES).sort());
    for (const e of entries) expect(e.status, e.code).toBe(SEED_STATUSES[e.code]);
  });

  it('files each code under the class and section its letter names', () => {
    const classes = { G: 'Global', S: 'Security', B: 'Billing', D: 'Data' } as const;
    for (const e of entries) {
      const cls = classes[e.code[0] as keyof typeof classes];
      expect(e.class, e.code).toBe(cls);
      expect(e.section, e.code).toBe(cls.toLowerCase());
    }
  });

  it('renders the seed example body of B011 from its template and data', () => {
    const b011 = entry('B011');
    expect(b011).toMatchObject({ name: 'NoQuoteDay', category: 'quota_exceeded', status: 402 });
    expect(b011.template?.ru).toBe(
      'Превышена дневная квота ({day_quote} ед.) на генерацию отчета {report_type}',
    );
    expect(b011.params).toMatchObject({
      day_quote: { type: 'number' },
      report_type: { type: 'string' },
    });
    const data = { report_type: 'test_report_type2@test_domain', day_quote: '2' };
    expect(render(b011.template?.ru ?? '', data)).toBe(
      'Превышена дневная квота (2 ед.) на генерацию отчета test_report_type2@test_domain',
    );
  });

  it('uses the same snake_case parameters in ru and en templates, all declared and all used', () => {
    for (const e of entries) {
      const ru = templateParams(e.template?.ru ?? '');
      const en = templateParams(e.template?.en ?? '');
      expect(new Set(en), e.code).toEqual(new Set(ru));
      expect(Object.keys(e.params ?? {}).sort(), e.code).toEqual([...ru].sort());
      for (const name of ru) expect(name, e.code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    }
  });

  it('leaves no Russian placeholder word from the seed in a template', () => {
    const leftovers =
      /Тип отчета Тип|Идентификатор отчета|Пришедш|user_uid отсут|Метка времени Метка/;
    for (const e of entries) expect(e.template?.ru ?? '', e.code).not.toMatch(leftovers);
  });

  it('treats missing permissions as permission_denied even though Avtocod answers 401', () => {
    for (const code of ['S011', 'S012', 'S013', 'S017', 'S021', 'S023']) {
      expect(entry(code), code).toMatchObject({ status: 401, category: 'permission_denied' });
    }
    expect(entry('S022')).toMatchObject({ status: 403, category: 'permission_denied' });
  });

  it('asks to re-authenticate on malformed, missing, expired or wrong credentials', () => {
    for (const code of [
      'S100',
      'S101',
      'S102',
      'S103',
      'S104',
      'S110',
      'S111',
      'S122',
      'S123',
      'S124',
      'S190',
      'S199',
    ]) {
      expect(entry(code), code).toMatchObject({ category: 'unauthenticated', retryable: false });
    }
  });

  it('reports inactive users and domains as blocked accounts but an inactive report type as a denied permission', () => {
    expect(entry('S131').category).toBe('account_blocked');
    expect(entry('S132').category).toBe('account_blocked');
    expect(entry('S133').category).toBe('permission_denied');
    expect(entry('S133').decision).toBeDefined();
  });

  it('classifies impersonation errors by what failed', () => {
    expect(entry('S140').category).toBe('unsupported');
    expect(entry('S141').category).toBe('unsupported');
    expect(entry('S142').category).toBe('permission_denied');
    expect(entry('S143').category).toBe('not_found');
    expect(entry('S143').params).toHaveProperty('impersonate_as_user_uid');
    expect(entry('S144').category).toBe('permission_denied');
  });

  it('maps a body with only type NoPermissionReadReport to S011, keeping the name on S023', () => {
    expect(byType('NoPermissionReadReport')?.code).toBe('S011');
    expect(entry('S023').name).toBe('NoPermissionReadReport');
    expect(entry('S023').template?.ru).toBe(
      'У Вас отсутствуют права на чтение данных отчета {report_uid}',
    );
    expect(entry('S011').decision).toMatch(/S011/);
    expect(entry('S023').decision).toMatch(/S011/);
  });

  it('fixes the garbled word in the S200 message and treats forbidden query parts as invalid requests', () => {
    expect(entry('S200').template?.ru).toBe('Запрещенная подстрока в запросе:{substring}');
    expect(entry('S200').note).toMatch(/заSecurityForbiddenSubStringInQueryпросе/);
    expect(entry('S200').category).toBe('invalid_request');
    expect(entry('S201').category).toBe('invalid_request');
  });

  it('reads the doubled label in S110 as label then value', () => {
    expect(entry('S110').template?.ru).toBe(
      'Метка времени {income_stamp} просрочена — income_age:{income_age}, server_time:{server_time}',
    );
    expect(entry('S110').note).toMatch(/Метка времени Метка времени/);
  });

  it('treats B011–B014 as exhausted quotas and only B015 as a retryable rate limit', () => {
    for (const code of ['B011', 'B012', 'B013', 'B014']) {
      expect(entry(code), code).toMatchObject({
        status: 402,
        category: 'quota_exceeded',
        retryable: false,
      });
    }
    expect(entry('B015')).toMatchObject({
      name: 'TooManyRequests',
      status: 429,
      category: 'rate_limited',
      retryable: true,
    });
  });

  it('documents no limit, since the seed gives no figure', () => {
    expect(avtocod.limits).toEqual([]);
    expect(avtocod.notes.some((n) => n.includes('B015'))).toBe(true);
  });

  it('gives no docs link, since the seed has none', () => {
    expect(avtocod).not.toHaveProperty('docs');
    for (const e of entries) expect(e, e.code).not.toHaveProperty('docs');
  });

  it('names the shifted D023 row MakeRequestInvalidVehicleId with its own title', () => {
    expect(entry('D023')).toMatchObject({
      name: 'MakeRequestInvalidVehicleId',
      status: 400,
      category: 'invalid_request',
      title: { ru: 'В переданном запросе неверно задан vehicle_id' },
    });
    expect(entry('D023').params).toHaveProperty('vehicle_id');
    expect(entry('D023').note).toMatch(/shifted/);
  });

  it('keeps the provider spelling ToMany for D028', () => {
    expect(entry('D028')).toMatchObject({ name: 'ToMany', category: 'invalid_request' });
  });

  it('keeps the seed 500 on client-side Data errors but categorises them by meaning', () => {
    expect(entry('D203')).toMatchObject({ status: 500, category: 'not_found', retryable: false });
    expect(entry('D204')).toMatchObject({ status: 500, category: 'invalid_request' });
    expect(entry('D213')).toMatchObject({ status: 500, category: 'conflict' });
    expect(entry('D214')).toMatchObject({ status: 500, category: 'conflict', retryable: false });
    expect(entry('D215')).toMatchObject({ status: 500, category: 'conflict', retryable: false });
    expect(entry('D216')).toMatchObject({ status: 500, category: 'invalid_request' });
    for (const code of ['D203', 'D204', 'D213', 'D214', 'D215', 'D216']) {
      expect(entry(code).decision, code).toMatch(/500/);
    }
  });

  it('reports missing reports and report types as not found', () => {
    for (const code of ['D011', 'D203', 'D205', 'D206']) {
      expect(entry(code).category, code).toBe('not_found');
    }
  });

  it('treats D238 FileTooBig as too_large', () => {
    expect(entry('D238')).toMatchObject({ name: 'FileTooBig', status: 413, category: 'too_large' });
  });

  it('retries generic Global failures but not an unknown command or duplicate objects', () => {
    for (const code of ['G001', 'G003', 'G005', 'G007']) {
      expect(entry(code), code).toMatchObject({ category: 'internal', retryable: true });
    }
    expect(entry('G002')).toMatchObject({
      status: 404,
      category: 'unsupported',
      retryable: false,
    });
    expect(entry('G004')).toMatchObject({ category: 'internal', retryable: false });
  });

  it('marks as retryable only rate limits and generic server failures', () => {
    for (const e of entries) {
      if (e.retryable) expect(['rate_limited', 'internal'], e.code).toContain(e.category);
    }
  });
});
