import { describe, expect, it } from 'vitest';
import { checkPack } from '../packs/check-pack.js';
import { type ErrorBody, inferDialect } from './infer-dialect.js';

const string = { type: 'string' };
const integer = { type: 'integer' };

function json(schema: object, mediaType = 'application/json'): ErrorBody[] {
  return [{ mediaType, schema: schema as Record<string, unknown> }];
}

function object(properties: object, extra: object = {}) {
  return { type: 'object', properties, ...extra };
}

/** The dialect of responses that all share one schema. */
function dialectOf(schema: object, mediaType?: string) {
  return inferDialect([json(schema, mediaType)]).dialect;
}

describe('inferDialect', () => {
  it('finds a wrapped error object with code, type, message, param and doc_url, as Stripe sends', () => {
    const stripe = object({
      error: object({
        type: { type: 'string', enum: ['card_error', 'api_error'] },
        code: string,
        message: string,
        param: string,
        doc_url: string,
      }),
    });
    expect(dialectOf(stripe)).toEqual({
      errors: '/error',
      code: ['/code', '/type'],
      detail: '/message',
      docs: '/doc_url',
      field: '/param',
      detectKeys: [['error']],
    });
  });

  it('finds a list of errors, each with a GraphQL-style extensions.code', () => {
    const directus = object({
      errors: {
        type: 'array',
        items: object({ message: string, extensions: object({ code: string }) }),
      },
    });
    expect(dialectOf(directus)).toEqual({
      errors: '/errors',
      list: true,
      code: '/extensions/code',
      detail: '/message',
      detectKeys: [['errors']],
    });
  });

  it('reads a top-level errors list as field issues when the body has its own message', () => {
    const github = object({
      message: string,
      documentation_url: string,
      errors: {
        type: 'array',
        items: object({ resource: string, field: string, message: string, code: string }),
      },
    });
    expect(dialectOf(github)).toEqual({
      detail: '/message',
      docs: '/documentation_url',
      fields: { at: '/errors', path: ['/field'], code: ['/code'], message: ['/message'] },
    });
  });

  it('maps RFC 9457 problem details: detail then title, type as docs, status, invalid-params', () => {
    const problem = object({
      type: { type: 'string', format: 'uri' },
      title: string,
      status: integer,
      detail: string,
      'invalid-params': { type: 'array', items: object({ name: string, reason: string }) },
    });
    const inferred = inferDialect([json(problem, 'application/problem+json')]);
    expect(inferred.problem).toBe(true);
    expect(inferred.dialect).toEqual({
      detail: ['/detail', '/title'],
      docs: '/type',
      fields: { at: '/invalid-params', path: ['/name'], code: ['/reason'] },
      status: '/status',
    });
    // No code of its own: the pack is named by its hosts, not detected by body.
    expect(inferred.review.join('\n')).toMatch(/RFC 9457 problem details.*no code member/s);
  });

  it('reads a retry delay, a body status and a vendor media type', () => {
    const schema = object({
      error_code: integer,
      msg: string,
      retry_after: integer,
      status_code: integer,
    });
    expect(dialectOf(schema, 'application/vnd.acme+json')).toEqual({
      code: '/error_code',
      detail: '/msg',
      retryAfterSeconds: '/retry_after',
      status: '/status_code',
      detectKeys: [['error_code', 'msg', 'status_code']],
      mediaTypes: ['application/vnd.acme+json'],
    });
  });

  it('merges shapes that keep the error at one place, and leaves out a code member few responses have', () => {
    const basic = json(object({ message: string, documentation_url: string }));
    const odd = json(object({ code: string, message: string }));
    const many = Array.from({ length: 20 }, () => basic);
    expect(inferDialect([...many, odd]).dialect).toEqual({
      detail: '/message',
      docs: '/documentation_url',
    });
    expect(inferDialect([basic, odd]).dialect).toMatchObject({ code: '/code' });
  });

  it('says which responses have another shape, and gives no dialect when none reads as an error', () => {
    const wrapped = json(object({ error: object({ code: string }) }));
    const flat = json(object({ message: string }));
    const inferred = inferDialect([wrapped, wrapped, flat, json(object({ id: integer }))]);
    expect(inferred).toMatchObject({ shapes: 2, responses: { read: 2, withSchema: 4 } });
    expect(inferred.review).toContainEqual(
      '1 error response(s) have another shape this dialect does not read: errors at "" in 1.',
    );
    const none = inferDialect([
      json(object({ id: integer })),
      json({ type: 'string' }, 'text/plain'),
    ]);
    expect(none.dialect).toBeUndefined();
    expect(none.review[0]).toMatch(/^No dialect: none of the 1 error response/);
  });

  it('gives dialects that checkPack accepts', () => {
    const google = object({
      error: object({
        code: integer,
        status: string,
        message: string,
        details: { type: 'array', items: object({ field: string, description: string }) },
      }),
    });
    for (const schema of [google, object({ error: string, error_description: string })]) {
      const dialect = dialectOf(schema);
      expect(dialect).toBeDefined();
      const check = checkPack({
        id: 'x',
        name: 'X',
        entries: [
          {
            code: '400',
            status: 400,
            category: 'invalid_request',
            title: { en: 'Bad', ru: 'Bad' },
          },
        ],
        ...(dialect ? { dialect } : {}),
      });
      expect(check.problems).toBeUndefined();
    }
    expect(dialectOf(google)).toMatchObject({
      errors: '/error',
      code: '/code',
      fields: { at: '/details', path: ['/field'], message: ['/description'] },
    });
    // OAuth 2.0's error response: `error` is the code.
    expect(dialectOf(object({ error: string, error_description: string }))).toMatchObject({
      code: '/error',
      detail: '/error_description',
    });
  });
});
