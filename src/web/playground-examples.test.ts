import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../decode/decode.js';
import { PLAYGROUND_EXAMPLES } from './playground-examples.js';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../test/fixtures/responses/${name}.json`, import.meta.url), 'utf8'),
  ) as { source: string; response: unknown; expected: Record<string, unknown> | null };

describe('the playground examples', () => {
  it('have unique ids and include the Avtocod B011 seed example', () => {
    const ids = PLAYGROUND_EXAMPLES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('avtocod-b011');
  });

  it.each(PLAYGROUND_EXAMPLES.map((e) => [e.id, e] as const))(
    '%s is a faithful copy of its fixture and decodes, detected, to its expected record',
    (_id, example) => {
      const original = fixture(example.fixture);
      expect(example.response).toEqual(original.response);
      expect(example.source).toBe(original.source);
      expect(example.provider).toBe(example.fixture.split('/')[0]);
      const { code, category, provider } = original.expected ?? {};
      expect(decode(example.response)).toMatchObject({ code, category, provider });
    },
  );
});
