import { describe, expect, it } from 'vitest';
import { processTerm, tokenize } from './search-index.js';

describe('search tokenizing', () => {
  it('splits camelCase and snake_case identifiers into their words', () => {
    expect(tokenize('rateLimitExceeded')).toEqual([
      'rateLimitExceeded',
      'rate',
      'Limit',
      'Exceeded',
    ]);
    expect(tokenize('api_call_limit')).toEqual(['api_call_limit', 'api', 'call', 'limit']);
  });

  it('splits prose on spaces and punctuation, in both scripts', () => {
    expect(tokenize('Превышена дневная квота (2 ед.)')).toEqual([
      'Превышена',
      'дневная',
      'квота',
      '2',
      'ед',
    ]);
  });

  it('stems Russian word forms to one term', () => {
    const forms = ['квота', 'квоты', 'квоту', 'квотой'].map(processTerm);
    expect(new Set(forms).size).toBe(1);
  });

  it('stems English word forms to one term', () => {
    expect(processTerm('limits')).toBe(processTerm('limit'));
    expect(processTerm('Requests')).toBe(processTerm('request'));
  });

  it('drops stop words and keeps numbers whole', () => {
    expect(processTerm('the')).toBeNull();
    expect(processTerm('для')).toBeNull();
    expect(processTerm('100002')).toBe('100002');
  });
});
