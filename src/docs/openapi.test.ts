import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { hostileCatalog } from '../../test/fixtures/docs/hostile-catalog.js';
import { catalogs } from '../catalogs/index.js';
import { entryKey, type ProviderCatalog } from '../model/catalog.js';
import { pascalName, renderOpenApi, responseName } from './openapi.js';

/** The document as a file holds it. */
function asJson(catalog: ProviderCatalog) {
  return JSON.parse(JSON.stringify(renderOpenApi(catalog)));
}

async function validate(document: Record<string, unknown>) {
  const validator = new Validator();
  const result = await validator.validate(document);
  return { ...result, version: validator.version };
}

/** Every `$ref` of a document that points nowhere in it. */
function danglingRefs(document: Record<string, unknown>): string[] {
  const dangling: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          let target: unknown = document;
          for (const part of value.replace(/^#\//, '').split('/')) {
            target = (target as Record<string, unknown> | undefined)?.[part];
          }
          if (target === undefined) dangling.push(value);
        } else walk(value);
      }
    }
  };
  walk(document);
  return dangling;
}

type Responses = Record<
  string,
  { content?: Record<string, { examples: Record<string, { value: unknown }> }> }
>;

describe('renderOpenApi', () => {
  it.each(Object.values(catalogs).map((c) => [c.id, c] as const))(
    'gives %s a document that validates against the OpenAPI 3.1 schema',
    async (_id, catalog) => {
      const document = asJson(catalog);
      const result = await validate(document);
      expect(result.errors).toBeUndefined();
      expect(result.valid).toBe(true);
      expect(result.version).toBe('3.1');
      expect(danglingRefs(document)).toEqual([]);
    },
  );

  it('is checked by a validator that rejects a broken document', async () => {
    const document = asJson(catalogs.mobizon);
    const [name] = Object.keys(document.components.responses);
    delete document.components.responses[name!].description;
    expect((await validate(document)).valid).toBe(false);
  });

  it('validates for a hostile catalog too, and shows no unsafe link', async () => {
    const document = asJson(hostileCatalog);
    expect((await validate(document)).valid).toBe(true);
    expect(document.externalDocs).toBeUndefined();
    expect(JSON.stringify(document)).not.toMatch(/"(url|docs)":"(javascript|data):/);
  });

  it('has a response per code with examples from the encoders, and the problem and provider schemas', () => {
    const document = asJson(catalogs.dellin);
    const { schemas, responses } = document.components as {
      schemas: Record<string, unknown>;
      responses: Responses;
    };
    expect(Object.keys(schemas)).toEqual([
      'ProblemDetails',
      'FieldIssue',
      'Category',
      'DellinError',
    ]);
    const entry = catalogs.dellin.entries[0]!;
    const response = responses[responseName('dellin', entryKey(entry))]!;
    expect(Object.keys(response.content!)).toEqual([
      'application/json',
      'application/xml',
      'application/problem+json',
    ]);
    expect(response.content!['application/json']!.examples.dellin!.value).toMatchObject({
      errors: [{ code: Number(entry.code) }],
    });
    expect(String(response.content!['application/xml']!.examples.dellin!.value)).toMatch(/^<\?xml/);
    expect(response.content!['application/problem+json']!.examples.problem!.value).toMatchObject({
      provider: 'dellin',
      code: entry.code,
      status: entry.status,
    });
  });

  it('unites the schemas of two dialects that share a media type', () => {
    const { responses } = asJson(catalogs.amocrm).components as {
      responses: Record<string, { content: Record<string, { schema: unknown; examples: object }> }>;
    };
    const byStatus = responses[responseName('amocrm', '429')]!;
    expect(byStatus.content['application/problem+json']).toMatchObject({
      schema: {
        anyOf: [
          { $ref: '#/components/schemas/AmocrmError' },
          { $ref: '#/components/schemas/ProblemDetails' },
        ],
      },
    });
    expect(Object.keys(byStatus.content['application/problem+json']!.examples)).toEqual([
      'amocrm',
      'problem',
    ]);
  });

  it('describes a catalog without a dialect of its own by problem+json only', () => {
    const { components } = asJson(hostileCatalog);
    expect(Object.keys(components.schemas)).toEqual(['ProblemDetails', 'FieldIssue', 'Category']);
    const retryable = components.responses[responseName('hostile', 'E42.main')];
    expect(retryable.headers).toEqual({
      'Retry-After': { $ref: '#/components/headers/RetryAfter' },
    });
    expect(Object.keys(retryable.content)).toEqual(['application/problem+json']);
    // A success is no problem, and the catalog has no dialect to write it in: no content.
    expect(components.responses[responseName('hostile', 'ok')].content).toBeUndefined();
  });
});

describe('names', () => {
  it('makes component names from ids and keys', () => {
    expect(pascalName('radist-online')).toBe('RadistOnline');
    expect(pascalName('1c')).toBe('Catalog1c');
    expect(responseName('amocrm', '244.events')).toBe('amocrm.code-244-events');
    expect(responseName('x', 'a b')).toMatch(/^[A-Za-z0-9._-]+$/);
  });
});
