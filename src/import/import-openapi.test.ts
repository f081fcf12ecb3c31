import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKodex } from '../kodex/create-kodex.js';
import { checkPack } from '../packs/check-pack.js';
import { ImportError } from './import-error.js';
import { importOpenApi } from './import-openapi.js';
import { readSpec } from './read-spec.js';

const SHOP = 'test/fixtures/openapi/shop-3.1.yaml';
const LEGACY = 'test/fixtures/openapi/legacy-2.0.json';

async function entriesOf(file: string) {
  const { pack } = importOpenApi(await readSpec(file), { id: 'shop', source: file });
  return pack.entries;
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

  it('writes a pack checkPack accepts, with retryable from the category', async () => {
    const { pack } = importOpenApi(await readSpec(SHOP), { id: 'shop' });
    const check = checkPack(pack);
    expect(check.problems).toBeUndefined();
    expect(pack.name).toBe('Shop API');
    expect(check.pack!.catalog.entries.find((e) => e.code === '429')!.retryable).toBe(true);
    expect(check.pack!.catalog.entries.find((e) => e.code === '404')!.retryable).toBe(false);
  });
});

describe('importOpenApi writes a pack', () => {
  it('whose dialect maps the problem members and reads the code extension', async () => {
    const { pack } = importOpenApi(await readSpec(SHOP), { id: 'shop' });
    expect(pack.dialect).toEqual({
      code: '/code',
      detail: '/title',
      docs: '/type',
      status: '/status',
      detectKeys: [['code', 'title', 'type']],
    });
  });

  it('that decodes the example error bodies of its description to their entries', async () => {
    const result = importOpenApi(await readSpec(SHOP), { id: 'shop' });
    const kodex = createKodex({ packs: [result.pack] });
    expect(result.examples.map((e) => [e.operation, e.status, e.code])).toEqual([
      ['POST /orders', 400, 'invalid_quantity'],
      ['POST /orders', 402, 'card_declined'],
      ['GET /orders/{id}', 400, 'invalid_quantity'],
    ]);
    const declined = result.examples[1]!;
    const record = kodex.decode(
      { status: 402, body: JSON.stringify(declined.body) },
      { provider: 'shop' },
    );
    expect(record).toMatchObject({
      provider: 'shop',
      code: 'card_declined',
      known: true,
      category: 'payment_required',
      detail: 'The card was declined',
      docs: 'https://shop.example/problems/card-declined',
    });
    // Detected by its code extension too, without naming the provider.
    expect(kodex.decode({ status: 402, body: JSON.stringify(declined.body) })?.provider).toBe(
      'shop',
    );
  });

  it('whose hosts come from the servers, a variable taking its default, and not from local ones', async () => {
    const spec = {
      document: {
        openapi: '3.1.0',
        info: { title: 'Acme', version: '1' },
        servers: [
          {
            url: 'https://{region}.api.acme-shop.com/v1',
            variables: { region: { default: 'eu' } },
          },
          { url: 'https://API.acme-shop.com:8443' },
          { url: 'http://localhost:8080' },
          { url: 'https://api.example.com' },
          { url: '/v1' },
        ],
        paths: { '/a': { get: { responses: { '404': { description: 'Missing' } } } } },
      },
      specification: 'OpenAPI' as const,
      warnings: [],
    };
    const result = importOpenApi(spec, { id: 'acme' });
    expect(result.pack.hosts).toEqual(['eu.api.acme-shop.com', 'api.acme-shop.com']);
    expect(result.review).toContain(
      'Left out of hosts (a local, example or templated server): http://localhost:8080, api.example.com.',
    );
    const swagger = {
      document: {
        swagger: '2.0',
        info: { title: 'Old', version: '1' },
        host: 'legacy.acme-shop.com:443',
        paths: { '/a': { get: { responses: { '404': { description: 'Missing' } } } } },
      },
      specification: 'Swagger' as const,
      warnings: [],
    };
    expect(importOpenApi(swagger, { id: 'old' }).pack.hosts).toEqual(['legacy.acme-shop.com']);
  });

  it('with every guess in its maintainer notes, and no dialect when no schema reads as an error', async () => {
    const spec = {
      document: {
        openapi: '3.1.0',
        info: { title: 'Plain', version: '1' },
        paths: { '/a': { get: { responses: { '404': { description: 'Missing' } } } } },
      },
      specification: 'OpenAPI' as const,
      warnings: ['plain.json is not valid against the OpenAPI schema, read anyway: X'],
    };
    const result = importOpenApi(spec, { id: 'plain' });
    expect(result.pack.dialect).toBeUndefined();
    expect(result.pack.notes!.slice(1)).toEqual(result.review.map((line) => `Review: ${line}`));
    expect(result.review[0]).toBe(spec.warnings[0]);
    expect(result.review).toContainEqual(expect.stringMatching(/^No dialect: none of the 0/));
    expect(result.review).toContainEqual(expect.stringMatching(/^No host:/));
    const kodex = createKodex({ packs: [result.pack] });
    expect(
      kodex.decode({ status: 404, body: '{"message":"gone"}' }, { provider: 'plain' }),
    ).toMatchObject({ code: '404', known: true, detail: 'gone' });
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
