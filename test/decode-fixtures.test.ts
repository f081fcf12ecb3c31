import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode/decode.js';
import { fixtureProviders, responseFixtures } from './helpers/response-fixtures.js';

// Every file of test/fixtures/responses/<provider>/ decodes to its expected
// record, with the provider named, (unless `detect: false`) detected, and
// named by the request's `url` when the fixture gives one.

const providers = fixtureProviders();
const cases = responseFixtures();

describe('response fixtures', () => {
  it('cover every provider', () => {
    expect(providers.sort()).toEqual(
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
