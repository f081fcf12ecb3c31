// Google's own Node clients against `kodex mock google`: gaxios (the HTTP
// layer of googleapis and google-auth-library) and google-auth-library's
// OAuth2Client, both pointed at the emulator by their URL options (`url`,
// `endpoints.oauth2TokenUrl`). What they expect, from their source:
// - gaxios (build/cjs/src/common.js, GaxiosError.extractAPIErrorFromResponse):
//   a non-2xx answer throws GaxiosError with `status` the HTTP status; for a
//   body {"error": {...}} its `message` is `error.message` (or the joined
//   `error.errors[].message`), its `code` the number `error.code`, and the
//   body's `error` members (`errors[].reason`, `status`, `details`) ride on
//   `cause`; for an OAuth body {"error": "invalid_grant"} the message is the
//   OAuth code and `code` the HTTP status.
// - OAuth2Client.refreshTokenNoCache: the token endpoint's GaxiosError as is.
import { indexing } from '@googleapis/indexing';
import { GaxiosError, request } from 'gaxios';
import { OAuth2Client } from 'google-auth-library';
import { GoogleError, Status } from 'google-gax';
import { GaxiosError as CommonGaxiosError } from 'googleapis-common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../src/decode/decode.js';
import { list } from '../src/lookup/index.js';
import { createMockServer, type MockServer } from '../src/mock/index.js';
import type { ListedEntry } from '../src/model/listed-entry.js';

let mock: MockServer;
beforeAll(async () => {
  // No `lang`: Google's own, English.
  mock = await createMockServer({ provider: 'google', rate: 'off' });
});
afterAll(() => mock.close());

// HTTP forbids a body with these: only the status reaches a client.
const BODILESS = new Set([204, 304]);
const OAUTH_SECTION = 'oauth';

interface GoogleCause {
  errors?: { reason?: string; message?: string }[];
  details?: { '@type'?: string; reason?: string }[];
  status?: string;
}

/** Every place a Google client finds the code of an error: the legacy reason, the ErrorInfo reason, the canonical status. */
function codesOf(error: GaxiosError): (string | undefined)[] {
  const cause = error.cause as GoogleCause | undefined;
  return [
    cause?.errors?.[0]?.reason,
    cause?.details?.find((d) => d['@type']?.endsWith('google.rpc.ErrorInfo'))?.reason,
    cause?.status,
  ];
}

async function failure(call: Promise<unknown>): Promise<GaxiosError | undefined> {
  return call.then(
    () => undefined,
    (e: unknown) => e as GaxiosError,
  );
}

function expectGoogleError(
  error: GaxiosError | undefined,
  entry: ListedEntry,
  errorClass: abstract new (...args: never[]) => unknown = GaxiosError,
) {
  expect(error, `${entry.key} resolved as data`).toBeInstanceOf(errorClass);
  expect(error!.status, entry.key).toBe(entry.status);
  if (BODILESS.has(entry.status)) return;
  const body = error!.response?.data as { error: { message: string; code: number } | string };
  if (typeof body.error === 'string') {
    // OAuth token endpoint form.
    expect(body.error, entry.key).toBe(entry.code);
    expect(error!.message, entry.key).toBe(entry.code);
    expect(error!.code, entry.key).toBe(entry.status);
    return;
  }
  expect(error!.code, entry.key).toBe(entry.status);
  expect(error!.message, entry.key).toBe(body.error.message);
  expect(codesOf(error!), entry.key).toContain(entry.code);
}

/** What the client received decodes back to the entry's code. */
function expectDecoded(error: GaxiosError, entry: ListedEntry) {
  if (BODILESS.has(entry.status)) return;
  const body = JSON.stringify(error.response?.data);
  expect(decode({ status: entry.status, body }, { provider: 'google' })?.code, entry.key).toBe(
    entry.code,
  );
}

const apiErrors = list('google').filter((e) => e.kind === 'error' && e.section !== OAUTH_SECTION);
const oauthErrors = list('google').filter((e) => e.section === OAUTH_SECTION);

