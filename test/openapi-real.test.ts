import { beforeAll, describe, expect, it } from 'vitest';
import {
  descriptionFile,
  type RealDescription,
  realDescriptions,
} from '../bench/openapi-descriptions.mjs';
import { type ImportResult, importOpenApi } from '../src/import/import-openapi.js';
import { readSpec } from '../src/import/read-spec.js';
import { createKodex, type Kodex } from '../src/kodex/create-kodex.js';
import { checkPack } from '../src/packs/check-pack.js';

// `kodex import openapi` on real descriptions shipped in npm packages
// (bench/openapi-descriptions.mjs; the figures are bench/README.md's). Each
// is read once: GitHub's 13 MB takes 3–16 s to read and validate on a
// two-core machine, by its load, hence the generous time-outs.

const READ_TIMEOUT_MS = 120_000;

function byId(id: string): RealDescription {
  return realDescriptions.find((d) => d.id === id)!;
}

async function imported(id: string) {
  const description = byId(id);
  const file = descriptionFile(description);
  const result = importOpenApi(await readSpec(file), { id, source: file });
  return { result, kodex: createKodex({ packs: [result.pack] }) };
}

function entryKeys(result: ImportResult): string[] {
  return result.pack.entries.map((e) => `${e.status} ${e.code}`);
}

describe("GitHub's REST description (@octokit/openapi)", () => {
  let result: ImportResult;
  let kodex: Kodex;
  beforeAll(async () => {
    ({ result, kodex } = await imported('github'));
  }, READ_TIMEOUT_MS);

  it('gives a pack checkPack accepts: the status codes, api.github.com, message and documentation_url', () => {
    expect(checkPack(result.pack).problems).toBeUndefined();
    expect(result.operations).toBeGreaterThan(1000);
    expect(entryKeys(result)).toEqual(
      expect.arrayContaining(['401 401', '403 403', '404 404', '422 422', '503 503']),
    );
    expect(result.pack.hosts).toEqual(['api.github.com']);
    expect(result.pack.dialect).toMatchObject({
      detail: '/message',
      docs: '/documentation_url',
      fields: { at: '/errors', path: ['/field'], code: ['/code'] },
    });
    // No code member of its own: the status speaks, and the host names GitHub.
    expect(result.pack.dialect?.code).toBeUndefined();
  });

  it("decodes the description's example error bodies to their entries", () => {
    expect(result.examples.length).toBeGreaterThan(0);
    for (const example of result.examples) {
      const record = kodex.decode(
        { status: example.status, body: JSON.stringify(example.body) },
        { provider: 'github' },
      );
      expect(record, example.operation).toMatchObject({ code: example.code, known: true });
    }
  });

  it('reads a validation error named by its host: message, docs link, field issues', () => {
    const body = {
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }],
      documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
      status: '422',
    };
    const record = kodex.decode(
      { status: 422, body: JSON.stringify(body) },
      { url: 'https://api.github.com/repos/o/r/issues' },
    );
    expect(record).toMatchObject({
      provider: 'github',
      code: '422',
      known: true,
      category: 'invalid_request',
      detail: 'Validation Failed',
      docs: body.documentation_url,
      fields: [{ path: 'title', code: 'missing_field' }],
    });
  });
});

describe("Blockfrost's description (@blockfrost/openapi)", () => {
  let result: ImportResult;
  let kodex: Kodex;
  beforeAll(async () => {
    ({ result, kodex } = await imported('blockfrost'));
  }, READ_TIMEOUT_MS);

  it("is read despite its schema flaws, with its codes from the error member's examples", () => {
    expect(checkPack(result.pack).problems).toBeUndefined();
    expect(result.review[0]).toMatch(/is not valid against the OpenAPI schema, read anyway/);
    expect(entryKeys(result)).toEqual(
      expect.arrayContaining(['429 Project Over Limit', '425 Mempool Full', '404 Not Found']),
    );
    expect(result.pack.hosts).toContain('cardano-mainnet.blockfrost.io');
    expect(result.pack.dialect).toEqual({
      code: '/error',
      detail: '/message',
      status: '/status_code',
      detectKeys: [['error', 'message', 'status_code']],
    });
  });

  it('detects its body without a provider or URL, and gives the rate limit its category', () => {
    const body = { status_code: 429, error: 'Project Over Limit', message: 'Usage is over limit.' };
    expect(kodex.decode({ status: 429, body: JSON.stringify(body) })).toMatchObject({
      provider: 'blockfrost',
      code: 'Project Over Limit',
      known: true,
      category: 'rate_limited',
      retryable: true,
      detail: 'Usage is over limit.',
    });
  });
});

describe("Directus's description (@directus/specs)", () => {
  let result: ImportResult;
  let kodex: Kodex;
  beforeAll(async () => {
    ({ result, kodex } = await imported('directus'));
  }, READ_TIMEOUT_MS);

  it('finds the list of errors with their extensions.code, and says the codes are not listed', () => {
    expect(checkPack(result.pack).problems).toBeUndefined();
    expect(result.pack.dialect).toMatchObject({
      errors: '/errors',
      list: true,
      code: '/extensions/code',
      detail: '/message',
    });
    expect(entryKeys(result)).toEqual(expect.arrayContaining(['403 403', '404 404']));
    expect(result.review).toContainEqual(
      expect.stringMatching(/reads a code at "\/extensions\/code", but the description lists none/),
    );
    expect(result.review).toContainEqual(expect.stringMatching(/^No host:/));
  });

  it("decodes a body's own code, unknown to the pack, with the category of its status", () => {
    const body = {
      errors: [
        { message: "You don't have permission to access this.", extensions: { code: 'FORBIDDEN' } },
      ],
    };
    expect(
      kodex.decode({ status: 403, body: JSON.stringify(body) }, { provider: 'directus' }),
    ).toMatchObject({
      provider: 'directus',
      code: 'FORBIDDEN',
      known: false,
      category: 'permission_denied',
      detail: "You don't have permission to access this.",
    });
  });
});
