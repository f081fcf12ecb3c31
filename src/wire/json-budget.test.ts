import { describe, expect, it } from 'vitest';
import { jsonOverBudget, MAX_JSON_CONTAINERS, MAX_JSON_DEPTH } from './json-budget.js';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('the JSON budget', () => {
  it('refuses nesting deeper than the limit, and takes the limit itself', () => {
    expect(jsonOverBudget(nested(MAX_JSON_DEPTH + 1), 0)).toBe('depth');
    expect(jsonOverBudget(nested(MAX_JSON_DEPTH), 0)).toBeUndefined();
  });

  it('refuses more objects and arrays than the limit, however shallow', () => {
    const many = (n: number) =>
      `[${Array(n - 1)
        .fill('{}')
        .join(',')}]`;
    expect(jsonOverBudget(many(MAX_JSON_CONTAINERS + 1), 0)).toBe('containers');
    expect(jsonOverBudget(many(MAX_JSON_CONTAINERS), 0)).toBeUndefined();
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const brackets = '['.repeat(MAX_JSON_DEPTH + 10);
    expect(jsonOverBudget(`{"message":"${brackets}"}`, 0)).toBeUndefined();
    expect(jsonOverBudget(`{"message":"\\"${brackets}\\\\"}`, 0)).toBeUndefined();
    expect(jsonOverBudget(`{"a":"\\\\"${brackets}`, 0)).toBe('depth');
  });

  it('starts where it is told, and leaves texts too short to pass a limit unscanned', () => {
    expect(jsonOverBudget(`  ${nested(MAX_JSON_DEPTH + 1)}`, 2)).toBe('depth');
    expect(jsonOverBudget('['.repeat(MAX_JSON_DEPTH), 0)).toBeUndefined();
  });

  it('leaves an unterminated string to JSON.parse', () => {
    expect(jsonOverBudget(`{"a":"${'['.repeat(2 * MAX_JSON_DEPTH)}`, 0)).toBeUndefined();
  });
});
