import { describe, expect, it } from 'vitest';
import { shopPack } from '../../test/helpers/test-packs.js';
import { testRecord } from '../../test/helpers/test-record.js';
import { fillCatalogDefaults } from '../catalogs/normalize-catalog.js';
import type { DialectSpec } from '../model/pack.js';
import { checkPack } from '../packs/check-pack.js';
import { createResponseView } from '../wire/response-view.js';
import { packDialect } from './declarative.js';

// The members of a dialect beyond pointers (model/pack.ts): each changes
// what one reading gives, shown here against the reading without it.

// The test shop's entries, and one code whose variants its messages tell apart.
const catalog = fillCatalogDefaults({
  id: 'acme',
  name: 'Acme',
  entries: [
    ...shopPack.entries,
    {
      code: 'vague',
      status: 400,
      category: 'invalid_request',
      title: { en: 'Vague', ru: 'Неясно' },
      patterns: ['\\bno confirmation letters?\\b'],
    },
  ],
});

function view(body: unknown, status = 400) {
  return createResponseView({
    status,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const dialect = (spec: DialectSpec) => packDialect(catalog, spec);

describe('a pack dialect', () => {
  it('reads a code only where it matches `codePattern`, and writes only such a code', () => {
    const plain = dialect({ code: '/status', detail: '/message' });
    const strings = dialect({ code: '/status', codePattern: '\\D', detail: '/message' });
    const problem = { status: 409, title: 'Conflict', message: 'x' };
    expect(plain.decode(view(problem, 400))).toEqual([{ code: '409', detail: 'x' }]);
    expect(strings.decode(view(problem, 400))).toEqual([{ code: '400', detail: 'x' }]);
    // A code the pattern refuses is carried by the status; nothing else to say: an empty body.
    const record = testRecord('invalid_request', { code: '400', status: 400 });
    expect(strings.encode(record).body).toBe('');
    expect(plain.encode(record).body).toBe('{"status":"400"}');
  });

  it('gives a message without a code `defaultCode`, and detects it by the catalog’s patterns', () => {
    const spec: DialectSpec = {
      detectKeys: [['error']],
      detail: '/error',
      code: '/code',
      defaultCode: 'vague',
      detection: { defaultCode: 0.7 },
    };
    const body = { error: 'List 1 has no confirmation letters' };
    expect(dialect(spec).decode(view(body))).toEqual([{ code: 'vague', detail: body.error }]);
    expect(dialect({ ...spec, defaultCode: undefined }).decode(view(body))).toEqual([
      { code: '400', detail: body.error },
    ]);
    expect(dialect(spec).detect(view(body))).toBe(0.7);
    expect(dialect(spec).detect(view({ error: 'Something else' }))).toBe(0);
  });

  it('writes the code as the message with `detailRequired`, and reads it back as no message', () => {
    const spec: DialectSpec = { detail: '/error', code: '/code', detailRequired: true };
    const record = testRecord('invalid_request', { code: 'invalid_order', status: 400 });
    const encoded = dialect(spec).encode(record);
    // Written in the order the spec names the members.
    expect(encoded.body).toBe('{"error":"invalid_order","code":"invalid_order"}');
    expect(dialect(spec).decode(view(encoded.body))).toEqual([{ code: 'invalid_order' }]);
    expect(dialect({ ...spec, detailRequired: false }).decode(view(encoded.body))).toEqual([
      { code: 'invalid_order', detail: 'invalid_order' },
    ]);
  });

  it('names the entry’s section where `section` says, an error known by its section alone without a code, and fills `constants` only where the record wrote nothing', () => {
    const typed = packDialect(
      fillCatalogDefaults({
        id: 'cards',
        name: 'Cards',
        sections: [
          { id: 'card_error', title: { en: 'Card errors', ru: 'Ошибки карты' } },
          { id: 'api_error', title: { en: 'API errors', ru: 'Ошибки API' } },
        ],
        entries: [
          {
            code: 'card_declined',
            section: 'card_error',
            status: 402,
            category: 'payment_required',
            title: { en: 'Declined', ru: 'Отклонена' },
          },
          {
            code: 'api_error',
            section: 'api_error',
            status: 500,
            category: 'internal',
            title: { en: 'API error', ru: 'Ошибка API' },
          },
        ],
      }),
      {
        errors: '/error',
        code: ['/code', '/type'],
        section: '/type',
        constants: { '/error/type': 'invalid_request_error' },
      },
    );
    const encode = (code: string, status: number, key?: string) =>
      JSON.parse(
        typed.encode(testRecord('invalid_request', { code, status, ...(key ? { key } : {}) })).body,
      );
    expect(encode('card_declined', 402, 'card_declined')).toEqual({
      error: { code: 'card_declined', type: 'card_error' },
    });
    expect(encode('api_error', 500, 'api_error')).toEqual({ error: { type: 'api_error' } });
    expect(encode('brand_new', 400)).toEqual({
      error: { code: 'brand_new', type: 'invalid_request_error' },
    });
  });

  it('scores known and unknown codes as `detection` says', () => {
    const body = (status: string, message?: string) => view({ status, message });
    const base: DialectSpec = { code: '/status', detail: '/message' };
    expect(dialect(base).detect(body('invalid_order'))).toBe(0.9);
    expect(dialect(base).detect(body('Whatever', 'x'))).toBe(0.4);
    const tuned = dialect({
      ...base,
      detection: {
        known: 0.95,
        unknown: 0.35,
        unknownCode: '^[a-z]+_[a-z]+$',
        unknownNeedsDetail: true,
      },
    });
    expect(tuned.detect(body('invalid_order'))).toBe(0.95);
    expect(tuned.detect(body('other_thing', 'x'))).toBe(0.35);
    expect(tuned.detect(body('other_thing'))).toBe(0);
    expect(tuned.detect(body('Whatever', 'x'))).toBe(0);
  });

  it('calls a body with the success member an error when it also holds one, or under a 3xx', () => {
    const spec: DialectSpec = { detail: '/error', code: '/code', success: { at: '/result' } };
    expect(dialect(spec).decode(view({ result: 1 }, 200))).toBeNull();
    expect(dialect(spec).decode(view({ result: 1, error: 'Try later' }, 200))).toEqual([
      { code: '200', detail: 'Try later' },
    ]);
    expect(dialect(spec).decode(view({ result: 1 }, 302))).toEqual([]);
  });

  it('reads an array body as errors only when `list` says the body is a list', () => {
    const body = [{ code: 'invalid_order' }];
    expect(dialect({ code: '/code' }).decode(view(body))).toEqual([]);
    expect(dialect({ code: '/code', list: true }).decode(view(body))).toEqual([
      { code: 'invalid_order' },
    ]);
    // Below the body, a list is read whatever `list` says.
    expect(dialect({ errors: '/errors', code: '/code' }).decode(view({ errors: body }))).toEqual(
      body,
    );
  });

  it('reads a text of white space only as no text, and tries the next pointer', () => {
    const spec: DialectSpec = { code: '/code', detail: ['/message', '/detail'] };
    expect(dialect(spec).decode(view({ code: ' ', message: '\t', detail: 'why' }))).toEqual([
      { code: '400', detail: 'why' },
    ]);
  });
});

describe('checking a pack’s dialect', () => {
  const pack = {
    id: 'acme',
    name: 'Acme',
    entries: [{ code: 'x', status: 400, category: 'invalid_request', title: { en: 'X', ru: 'X' } }],
  };

  it('refuses a code pattern the linear-time engine cannot run, or that is no pattern', () => {
    const lookahead = checkPack({ ...pack, dialect: { code: '/c', codePattern: '^(?!\\d+$)' } });
    expect(lookahead.problems).toEqual([
      expect.objectContaining({
        pointer: '/dialect/codePattern',
        message: expect.stringMatching(/not an RE2 pattern/),
      }),
    ]);
    const broken = checkPack({ ...pack, dialect: { detection: { unknownCode: '(' } } });
    expect(broken.problems).toEqual([
      expect.objectContaining({
        pointer: '/dialect/detection/unknownCode',
        message: expect.stringMatching(/not an RE2 pattern/),
      }),
    ]);
  });

  it('refuses a score outside 0 to 1 and a member it does not know', () => {
    const checked = checkPack({ ...pack, dialect: { detection: { known: 2, surely: true } } });
    expect(checked.problems?.map((p) => p.pointer).sort()).toEqual([
      '/dialect/detection',
      '/dialect/detection/known',
    ]);
  });
});
