import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from './import-error.js';
import { readSpec } from './read-spec.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kodex-openapi-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const info = { title: 'T', version: '1' };

describe('readSpec', () => {
  it('reads YAML and JSON, validates, and resolves local $refs', async () => {
    const yaml = await readSpec('test/fixtures/openapi/shop-3.1.yaml');
    expect(yaml.specification).toBe('OpenAPI');
    const paths = yaml.document.paths as Record<string, { post: { responses: object } }>;
    expect(paths['/orders']!.post.responses).toMatchObject({
      '400': { description: 'The request is invalid' },
    });
    expect((await readSpec('test/fixtures/openapi/legacy-2.0.json')).specification).toBe('Swagger');
  });

  it('names a missing file', async () => {
    await expect(readSpec(join(dir, 'none.yaml'))).rejects.toThrow(
      new ImportError(`Cannot read ${join(dir, 'none.yaml')}: no such file`),
    );
  });

  it('refuses what is not JSON or YAML, or not a description', async () => {
    await expect(readSpec(await file('bad.yaml', 'a: [1'))).rejects.toThrow(
      /is neither JSON nor YAML/,
    );
    await expect(readSpec(await file('list.json', [1]))).rejects.toThrow(/not an object/);
    const other = await file('other.json', { asyncapi: '2.6.0', info, channels: {} });
    await expect(readSpec(other)).rejects.toThrow(
      /is not an OpenAPI 3.x or Swagger 2.0 description/,
    );
  });

  it('reads a description that breaks the schema elsewhere, with a warning', async () => {
    const invalid = await file('invalid.json', { openapi: '3.1.0', info: {}, paths: {} });
    const spec = await readSpec(invalid);
    expect(spec.specification).toBe('OpenAPI');
    expect(spec.warnings).toEqual([
      expect.stringMatching(/is not valid against the OpenAPI schema, read anyway: .*title/),
    ]);
    expect((await readSpec('test/fixtures/openapi/shop-3.1.yaml')).warnings).toEqual([]);
  });

  it('reads a $ref inside an example as data, but refuses one in a schema property named so', async () => {
    const scim = { $ref: 'https://api.example.com/scim/v2/Users/1', value: 'u1' };
    const data = await file('data-ref.json', {
      openapi: '3.1.0',
      info,
      paths: {
        '/a': {
          get: {
            responses: {
              '400': {
                description: 'Bad',
                content: { 'application/json': { example: { members: [scim] } } },
              },
            },
          },
        },
      },
    });
    await expect(readSpec(data)).resolves.toMatchObject({ warnings: [] });
    const property = await file('property-ref.json', {
      openapi: '3.1.0',
      info,
      paths: {},
      components: {
        schemas: { A: { properties: { example: { $ref: 'other.yaml#/B' } } } },
      },
    });
    await expect(readSpec(property)).rejects.toThrow(/has a \$ref outside the document \(other/);
  });

  it('refuses a $ref to a URL or another file instead of fetching it', async () => {
    const remote = await file('remote.json', {
      openapi: '3.1.0',
      info,
      paths: {
        '/a': {
          get: { responses: { '400': { $ref: 'https://example.com/errors.yaml#/Bad' } } },
        },
      },
    });
    await expect(readSpec(remote)).rejects.toThrow(
      /has a \$ref outside the document \(https:\/\/example\.com\/errors\.yaml#\/Bad\); only local/,
    );
  });
});
