import { describe, expect, it } from 'vitest';
import { responseFixture } from '../../test/helpers/response-fixtures.js';
import { decode } from '../decode/decode.js';
import { PLAYGROUND_EXAMPLES } from './playground-examples.js';

describe('the playground examples', () => {
  it('have unique ids and include the Avtocod B011 seed example', () => {
    const ids = PLAYGROUND_EXAMPLES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('avtocod-b011');
  });

  it.each(PLAYGROUND_EXAMPLES.map((e) => [e.id, e] as const))(
    '%s is a faithful copy of its fixture and decodes, detected, to its expected record',
    (_id, example) => {
      const original = responseFixture(example.fixture);
      expect(example.response).toEqual(original.response);
      expect(example.source).toBe(original.source);
      expect(example.provider).toBe(example.fixture.split('/')[0]);
      const { code, category, provider } = original.expected ?? {};
      expect(decode(example.response)).toMatchObject({ code, category, provider });
    },
  );
});
