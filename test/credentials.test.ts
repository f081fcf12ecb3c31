import { inspect } from 'node:util';
import fc from 'fast-check';
import createError from 'http-errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { avtocod } from '../src/catalogs/index.js';
import { createClient } from '../src/client/create-client.js';
import type { ClientOptions } from '../src/client/options.js';
import { decode } from '../src/decode/decode.js';
import { defineCatalog } from '../src/server/define-catalog.js';
import type { ServerErrorEvent } from '../src/server/render.js';
import { adapters, type Running } from './helpers/adapters.js';
import { freePort } from './helpers/redis-server.mjs';
import { type Scripted, type ScriptedServer, scriptedServer } from './helpers/scripted-server.js';
import { SECRET_NAMES } from './helpers/secret-names.js';
import { TestClock } from './helpers/test-clock.js';

// Credentials of every shape kodex promises to recognise (README, Redaction),
// generated inside provider bodies, URLs, headers, parameters and messages,
// pushed through decode, the four server adapters, client errors, client
// hooks and spans: no generated secret may come out of any of them.

/** A credential as it stands in text, and the part that must never come out. */
interface Credential {
  readonly text: string;
  readonly secret: string;
}

const value = fc.stringMatching(/^[A-Za-z0-9]{14,30}$/).map((v) => `Q7${v}`);
const b64url = (min: number, max: number) =>
  fc.stringMatching(new RegExp(`^[A-Za-z0-9_-]{${min},${max}}$`));

const secretName = fc.constantFrom(...SECRET_NAMES);

/** Tokens known by their shape. */
const shaped = fc.oneof(
  b64url(20, 60).map((s) => `ya29.${s}`),
  fc
    .tuple(b64url(10, 40), b64url(10, 40), b64url(10, 40))
    .map(([a, b, c]) => `eyJ${a}.eyJ${b}.${c}`),
  fc
    .tuple(fc.constantFrom('sk', 'rk'), fc.constantFrom('live', 'test'), value)
    .map(([kind, mode, v]) => `${kind}_${mode}_${v}`),
  b64url(35, 35).map((s) => `AIza${s}`),
  fc.stringMatching(/^[A-Za-z0-9]{36}$/).map((s) => `ghp_${s}`),
  fc.stringMatching(/^\w{40,60}$/).map((s) => `github_pat_${s}`),
  fc
    .tuple(fc.constantFrom('b', 'p', 'a', 's'), fc.stringMatching(/^[A-Za-z0-9-]{10,40}$/))
    .map(([c, s]) => `xox${c}-${s}`),
  fc.stringMatching(/^[A-Z0-9]{16}$/).map((s) => `AKIA${s}`),
);

/** A credential inside free text, in every form redactText knows. */
const inText: fc.Arbitrary<Credential> = fc.oneof(
  shaped.map((t) => ({ text: t, secret: t })),
  fc
    .tuple(secretName, fc.constantFrom('=', ': ', ' = ', ':'), value)
    .map(([n, sep, v]) => ({ text: `${n}${sep}${v}`, secret: v })),
  fc.tuple(secretName, value).map(([n, v]) => ({ text: `"${n}": "${v}"`, secret: v })),
  value.map((v) => ({ text: `Bearer ${v}`, secret: v })),
  value.map((v) => ({ text: `Token ${v}`, secret: v })),
  fc
    .tuple(fc.constantFrom('Digest', 'Negotiate', 'AWS4-HMAC-SHA256', 'Bearer'), value)
    .map(([scheme, v]) => ({ text: `Authorization: ${scheme} ${v}`, secret: v })),
  value.map((v) => ({ text: `https://user:${v}@db.example.com/x`, secret: v })),
);

/** A message a provider or a handler might write around a credential. */
const message = fc
  .tuple(
    fc.constantFrom('Request failed:', 'Invalid request', 'Доступ запрещён', 'denied for'),
    inText,
    fc.constantFrom('', ', retry later', ' (see docs).'),
  )
  .map(([before, credential, after]) => ({
    text: `${before} ${credential.text}${after}`,
    secret: credential.secret,
  }));