describe('gaxios against the emulator', () => {
  it('resolves the plain success', async () => {
    const res = await request({ url: `${mock.url}/drive/v3/files` });
    expect(res.status).toBe(200);
  });

  it(`throws GaxiosError with Google's fields for every one of the ${apiErrors.length} documented API errors`, async () => {
    for (const entry of apiErrors) {
      const error = await failure(
        request({
          url: `${mock.url}/drive/v3/files`,
          headers: { 'x-kodex-error': entry.key },
          // A 3xx of the catalog is an error answer here, not a hop to follow.
          maxRedirects: 0,
        }),
      );
      expectGoogleError(error, entry);
      expectDecoded(error!, entry);
    }
  });
});

describe('@googleapis/indexing (googleapis-common) against the emulator', () => {
  // The client takes the emulator as its root URL (its option for other endpoints).
  const publish = (headers: Record<string, string> = {}) =>
    indexing({ version: 'v3', rootUrl: mock.url }).urlNotifications.publish(
      { requestBody: { url: 'https://example.com/page', type: 'URL_UPDATED' } },
      { headers },
    );

  it('publishes on the plain success', async () => {
    expect((await publish()).status).toBe(200);
  });

  it(`rejects every documented API error with googleapis-common's GaxiosError`, async () => {
    for (const entry of apiErrors.filter((e) => e.status >= 400)) {
      const error = await failure(publish({ 'x-kodex-error': entry.key }));
      expectGoogleError(error, entry, CommonGaxiosError);
      expectDecoded(error!, entry);
    }
  });
});

describe('google-auth-library against the emulator', () => {
  function client(tokenQuery = '') {
    const auth = new OAuth2Client({
      clientId: 'id',
      clientSecret: 'secret',
      endpoints: { oauth2TokenUrl: `${mock.url}/token${tokenQuery}` },
    });
    auth.setCredentials({ access_token: 'token', expiry_date: Date.now() + 3_600_000 });
    return auth;
  }

  it('an authorized request resolves the plain success and rejects every API error', async () => {
    const auth = client();
    expect((await auth.request({ url: `${mock.url}/drive/v3/files` })).status).toBe(200);
    for (const entry of apiErrors.filter((e) => e.status >= 400)) {
      const error = await failure(
        auth.request({
          url: `${mock.url}/drive/v3/files`,
          headers: { 'x-kodex-error': entry.key },
        }),
      );
      expectGoogleError(error, entry);
    }
  });

  it(`the token refresh rejects every one of the ${oauthErrors.length} OAuth errors of the token endpoint`, async () => {
    for (const entry of oauthErrors) {
      const auth = client(`?kodex_error=${entry.key}`);
      auth.setCredentials({ refresh_token: 'refresh' });
      const error = await failure(auth.getAccessToken());
      expectGoogleError(error, entry);
    }
  });

  it('the token refresh succeeds on the plain success', async () => {
    const auth = client();
    auth.setCredentials({ refresh_token: 'refresh' });
    await expect(auth.refreshAccessToken()).resolves.toBeDefined();
  });
});

// google-gax (the layer of the @google-cloud clients) over REST: its
// fallbackRest.decodeResponse hands a non-2xx body to GoogleError.parseHttpError,
// which reads google.rpc.Status — `status` as the gRPC code, `details` decoded
// as Any, an ErrorInfo promoted to `reason` and `domain`. Cloud APIs answer
// only in that form, so the canonical and ErrorInfo entries are driven
// through it (a generated client needs a service of its own to call).
describe('google-gax over REST against the emulator', () => {
  const statusForm = list('google').filter(
    (e) => e.section === 'rpc-status' || e.section === 'errorinfo',
  );

  it(`turns every one of the ${statusForm.length} google.rpc.Status errors into its GoogleError`, async () => {
    for (const entry of statusForm) {
      const response = await fetch(`${mock.url}/v1/projects/p/topics`, {
        headers: { 'x-kodex-error': entry.key },
      });
      expect(response.status, entry.key).toBe(entry.status);
      const error = GoogleError.parseHttpError(await response.json());
      expect(error, entry.key).toBeInstanceOf(GoogleError);
      expect(error.message, entry.key).toEqual(expect.any(String));
      if (entry.section === 'rpc-status') {
        expect(error.code, entry.key).toBe(Status[entry.code as keyof typeof Status]);
      } else {
        expect(error.reason, entry.key).toBe(entry.code);
        expect(error.domain, entry.key).toEqual(expect.any(String));
      }
    }
  });
});
