import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode/decode.js';
import type { RawResponse } from '../src/wire/response-view.js';

// Every file of test/fixtures/responses/<provider>/ decodes to its expected
// record, with the provider named, (unless `detect: false`) detected, and
// named by the request's `url` when the fixture gives one.

interface Fixture {
  description: string;
  source: string;
  response: RawResponse & { headers?: Record<string, string>; body?: string };
  expected: Record<string, unknown> | null;
  detect?: boolean;
  lang?: 'ru' | 'en';
  /** The request URL, whose host names the provider when the body cannot. */
  url?: string;
}

const root = fileURLToPath(new URL('./fixtures/responses/', import.meta.url));
const providers = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());

const cases = providers.flatMap((dir) =>
  readdirSync(join(root, dir.name))
    .filter((f) => f.endsWith('.json'))
    .map((file) => {
      const fixture = JSON.parse(readFileSync(join(root, dir.name, file), 'utf8')) as Fixture;
      return { provider: dir.name, file, fixture };
    }),
);

describe('response fixtures', () => {
  it('cover every provider', () => {
    expect(providers.map((d) => d.name).sort()).toEqual(
      [
        'amocrm',
        'avtocod',
        'dellin',
        'google',
        'http',
        'mobizon',
        'radist',
        'telphin',
        'unisender',
      ].sort(),
    );
  });

  it('include every seed example body', () => {
    const seeds = new Set(
      cases.filter((c) => c.fixture.source.startsWith('seed')).map((c) => c.provider),
    );
    for (const provider of ['amocrm', 'radist', 'avtocod', 'unisender', 'google', 'dellin']) {
      expect(seeds, provider).toContain(provider);
    }
  });

  describe.each(cases)('$provider/$file', ({ provider, fixture }) => {
    it(`${fixture.description}: decodes with the provider named`, () => {
      const record = decode(fixture.response, { provider, lang: fixture.lang });
      if (fixture.expected === null) expect(record).toBeNull();
      else expect(record).toMatchObject(fixture.expected);
    });

    if (fixture.url !== undefined) {
      it(`${fixture.description}: decodes with the provider named by the url`, () => {
        const record = decode(fixture.response, { url: fixture.url, lang: fixture.lang });
        if (fixture.expected === null) expect(record).toBeNull();
        else expect(record).toMatchObject(fixture.expected);
      });
    }

    if (fixture.detect !== false) {
      it(`${fixture.description}: decodes with the provider detected`, () => {
        const record = decode(fixture.response, { lang: fixture.lang });
        if (fixture.expected === null) expect(record).toBeNull();
        else expect(record).toMatchObject(fixture.expected);
      });
    }
  });
});