/** A value under a secret name. */
const named = fc.tuple(secretName, value).map(([name, v]) => ({ name, value: v }));

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Body {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Error bodies of several providers' dialects, JSON and XML, carrying a message and a named value. */
const dialects: Readonly<Record<string, (msg: string, name: string, secret: string) => Body>> = {
  google: (msg, name, secret) => ({
    status: 400,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      error: {
        code: 400,
        message: msg,
        status: 'INVALID_ARGUMENT',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'API_KEY_INVALID',
            domain: 'googleapis.com',
            metadata: { service: 'maps.googleapis.com', [name]: secret },
          },
          {
            '@type': 'type.googleapis.com/google.rpc.BadRequest',
            fieldViolations: [{ field: name, description: msg }],
          },
        ],
      },
    }),
  }),
  avtocod: (msg, name, secret) => ({
    status: 400,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      state: 'fail',
      event: {
        code: 'S100',
        type: 'SecurityAuthMalformedToken',
        message: msg,
        data: { [name]: secret },
      },
    }),
  }),
  amocrm: (msg, name, secret) => ({
    status: 400,
    headers: { 'content-type': 'application/problem+json' },
    body: JSON.stringify({
      title: 'Bad Request',
      type: `https://httpstatus.es/400?${name}=${secret}`,
      status: 400,
      detail: msg,
      'validation-errors': [
        { request_id: '0', errors: [{ code: 'NotSupportedChoice', path: name, detail: msg }] },
      ],
    }),
  }),
  dellin: (msg, name, secret) => ({
    status: 400,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      metadata: { status: 400, detail: msg },
      errors: [
        {
          code: 281016,
          title: 'x',
          detail: msg,
          link: `https://dev.dellin.ru/api/?${name}=${secret}#e`,
          fields: [name],
          badValues: [secret],
        },
      ],
    }),
  }),
  'dellin-xml': (msg, name, secret) => ({
    status: 400,
    headers: { 'content-type': 'application/xml' },
    body: `<response><metadata><status>400</status><detail>${xmlText(msg)}</detail></metadata><errors><code>281016</code><title>x</title><detail>${xmlText(msg)}</detail><link>https://dev.dellin.ru/api/?${name}=${secret}</link><fields>${name}</fields><badValues>${secret}</badValues></errors></response>`,
  }),
  'problem-xml': (msg, name, secret) => ({
    status: 403,
    headers: { 'content-type': 'application/problem+xml' },
    body: `<problem xmlns="urn:ietf:rfc:7807"><title>Forbidden</title><status>403</status><detail>${xmlText(msg)}</detail><type>https://example.com/e?${name}=${secret}</type></problem>`,
  }),
  mobizon: (msg) => ({
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: 1, data: { text: msg }, message: msg }),
  }),
  unisender: (msg) => ({
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ error: msg, code: 'invalid_arg' }),
  }),
};

const PROVIDER_OF: Readonly<Record<string, string>> = {
  google: 'google',
  avtocod: 'avtocod',
  amocrm: 'amocrm',
  dellin: 'dellin',
  'dellin-xml': 'dellin',
  unisender: 'unisender',
};

function expectNone(outputs: readonly string[], secrets: readonly string[]): void {
  const all = outputs.join('\n');
  for (const secret of secrets) expect(all, secret).not.toContain(secret);
}

