import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../catalogs/normalize-catalog.js';
import { ImportError } from './import-error.js';
import { importOpenApi } from './import-openapi.js';
import { readSpec } from './read-spec.js';

const SHOP = 'test/fixtures/openapi/shop-3.1.yaml';
const LEGACY = 'test/fixtures/openapi/legacy-2.0.json';

async function entriesOf(file: string) {
  const { catalog } = importOpenApi(await readSpec(file), { id: 'shop', source: file });
  return catalog.entries;
}

describe('importOpenApi on OpenAPI 3.1 with a problem+json schema', () => {
  it('puts a code an example shows under that status, and an enum-only code under every status of the schema', async () => {
    const entries = await entriesOf(SHOP);
    const coded = entries.filter((e) => !/^\d{3}$|^default$/.test(e.code));
    expect(coded.map((e) => [e.code, e.status, e.variant])).toEqual([
      // The 400 example shows invalid_quantity, the 402 example card_declined;
      // unknown_product is only in the enum both responses share.
      ['invalid_quantity', 400, undefined],
      ['unknown_product', 400, '400'],
      ['unknown_product', 402, '402'],
      ['card_declined', 402, undefined],
    ]);
  });

  it('takes titles from x-enum-descriptions and the category from the status', async () => {
    const entries = await entriesOf(SHOP);
    const unknown = entries.find((e) => e.code === 'unknown_product' && e.status === 400)!;
    expect(unknown.title).toEqual({ en: 'No such product', ru: 'No such product' });
    expect(unknown.category).toBe('invalid_request');
    expect(entries.find((e) => e.code === 'card_declined')).toMatchObject({
      status: 402,
      category: 'payment_required',
      title: { en: 'The card was declined' },
    });
  });

  it('makes an entry coded by the status for a response that names no code', async () => {
    const entries = await entriesOf(SHOP);
    expect(entries.find((e) => e.code === '404')).toMatchObject({
      status: 404,
      category: 'not_found',
      title: { en: 'No such order' },
      note: 'Imported from OpenAPI (404 response): GET /orders/{id}.',
    });
    expect(entries.find((e) => e.code === '429')).toMatchObject({ category: 'rate_limited' });
  });

  it('deduplicates by status and code, listing every operation in the note', async () => {
    const entries = await entriesOf(SHOP);
    const keys = entries.map((e) => `${e.status} ${e.code}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(entries.find((e) => e.code === 'invalid_quantity' && e.status === 400)!.note).toBe(
      'Imported from OpenAPI (400 response): POST /orders, GET /orders/{id}.',
    );
  });

  it('marks the assumed status of a default response for review', async () => {
    const entries = await entriesOf(SHOP);
    expect(entries.find((e) => e.code === 'default')).toMatchObject({
      status: 500,
      statusInferred: true,
      category: 'internal',
      title: { en: 'Unexpected error' },
    });
  });

  it('writes a catalog checkCatalog accepts, with retryable from the category', async () => {
    const { catalog } = importOpenApi(await readSpec(SHOP), { id: 'shop' });
    const check = checkCatalog(catalog);
    expect(check.problems).toBeUndefined();
    expect(catalog.name).toBe('Shop API');
    expect(check.catalog!.entries.find((e) => e.code === '429')!.retryable).toBe(true);
    expect(check.catalog!.entries.find((e) => e.code === '404')!.retryable).toBe(false);
  });
});

describe('importOpenApi on Swagger 2.0', () => {
  it('finds codes in example bodies and x- extensions, nested under error', async () => {
    const entries = await entriesOf(LEGACY);
    expect(entries.map((e) => [e.code, e.status, e.category])).toEqual([
      ['401', 401, 'unauthenticated'],
      ['MAINTENANCE', 503, 'unavailable'],
      ['ALREADY_PAID', 409, 'conflict'],
      ['INVOICE_CANCELLED', 409, 'conflict'],
    ]);
    expect(entries.find((e) => e.code === 'ALREADY_PAID')!.title.en).toBe(
      'The invoice is already paid',
    );
    // A code listed without a message takes the response's description.
    expect(entries.find((e) => e.code === 'INVOICE_CANCELLED')!.title.en).toBe(
      'The invoice cannot be paid',
    );
  });
});

describe('importOpenApi on OpenAPI 3.0', () => {
  it('reads a wrapped enum, a 5XX range and a circular schema', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kodex-openapi-30-'));
    const file = join(dir, 'nested.json');
    const error = {
      type: 'object',
      properties: {
        error: {
          type: 'object',
          properties: {
            code: { type: 'string', enum: ['QUOTA_EXCEEDED', 'TEMPORARILY_DOWN'] },
            cause: { $ref: '#/components/schemas/Error' },
          },
        },
      },
    };
    const response = {
      description: 'Server trouble',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
    await writeFile(
      file,
      JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'Nested', version: '1' },
        paths: { '/a': { get: { responses: { '200': { description: 'OK' }, '5XX': response } } } },
        components: { schemas: { Error: error } },
      }),
    );
    try {
      const entries = await entriesOf(file);
      expect(entries.map((e) => [e.code, e.status, e.statusInferred, e.category])).toEqual([
        ['QUOTA_EXCEEDED', 500, true, 'internal'],
        ['TEMPORARILY_DOWN', 500, true, 'internal'],
      ]);
      expect(entries[0]!.note).toBe('Imported from OpenAPI (5XX response): GET /a.');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('importOpenApi refuses', () => {
  it('a description with no error response', () => {
    const document = {
      openapi: '3.0.3',
      info: { title: 'Quiet', version: '1' },
      paths: { '/a': { get: { responses: { '200': { description: 'OK' } } } } },
    };
    expect(() =>
      importOpenApi(
        { document, specification: 'OpenAPI', warnings: [] },
        { id: 'quiet', source: 'q.json' },
      ),
    ).toThrow(
      new ImportError('q.json documents no error response (4xx, 5xx or default) in 1 operation(s)'),
    );
  });
});
