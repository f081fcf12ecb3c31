import { describe, expect, it } from 'vitest';
import { list } from '../lookup/index.js';
import { PROVIDER_IDS } from '../model/providers.js';
import { chooseSpecialEntries } from './special-entries.js';

const keysOf = (provider: string) => {
  const special = chooseSpecialEntries(list(provider));
  return {
    rateLimited: special.rateLimited?.key,
    blocked: special.blocked?.key,
    transient: special.transient?.key,
    tooLarge: special.tooLarge?.key,
  };
};

describe('chooseSpecialEntries', () => {
  it.each([
    ['amocrm', '429'],
    ['google', 'rateLimitExceeded.429'],
    ['unisender', 'api_call_limit_exceeded_for_api_key'],
    ['mobizon', '30'],
    ['telphin', 'rate_limit_exceeded'],
    ['radist', '429'],
    ['dellin', '100005'],
    ['avtocod', 'B015'],
    ['http', '429'],
  ])("answers %s's rate violations with its %s", (provider, key) => {
    expect(keysOf(provider).rateLimited).toBe(key);
  });

  it("bans amoCRM accounts with its 403 «Аккаунт заблокирован…» entry of section 'other'", () => {
    const blocked = chooseSpecialEntries(list('amocrm')).blocked;
    expect(blocked).toMatchObject({ code: '403', status: 403, section: 'other' });
    expect(blocked?.title.ru).toMatch(/^Аккаунт заблокирован/);
  });

  it('bans with an account_blocked entry a decoder can tell apart, and none where the catalog has none', () => {
    // Google's accessNotConfigured under 403 also means "API not enabled".
    expect(keysOf('google').blocked).toBe('accountDeleted');
    expect(keysOf('mobizon').blocked).toBe('14');
    expect(keysOf('unisender').blocked).toBeUndefined();
  });

  it('injects only retryable 5xx entries as faults', () => {
    for (const provider of PROVIDER_IDS) {
      const transient = chooseSpecialEntries(list(provider)).transient;
      if (transient) {
        expect(transient.retryable).toBe(true);
        // A 5xx entry, or an in-body temporary failure answered under a 5xx.
        if (transient.status !== 200) expect(transient.status).toBeGreaterThanOrEqual(500);
      }
    }
    // amoCRM's only retryable backend failure is a 400: the fault falls back to a 503.
    expect(keysOf('amocrm').transient).toBeUndefined();
    expect(keysOf('radist').transient).toBe('500');
    // UniSender writes its errors in a 200: its own temporary failure, not a bare "503".
    expect(keysOf('unisender').transient).toBe('retry_later');
  });

  it('answers oversized bodies with a 413 entry when there is one', () => {
    expect(keysOf('google').tooLarge).toBe('backendRequestTooLarge');
    expect(keysOf('telphin').tooLarge).toBe('413');
    expect(keysOf('mobizon').tooLarge).toBeUndefined();
  });
});
