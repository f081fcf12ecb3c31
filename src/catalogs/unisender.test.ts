import { describe, expect, it } from 'vitest';
import { type CatalogEntry, entryKey } from '../model/catalog.js';
import { providerCatalogSchema } from './schema.js';
import { unisender } from './unisender.js';

const entries: readonly CatalogEntry[] = unisender.entries;
const entry = (key: string) => entries.find((e) => entryKey(e) === key)!;
const untyped = entries.filter((e) => e.patterns);
const matches = (key: string, message: string) =>
  entry(key).patterns!.some((p) => new RegExp(p, 'i').test(message));

describe('unisender catalog', () => {
  it('passes the catalog schema', () => {
    expect(() => providerCatalogSchema.parse(unisender)).not.toThrow();
  });

  it('holds every standard code and every untyped message of the reference', () => {
    expect(unisender.entries.map(entryKey)).toEqual([
      'unspecified',
      'invalid_api_key',
      'access_denied',
      'unknown_method',
      'invalid_arg',
      'not_enough_money',
      'retry_later',
      'api_call_limit_exceeded_for_api_key',
      'api_call_limit_exceeded_for_ip',
      'unspecified.no-confirmation-letters',
      'unspecified.contact-owned-by-other-subscriber',
      'unspecified.get-and-post-mixed',
    ]);
  });

  it('answers every code in an HTTP 200, as an inferred status', () => {
    for (const e of unisender.entries)
      expect(e).toMatchObject({ status: 200, statusInferred: true });
  });

  it('knows the code of the seed example error body', () => {
    const body = JSON.parse('{"error":"AK100310-02","code":"invalid_api_key"}') as { code: string };
    expect(entry(body.code)).toMatchObject({ category: 'unauthenticated', retryable: false });
  });

  it('maps the standard codes to their categories', () => {
    expect(entry('invalid_api_key').category).toBe('unauthenticated');
    expect(entry('access_denied').category).toBe('permission_denied');
    expect(entry('unknown_method').category).toBe('unsupported');
    expect(entry('invalid_arg').category).toBe('invalid_request');
    expect(entry('not_enough_money').category).toBe('payment_required');
    expect(entry('unspecified').category).toBe('unknown');
  });

  it('retries only retry_later and the two call-limit codes', () => {
    const retryable = entries.filter((e) => e.retryable).map(entryKey);
    expect(retryable).toEqual([
      'retry_later',
      'api_call_limit_exceeded_for_api_key',
      'api_call_limit_exceeded_for_ip',
    ]);
    expect(entry('retry_later').category).toBe('unavailable');
    expect(entry('api_call_limit_exceeded_for_api_key').category).toBe('rate_limited');
    expect(entry('api_call_limit_exceeded_for_ip').category).toBe('rate_limited');
  });

  it('limits calls to 1200 a minute per key and per IP, and sendEmail to 60 a minute', () => {
    expect(unisender.limits).toEqual([
      expect.objectContaining({ kind: 'rate', limit: 1200, intervalMs: 60_000, scope: 'key' }),
      expect.objectContaining({ kind: 'rate', limit: 1200, intervalMs: 60_000, scope: 'ip' }),
      expect.objectContaining({
        kind: 'rate',
        limit: 60,
        intervalMs: 60_000,
        scope: 'method',
        method: 'sendEmail',
      }),
    ]);
    for (const limit of unisender.limits) expect(limit.source).toBe('seed 003');
  });

  it('files each untyped message under code unspecified with its own variant and patterns', () => {
    expect(untyped.map(entryKey)).toEqual([
      'unspecified.no-confirmation-letters',
      'unspecified.contact-owned-by-other-subscriber',
      'unspecified.get-and-post-mixed',
    ]);
    for (const e of untyped) {
      expect(e.code).toBe('unspecified');
      expect(e.section).toBe('untyped-errors');
      expect(e.decision).toBeDefined();
    }
  });

  it('treats a missing confirmation letter and a contact owned elsewhere as conflicts, mixed GET and POST as a bad request', () => {
    expect(entry('unspecified.no-confirmation-letters').category).toBe('conflict');
    expect(entry('unspecified.contact-owned-by-other-subscriber').category).toBe('conflict');
    expect(entry('unspecified.get-and-post-mixed').category).toBe('invalid_request');
  });

  it('recognises the untyped messages as UniSender sends them', () => {
    const key = 'unspecified.no-confirmation-letters';
    expect(matches(key, 'These list ids="1,2" has no confirmation letters')).toBe(true);
    expect(matches(key, 'These list ids="123" has no confirmation letters.')).toBe(true);
    expect(matches(key, 'THESE LIST IDS="7" HAS NO CONFIRMATION LETTERS')).toBe(true);
    const owned = 'unspecified.contact-owned-by-other-subscriber';
    expect(
      matches(
        owned,
        'Contacts test@example.org and +77777777 already exist but owned by different subscribers',
      ),
    ).toBe(true);
    expect(matches(owned, 'Contact a@b.ru already exists but owned by different subscriber')).toBe(
      true,
    );
    const mixed = 'unspecified.get-and-post-mixed';
    expect(matches(mixed, 'Call to a member function getMessage() on boolean')).toBe(true);
    expect(matches(mixed, 'Error: Call to a member function getMessage() on bool')).toBe(true);
  });

  it('leaves other messages to the plain unspecified entry', () => {
    const others = [
      'These list ids="1,2" has confirmation letters',
      'Contacts test@example.org already exist',
      'Call to a member function getData() on boolean',
      'Call to a member function getMessage() on null',
      'invalid api key',
      '',
    ];
    for (const message of others) {
      for (const e of untyped) expect(matches(entryKey(e), message)).toBe(false);
    }
  });

  it('recognises each untyped message by its own entry only', () => {
    const messages = {
      'unspecified.no-confirmation-letters': 'These list ids="1,2" has no confirmation letters',
      'unspecified.contact-owned-by-other-subscriber':
        'Contacts test@example.org and +77777777 already exist but owned by different subscribers',
      'unspecified.get-and-post-mixed': 'Call to a member function getMessage() on boolean',
    };
    for (const [owner, message] of Object.entries(messages)) {
      for (const e of untyped) expect(matches(entryKey(e), message)).toBe(entryKey(e) === owner);
    }
  });

  it('matches its patterns in linear time on long hostile input', () => {
    const hostile = [
      'has no confirmation '.repeat(5000),
      `${' '.repeat(50_000)}x`,
      'already exist but owned by '.repeat(4000),
      `Call to a member function getMessage()${' '.repeat(50_000)}on`,
    ];
    const started = performance.now();
    for (const message of hostile) {
      for (const e of untyped) matches(entryKey(e), message);
    }
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('fills the untyped message templates with their declared parameters', () => {
    expect(entry('unspecified.no-confirmation-letters').template?.en).toBe(
      'These list ids="{list_ids}" has no confirmation letters',
    );
    expect(Object.keys(entry('unspecified.contact-owned-by-other-subscriber').params!)).toEqual([
      'email',
      'phone',
    ]);
  });
});
