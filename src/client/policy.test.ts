import { describe, expect, it } from 'vitest';
import type { Category } from '../model/categories.js';
import type { ErrorRecord } from '../model/record.js';
import { decide, defaultDecision, type PolicyContext } from './policy.js';

function ctx(
  category: Category,
  extra: Partial<ErrorRecord> = {},
  over: Partial<PolicyContext> = {},
): PolicyContext {
  return {
    record: {
      provider: 'p',
      code: 'c',
      status: 500,
      category,
      retryable:
        category === 'rate_limited' || category === 'unavailable' || category === 'internal',
      title: 't',
      lang: 'en',
      fields: [],
      known: true,
      ...extra,
    },
    attempt: 1,
    resendable: true,
    url: 'https://api.example.com/v1/x',
    reauthenticated: false,
    canReauthenticate: true,
    maxRetryAfterMs: 60_000,
    backoff: {},
    random: () => 1,
    ...over,
  };
}

describe('the default policies', () => {
  it('wait out a rate limit for its Retry-After, even for a request that is not resendable', () => {
    expect(
      defaultDecision(ctx('rate_limited', { retryAfterMs: 2000 }, { resendable: false })),
    ).toMatchObject({
      action: 'retry',
      delayMs: 2000,
      budgeted: false,
    });
  });

  it('reject a rate limit whose wait is past the cap', () => {
    expect(defaultDecision(ctx('rate_limited', { retryAfterMs: 61_000 })).action).toBe('reject');
  });

  it('back off on transient failures, budgeted, and never for a request that may have been processed', () => {
    expect(defaultDecision(ctx('unavailable'))).toMatchObject({
      action: 'retry',
      delayMs: 200,
      budgeted: true,
    });
    expect(defaultDecision(ctx('unavailable', {}, { attempt: 3 }))).toMatchObject({ delayMs: 800 });
    expect(defaultDecision(ctx('internal', {}, { resendable: false })).action).toBe('reject');
    expect(defaultDecision(ctx('internal', { retryable: false })).action).toBe('reject');
  });

  it('wait for a quota reset only when it is known and within the cap', () => {
    expect(defaultDecision(ctx('quota_exceeded', { retryAfterMs: 5000 }))).toMatchObject({
      action: 'retry',
      delayMs: 5000,
    });
    expect(defaultDecision(ctx('quota_exceeded')).action).toBe('reject');
  });

  it('re-authenticate once', () => {
    expect(defaultDecision(ctx('unauthenticated')).action).toBe('reauthenticate');
    expect(defaultDecision(ctx('unauthenticated', {}, { reauthenticated: true })).action).toBe(
      'reject',
    );
    expect(defaultDecision(ctx('unauthenticated', {}, { canReauthenticate: false })).action).toBe(
      'reject',
    );
  });

  it('follow a redirect to the domain the provider names, or to Location', () => {
    const mobizon = { hosts: ['api.mobizon.kz', 'api.mobizon.com'] };
    expect(
      defaultDecision(ctx('redirect', { params: { domain: 'api.mobizon.kz' } }, mobizon)),
    ).toEqual({
      action: 'redirect',
      url: 'https://api.mobizon.kz/v1/x',
    });
    expect(defaultDecision(ctx('redirect', {}, { location: '/v2/x' }))).toEqual({
      action: 'redirect',
      url: 'https://api.example.com/v2/x',
    });
    expect(defaultDecision(ctx('redirect', { params: { domain: 'evil.com/x?y' } })).action).toBe(
      'reject',
    );
  });

  it('follow a domain a body names only to one of the provider’s API hosts', () => {
    const mobizon = { hosts: ['api.mobizon.kz', '*.mobizon.example'] };
    const to = (domain: string, over: Partial<PolicyContext> = mobizon) =>
      defaultDecision(ctx('redirect', { provider: 'mobizon', params: { domain } }, over));
    expect(to('eu.mobizon.example:8443')).toEqual({
      action: 'redirect',
      url: 'https://eu.mobizon.example:8443/v1/x',
    });
    for (const domain of ['evil.example', 'api.mobizon.kz.evil.example', 'mobizon.example']) {
      expect(to(domain)).toEqual({
        action: 'reject',
        reason: `redirect to ${domain}, which is not one of mobizon's API hosts`,
      });
    }
    // A provider without hosts follows no domain a body names.
    expect(to('api.mobizon.kz', {}).action).toBe('reject');
    // A domain that is no host (Google's ErrorInfo namespace) leaves the way to Location.
    expect(to('googleapis.com', { ...mobizon, location: '/v2/x' })).toEqual({
      action: 'redirect',
      url: 'https://api.example.com/v2/x',
    });
  });

  it('follow a Location only to the request’s origin or a provider host, never down to http', () => {
    const mobizon = { hosts: ['api.mobizon.kz'] };
    const to = (location: string) =>
      defaultDecision(ctx('redirect', { provider: 'mobizon' }, { ...mobizon, location }));
    expect(to('https://api.example.com/v2/x')).toEqual({
      action: 'redirect',
      url: 'https://api.example.com/v2/x',
    });
    expect(to('https://api.mobizon.kz/v1/x')).toEqual({
      action: 'redirect',
      url: 'https://api.mobizon.kz/v1/x',
    });
    for (const [location, host] of [
      ['https://collector.example/steal', 'collector.example'],
      ['http://api.example.com/v2/x', 'api.example.com'],
      ['http://api.mobizon.kz/v1/x', 'api.mobizon.kz'],
    ] as const) {
      expect(to(location)).toEqual({
        action: 'reject',
        reason: `redirect to ${host}, which is not one of mobizon's API hosts`,
      });
    }
  });

  it('return partial and pending results, and reject everything else', () => {
    expect(defaultDecision(ctx('partial')).action).toBe('return');
    expect(defaultDecision(ctx('pending')).action).toBe('return');
    for (const c of [
      'invalid_request',
      'not_found',
      'conflict',
      'account_blocked',
      'payment_required',
    ] as const) {
      expect(defaultDecision(ctx(c)).action).toBe('reject');
    }
  });
});

describe('policy overrides', () => {
  it('apply by code before category, and fall back to the default when a function declines', () => {
    const overrides = {
      codes: { 'p:c': 'return' as const },
      categories: { unavailable: () => undefined, not_found: 'retry' as const },
    };
    expect(decide(ctx('unavailable'), overrides).action).toBe('return');
    expect(decide(ctx('unavailable', { code: 'other' }), overrides).action).toBe('retry');
    expect(decide(ctx('not_found', { code: 'other' }), overrides).action).toBe('retry');
  });
});