describe('credentials of every known shape', () => {
  it('never come out of decode, whatever the dialect, JSON or XML', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(dialects)),
        message,
        named,
        (dialect, msg, pair) => {
          const response = dialects[dialect]!(msg.text, pair.name, pair.value);
          const record = decode(response);
          expect(record).not.toBeNull();
          expectNone([JSON.stringify(record)], [msg.secret, pair.value]);
        },
      ),
      { numRuns: 400 },
    );
  });

  describe('through the server adapters', () => {
    let thrown: () => unknown = () => new Error('unset');
    const events: ServerErrorEvent[] = [];
    const avtocodErrors = defineCatalog(avtocod);
    const running: Record<string, Running> = {};

    beforeAll(async () => {
      for (const [name, start] of Object.entries(adapters)) {
        running[name] = await start(
          { '/boom': () => thrown() },
          { onError: (event) => void events.push(event), development: true },
        );
      }
    });
    afterAll(async () => {
      await Promise.all(Object.values(running).map((r) => r.close()));
    });

    it('never come out in an error body or an onError event', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...Object.keys(adapters)),
          fc.constantFrom('http-errors', 'catalog detail', 'catalog param', 'bug'),
          message,
          named,
          shaped,
          async (adapter, kind, msg, pair, token) => {
            thrown = {
              'http-errors': () => createError(400, msg.text),
              'catalog detail': () =>
                avtocodErrors.error(
                  'B011',
                  { day_quote: 2, report_type: 'x' },
                  { detail: msg.text },
                ),
              'catalog param': () =>
                avtocodErrors.error('B011', { day_quote: 2, report_type: msg.text }),
              bug: () => new Error(msg.text),
            }[kind];
            events.length = 0;
            const response = await fetch(
              `${running[adapter]!.url}/boom?${encodeURIComponent(pair.name)}=${pair.value}&q=${token}`,
              { headers: { [pair.name]: pair.value, authorization: `Bearer ${token}` } },
            );
            const body = await response.text();
            // `error` is what the handler threw, as it is: the event says to log `record`.
            const logged = events.map(({ error: _error, ...event }) => JSON.stringify(event));
            expect(logged).toHaveLength(1);
            expectNone([body, ...logged], [msg.secret, pair.value, token]);
          },
        ),
        { numRuns: 60 },
      );
    });
  });

  describe('through the client', () => {
    let api: ScriptedServer;
    let answers: Scripted[] = [];
    let served = 0;

    beforeAll(async () => {
      api = await scriptedServer(() => answers[Math.min(served++, answers.length - 1)]!);
    });
    afterAll(async () => {
      await api.close();
    });

    /** An OpenTelemetry tracer that keeps every span's attributes, status and exceptions. */
    function recordingTracer(out: string[]) {
      return {
        startActiveSpan: (_name: string, fn: (span: unknown) => unknown) =>
          fn({
            setAttribute: (k: string, v: unknown) => out.push(`${k}=${String(v)}`),
            setAttributes: (a: Record<string, unknown>) => out.push(JSON.stringify(a)),
            setStatus: (s: unknown) => out.push(JSON.stringify(s)),
            recordException: (e: unknown) => out.push(inspect(e, { depth: 6 })),
            end: () => {},
          }),
      };
    }

    function client(out: string[], options: Partial<ClientOptions> = {}) {
      const log = (name: string) => (event: unknown) =>
        out.push(`${name} ${inspect(event, { depth: 6 })}`);
      return createClient({
        provider: 'google',
        clock: new TestClock(),
        random: () => 0.5,
        limits: false,
        retry: { limit: 3 },
        tracer: recordingTracer(out) as never,
        reauthenticate: async (ctx) => {
          out.push(`reauthenticate ${inspect(ctx, { depth: 6 })}`);
          return { authorization: 'Bearer refreshed' };
        },
        hooks: {
          onRetry: log('onRetry'),
          onRateLimit: log('onRateLimit'),
          onBreak: log('onBreak'),
          onReauthenticate: log('onReauthenticate'),
          onWarn: log('onWarn'),
        },
        ...options,
      });
    }

    const outputsOf = (error: unknown) => [inspect(error, { depth: 8 }), JSON.stringify(error)];

    async function rejection(promise: Promise<unknown>): Promise<unknown> {
      try {
        await promise;
      } catch (error) {
        return error;
      }
      throw new Error('expected a rejection');
    }

    it('never come out of an ApiError, a hook or a span', async () => {
      let hooked = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('google', 'avtocod', 'amocrm', 'dellin', 'dellin-xml', 'unisender'),
          message,
          named,
          shaped,
          async (dialect, msg, pair, token) => {
            const headers = { 'set-cookie': `sid=${pair.value}`, [pair.name]: pair.value };
            const plain = (status: number, extra: Record<string, string> = {}): Scripted => ({
              status,
              headers: { ...headers, ...extra },
              body: JSON.stringify({ message: msg.text }),
            });
            const { body, headers: own } = dialects[dialect]!(msg.text, pair.name, pair.value);
            // A rate limit, an authentication failure, then the provider's error the client gives up on.
            answers = [
              plain(429, { 'retry-after': '0' }),
              plain(401),
              { status: 400, headers: { ...own, ...headers }, body },
            ];
            served = 0;
            const out: string[] = [];
            const rejected = await rejection(
              client(out, { provider: PROVIDER_OF[dialect]! }).fetch(
                `${api.url}/v1/${token}?${encodeURIComponent(pair.name)}=${pair.value}`,
                { headers: { [pair.name]: pair.value, authorization: `Bearer ${token}` } },
              ),
            );
            if (out.some((line) => line.startsWith('onRetry'))) hooked++;
            expectNone([...outputsOf(rejected), ...out], [msg.secret, pair.value, token]);
          },
        ),
        { numRuns: 40 },
      );
      // The hooks were called, not only the final error.
      expect(hooked).toBeGreaterThan(0);
    });

    it('never come out of a network error, its causes, onRetry or the span', async () => {
      const port = await freePort();
      await fc.assert(
        fc.asyncProperty(named, shaped, value, async (pair, token, password) => {
          for (const url of [
            `http://user:${password}@127.0.0.1:${port}/v1?${pair.name}=${pair.value}`,
            `http://127.0.0.1:${port}/v1/${token}?${pair.name}=${pair.value}`,
            `ht!tp://bad host/${token}?${pair.name}=${pair.value}`,
          ]) {
            const out: string[] = [];
            const rejected = await rejection(client(out, { retry: { limit: 1 } }).fetch(url));
            expect((rejected as { code?: string }).code).toBe('network_error');
            expectNone([...outputsOf(rejected), ...out], [password, pair.value, token]);
          }
        }),
        { numRuns: 30 },
      );
    });
  });
});
