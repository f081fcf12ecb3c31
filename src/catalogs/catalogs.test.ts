import safeRegex from 'safe-regex2';
import { describe, expect, it } from 'vitest';
import seedCodes from '../../test/fixtures/seed-codes.json' with { type: 'json' };
import type { CatalogEntry, ProviderCatalog } from '../model/catalog.js';
import { PROVIDER_IDS } from '../model/providers.js';
import { catalogs } from './index.js';
import { providerCatalogSchema } from './schema.js';

// test/fixtures/seed-codes.json was written by reading the seeds, independently
// of the catalogs: every code it lists must be in a catalog.

interface SeedCode {
  code: string;
  status?: number;
  section?: string;
}

const all = Object.entries(catalogs) as [string, ProviderCatalog][];
const entriesOf = (id: keyof typeof catalogs): readonly CatalogEntry[] => catalogs[id].entries;

describe('the catalog registry', () => {
  it('has one catalog per provider id, each under its own id', () => {
    expect(Object.keys(catalogs).sort()).toEqual([...PROVIDER_IDS].sort());
    for (const [id, catalog] of all) expect(catalog.id).toBe(id);
  });

  it.each(all)('%s passes the catalog schema', (_id, catalog) => {
    const result = providerCatalogSchema.safeParse(catalog);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('holds about five hundred entries in all', () => {
    const total = all.reduce((sum, [, c]) => sum + c.entries.length, 0);
    expect(total).toBeGreaterThanOrEqual(500);
  });
});

describe('seed coverage', () => {
  for (const id of PROVIDER_IDS) {
    const expected = (seedCodes as unknown as Record<string, SeedCode[]>)[id] ?? [];

    it(`${id}: every code of the seed is in the catalog, with the seed's HTTP status`, () => {
      const missing: string[] = [];
      const entries = entriesOf(id);
      // A code listed n times under one status (Google's accessNotConfigured)
      // needs n entries.
      const wanted = new Map<string, number>();
      for (const seed of expected) {
        const key = `${seed.code}|${seed.status ?? ''}|${seed.section ?? ''}`;
        wanted.set(key, (wanted.get(key) ?? 0) + 1);
      }
      for (const [key, count] of wanted) {
        const [code, status, section] = key.split('|');
        const found = entries.filter(
          (e) =>
            e.code === code &&
            (status === '' || e.status === Number(status)) &&
            (section === '' || e.section === section),
        );
        if (found.length < count) missing.push(`${key} (${found.length}/${count})`);
      }
      expect(missing).toEqual([]);
    });
  }

  it('unisender: every untyped message of the seed is matched by an entry pattern', () => {
    const messages = (seedCodes as unknown as { unisender_untyped_messages: string[] })
      .unisender_untyped_messages;
    for (const message of messages) {
      const matches = entriesOf('unisender').filter((e) =>
        e.patterns?.some((p) => new RegExp(p, 'i').test(message)),
      );
      expect(
        matches.map((e) => e.code),
        message,
      ).toEqual(['unspecified']);
    }
  });

  it('google: every Indexing API message of the seed is matched by one entry of its status', () => {
    const messages = (
      seedCodes as unknown as { google_indexing_messages: { message: string; status: number }[] }
    ).google_indexing_messages;
    for (const { message, status } of messages) {
      const matches = entriesOf('google').filter((e) =>
        e.patterns?.some((p) => new RegExp(p, 'i').test(message)),
      );
      expect(matches.length, message).toBe(1);
      expect(matches[0]!.status, message).toBe(status);
    }
  });
});

describe('catalog rules of the taxonomy', () => {
  it('marks retryable only rate_limited, unavailable and internal entries', () => {
    const wrong = all.flatMap(([id, c]) =>
      c.entries
        .filter(
          (e) => e.retryable && !['rate_limited', 'unavailable', 'internal'].includes(e.category),
        )
        .map((e) => `${id} ${e.code}`),
    );
    expect(wrong).toEqual([]);
  });

  it('makes every rate_limited and unavailable entry retryable', () => {
    const wrong = all.flatMap(([id, c]) =>
      c.entries
        .filter((e) => ['rate_limited', 'unavailable'].includes(e.category) && !e.retryable)
        .map((e) => `${id} ${e.code}`),
    );
    expect(wrong).toEqual([]);
  });

  it('gives partial and pending entries the matching kind', () => {
    for (const [, c] of all) {
      for (const e of c.entries) {
        if (e.category === 'partial' || e.category === 'pending') expect(e.kind).toBe(e.category);
        if (e.kind === 'partial' || e.kind === 'pending') expect(e.category).toBe(e.kind);
      }
    }
  });

  it('explains every variant: a code with several meanings has a variant on each', () => {
    for (const [id, c] of all) {
      const counts = new Map<string, number>();
      for (const e of c.entries) counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
      for (const e of c.entries) {
        if ((counts.get(e.code) ?? 0) > 1 && !e.variant) {
          // One unvariated "base" meaning is allowed (Google's rpc-status names).
          const bases = c.entries.filter((x) => x.code === e.code && !x.variant);
          expect(bases.length, `${id} ${e.code}`).toBe(1);
        }
      }
    }
  });

  it('ships only patterns safe from catastrophic backtracking', () => {
    for (const [id, c] of all) {
      for (const e of c.entries) {
        for (const p of e.patterns ?? []) {
          expect(safeRegex(p), `${id} ${e.code}: ${p}`).toBe(true);
          expect(() => new RegExp(p, 'i')).not.toThrow();
        }
      }
    }
  });
});
