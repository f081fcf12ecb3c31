import safeRegex from 'safe-regex2';
import { describe, expect, it } from 'vitest';
import { SECRET_NAMES } from '../../test/helpers/secret-names.js';
import { decode } from '../decode/decode.js';
import { isSecretName, redactFields, redactHeaders, redactText, redactUrl } from './redact.js';

describe('redaction', () => {
  it('has one secret-name rule: counts and types of tokens are no secrets, keys and signatures are', () => {
    for (const name of SECRET_NAMES) expect(isSecretName(name), name).toBe(true);
    for (const name of [
      'tokens_count',
      'token_type',
      'max_tokens',
      'idempotency-key',
      'report_type',
      'content-type',
    ])
      expect(isSecretName(name), name).toBe(false);
  });

  it('decodes with the same rule: signature and sid hidden, tokens_count and Google metadata key as told', () => {
    const avtocod = decode(
      {
        status: 400,
        body: JSON.stringify({
          state: 'fail',
          event: {
            code: 'S100',
            type: 'x',
            message: 'm',
            data: { signature: 'SIG1', sid: 'SID1', tokens_count: 5 },
          },
        }),
      },
      { provider: 'avtocod' },
    );
    expect(avtocod?.params).toEqual({
      signature: '[REDACTED]',
      sid: '[REDACTED]',
      tokens_count: 5,
    });
    const google = decode(
      {
        status: 400,
        body: JSON.stringify({
          error: {
            code: 400,
            message: 'API key not valid. Please pass a valid API key.',
            status: 'INVALID_ARGUMENT',
            details: [
              {
                '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
                reason: 'API_KEY_INVALID',
                domain: 'googleapis.com',
                metadata: {
                  service: 'maps.googleapis.com',
                  key: 'AIzaSyA-1234567890abcdefghijklmnopqrstu',
                },
              },
            ],
          },
        }),
      },
      { provider: 'google' },
    );
    expect(google?.params).toMatchObject({ service: 'maps.googleapis.com', key: '[REDACTED]' });
  });

  it('hides bad values of secret fields and credentials in field messages', () => {
    expect(
      redactFields([
        { path: 'user.password', badValues: ['hunter2'] },
        { path: 'name', badValues: ['x'], message: 'key=K1 refused' },
      ]),
    ).toEqual([
      { path: 'user.password', badValues: ['[REDACTED]'] },
      { path: 'name', badValues: ['x'], message: 'key=[REDACTED] refused' },
    ]);
  });

  it('hides credential headers and keeps the others', () => {
    const out = redactHeaders({
      authorization: 'Bearer abc.def',
      'x-api-key': 'k',
      'content-type': 'application/json',
    });
    expect(out).toEqual({
      authorization: '[REDACTED]',
      'x-api-key': '[REDACTED]',
      'content-type': 'application/json',
    });
  });

  it('hides credential query parameters and userinfo passwords in URLs', () => {
    const url = redactUrl(
      'https://user:secret@api.unisender.com/ru/api/sendEmail?format=json&api_key=SECRET123&list_id=1',
    );
    expect(url).not.toContain('SECRET123');
    expect(url).not.toContain('secret@');
    expect(url).toContain('list_id=1');
  });

  it('hides secret parameters of relative URLs and fragments, by the one name rule', () => {
    expect(
      redactUrl('/v1/x?key=K1&secret=S1&signature=G1&sig=G2&hash=H1&page=2#access_token=T1'),
    ).toBe(
      '/v1/x?key=%5BREDACTED%5D&secret=%5BREDACTED%5D&signature=%5BREDACTED%5D&sig=%5BREDACTED%5D&hash=%5BREDACTED%5D&page=2#access_token=%5BREDACTED%5D',
    );
    expect(redactUrl('/x?redirect=/y?api%5Fkey=K1&q=ya29.a0AfH6SMBx-SECRET_123')).toBe(
      '/x?redirect=/y?api%5Fkey=%5BREDACTED%5D&q=[REDACTED]',
    );
    expect(redactUrl('https://u:pw@host.example/a?tokens_count=3')).toBe(
      'https://u:%5BREDACTED%5D@host.example/a?tokens_count=3',
    );
  });

  it('hides credentials inside free text', () => {
    for (const text of [
      'bad request api_key=SECRET123 sent',
      '{"access_token": "SECRET123", "x": 1}',
      'Authorization: Bearer SECRET123SECRET',
      'token=SECRET123&next=1',
      'Неверная структура токена авторизации:SECRET123',
      'Неверный пароль: SECRET123',
    ]) {
      expect(redactText(text)).not.toContain('SECRET123');
    }
    expect(redactText('nothing to hide here')).toBe('nothing to hide here');
  });

  it('hides key=, secret=, sig=, URL passwords, Token and any Authorization scheme', () => {
    for (const text of [
      'bad key=SECRET123',
      'secret=SECRET123&x=1',
      '/v1?sig=SECRET123',
      'connect https://user:SECRET123@db.example/x failed',
      'Authorization: Token SECRET123',
      'Authorization: Digest SECRET123',
      'authorization=AWS4-HMAC-SHA256 SECRET123',
      '"x-goog-api-key": "SECRET123 two"',
      'metadata.key: SECRET123',
    ]) {
      expect(redactText(text), text).not.toContain('SECRET123');
    }
    expect(redactText('Authorization: Digest SECRET123')).toBe('Authorization: Digest [REDACTED]');
    // An unknown first word may be the scheme or the credential: both are hidden.
    expect(redactText('Authorization: Custom SECRET123, then')).toBe(
      'Authorization: [REDACTED], then',
    );
    expect(redactText('Authorization: SECRET123 failed')).toBe('Authorization: [REDACTED]');
    expect(redactText('"password": "a b"')).toBe('"password": "[REDACTED]"');
    // Words after Token stay when they are no credential.
    expect(redactText('Token has been expired or revoked.')).toBe(
      'Token has been expired or revoked.',
    );
    expect(redactText('tokens_count=5, max_tokens: 10')).toBe('tokens_count=5, max_tokens: 10');
  });

  it('hides tokens of known shapes anywhere in text', () => {
    for (const token of [
      'ya29.a0AfH6SMBx-SECRET_123',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
      'sk_live_51HxSECRET123abc',
      'sk_test_51HxSECRET123abc',
      'rk_live_51HxSECRET123abc',
      'AIzaSyA-1234567890abcdefghijklmnopqrstu',
      'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz',
      'xoxb-1234567890-abcdefghij',
      'AKIAIOSFODNN7EXAMPLE',
    ]) {
      expect(redactText(`denied for ${token}, retry`), token).toBe('denied for [REDACTED], retry');
    }
  });

  it('stays fast on hostile text', () => {
    const started = Date.now();
    redactText(`api_key=${'a'.repeat(200_000)}`);
    redactText('Bearer '.repeat(50_000));
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('stays linear on 1 MiB of near-misses of every pattern', () => {
    const MiB = 1 << 20;
    const fill = (unit: string) => unit.repeat(Math.ceil(MiB / unit.length)).slice(0, MiB);
    const time = (text: string) => {
      const started = performance.now();
      redactText(text);
      redactUrl(text);
      return performance.now() - started;
    };
    for (const unit of [
      'a',
      'key',
      'key:',
      'key= ',
      'a_token-',
      'Authorization: x ',
      'Token 1',
      'https://a:',
      '://a:b',
      'eyJa.',
      'ya29.',
      'AIza',
      'xoxb-',
      'AKIA',
      'sk_live_',
      'токен ',
      '?a=',
      '"key": "',
    ]) {
      // Linear: a 1 MiB text takes well under a second even on a busy machine.
      expect(time(fill(unit)), unit).toBeLessThan(1000);
    }
  });

  it('ships patterns safe from catastrophic backtracking', async () => {
    const source = await import('node:fs').then((fs) =>
      fs.readFileSync(new URL('./redact.ts', import.meta.url), 'utf8'),
    );
    // Every literal on a line of its own, or after `const NAME =`.
    const literals = [
      ...source.matchAll(/^\s*(?:const \w+ = )?(\/(?![*/]).+\/[dgimsuy]*)[,;]?$/gm),
    ].map((m) => m[1]!);
    expect(literals.length).toBeGreaterThanOrEqual(14);
    for (const literal of literals) {
      const body = literal.slice(1, literal.lastIndexOf('/'));
      expect(safeRegex(body), literal).toBe(true);
    }
  });
});
