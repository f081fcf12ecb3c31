import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { search } from './index.js';

// A reader's queries (Russian and English, codes, phrases, typos) with the
// entries a good reference puts first: test/fixtures/search-relevance.json.
const { queries } = JSON.parse(
  readFileSync(new URL('../../test/fixtures/search-relevance.json', import.meta.url), 'utf8'),
) as { queries: { q: string; expect: string[] }[] };

const results = queries.map(({ q, expect: accepted }) => {
  const ids = search(q, { limit: 3 }).map((hit) => `${hit.provider}/${hit.key}`);
  return { q, accepted, ids, rank: ids.findIndex((id) => accepted.includes(id)) };
});

describe('search relevance', () => {
  it('holds at least 50 queries, each naming entries that exist', () => {
    expect(queries.length).toBeGreaterThanOrEqual(50);
    for (const { expect: accepted } of queries) {
      for (const id of accepted) {
        const [provider, key] = [id.slice(0, id.indexOf('/')), id.slice(id.indexOf('/') + 1)];
        expect(
          search(key, { provider, limit: 50 }).some((h) => h.key === key),
          id,
        ).toBe(true);
      }
    }
  });

  it('puts an expected entry first for at least 95% of the queries', () => {
    const misses = results.filter((r) => r.rank !== 0);
    const share = 1 - misses.length / results.length;
    expect({ share: share >= 0.95, misses }).toMatchObject({ share: true });
  });

  it('puts an expected entry in the top three for every query', () => {
    expect(results.filter((r) => r.rank < 0)).toEqual([]);
  });
});
