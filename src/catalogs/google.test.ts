import { describe, expect, it } from 'vitest';
import { type CatalogEntry, entryKey, type Section } from '../model/catalog.js';
import { google } from './google.js';
import { providerCatalogSchema } from './schema.js';

const entries: readonly CatalogEntry[] = google.entries;
const entry = (key: string) => {
  const found = entries.find((e) => entryKey(e) === key);
  if (!found) throw new Error(`no entry ${key}`);
  return found;
};
const inSection = (section: string) => entries.filter((e) => e.section === section);
const matches = (key: string, message: string) =>
  entry(key).patterns!.some((p) => new RegExp(p, 'i').test(message));

// Every reason of Google's error reference, in its order, per status section
const seedReasons: Record<string, string[]> = {
  'moved-permanently-301': ['movedPermanently'],
  'see-other-303': ['seeOther', 'mediaDownloadRedirect'],
  'not-modified-304': ['notModified'],
  'temporary-redirect-307': ['temporaryRedirect'],
  'bad-request-400': [
    'badRequest',
    'badBinaryDomainRequest',
    'badContent',
    'badLockedDomainRequest',
    'corsRequestWithXOrigin',
    'endpointConstraintMismatch',
    'invalid',
    'invalidAltValue',
    'invalidHeader',
    'invalidParameter',
    'invalidQuery',
    'keyExpired',
    'keyInvalid',
    'lockedDomainCreationFailure',
    'notDownload',
    'notUpload',
    'parseError',
    'required',
    'tooManyParts',
    'unknownApi',
    'unsupportedMediaProtocol',
    'unsupportedOutputFormat',
    'wrongUrlForUpload',
  ],
  'unauthorized-401': ['unauthorized', 'authError', 'expired', 'lockedDomainExpired', 'required'],
  'payment-required-402': ['dailyLimitExceeded402', 'quotaExceeded402', 'user402'],
  'forbidden-403': [
    'forbidden',
    'accessNotConfigured',
    'accessNotConfigured',
    'accessNotConfigured',
    'accountDeleted',
    'accountDisabled',
    'accountUnverified',
    'concurrentLimitExceeded',
    'dailyLimitExceeded',
    'dailyLimitExceeded',
    'dailyLimitExceededUnreg',
    'downloadServiceForbidden',
    'insufficientAudience',
    'insufficientAuthorizedParty',
    'insufficientPermissions',
    'limitExceeded',
    'lockedDomainForbidden',
    'quotaExceeded',
    'rateLimitExceeded',
    'rateLimitExceededUnreg',
    'responseTooLarge',
    'servingLimitExceeded',
    'sslRequired',
    'unknownAuth',
    'userRateLimitExceeded',
    'userRateLimitExceededUnreg',
    'variableTermExpiredDailyExceeded',
    'variableTermLimitExceeded',
  ],
  'not-found-404': ['notFound', 'notFound', 'unsupportedProtocol'],
  'method-not-allowed-405': ['httpMethodNotAllowed'],
  'conflict-409': ['conflict', 'duplicate'],
  'gone-410': ['deleted'],
  'precondition-failed-412': ['conditionNotMet'],
  'request-entity-too-large-413': ['backendRequestTooLarge', 'batchSizeTooLarge', 'uploadTooLarge'],
  'requested-range-not-satisfiable-416': ['requestedRangeNotSatisfiable'],
  'expectation-failed-417': ['expectationFailed'],
  'precondition-required-428': ['preconditionRequired'],
  'too-many-requests-429': ['rateLimitExceeded'],
  'internal-server-error-500': ['internalError'],
  'not-implemented-501': ['notImplemented', 'unsupportedMethod'],
  'service-unavailable-503': ['backendError', 'backendNotConnected', 'notReady'],
};

describe('google catalog', () => {
  it('passes the catalog schema', () => {
    expect(() => providerCatalogSchema.parse(google)).not.toThrow();
  });

  it('holds every reason of every status section of the reference, in order', () => {
    for (const [section, reasons] of Object.entries(seedReasons)) {
      expect(inSection(section).map((e) => e.code)).toEqual(reasons);
    }
  });

  it('gives each entry of a status section the status of its heading', () => {
    for (const section of Object.keys(seedReasons)) {
      const status = Number(/(\d{3})$/.exec(section)![1]);
      for (const e of inSection(section)) expect(e.status).toBe(status);
    }
  });

  it('puts the rows under the lost UNAUTHORIZED heading in 401, as inferred', () => {
    for (const e of inSection('unauthorized-401')) {
      expect(e).toMatchObject({ status: 401, statusInferred: true, category: 'unauthenticated' });
      expect(e.decision).toMatch(/UNAUTHORIZED \(401\)/);
    }
    const section = google.sections.find((s) => s.id === 'unauthorized-401')!;
    expect(section.title.en).toBe('UNAUTHORIZED (401)');
  });

  it('marks no seed status-section entry outside 401 as inferred', () => {
    for (const section of Object.keys(seedReasons)) {
      if (section === 'unauthorized-401') continue;
      for (const e of inSection(section)) expect(e.statusInferred).toBeUndefined();
    }
  });

  it('splits reasons with two statuses or meanings into variants', () => {
    expect(entry('required.400-missing-information')).toMatchObject({
      status: 400,
      category: 'invalid_request',
    });
    expect(entry('required.401-login-required')).toMatchObject({
      status: 401,
      category: 'unauthenticated',
    });
    expect(entry('rateLimitExceeded.403')).toMatchObject({ status: 403, category: 'rate_limited' });
    expect(entry('rateLimitExceeded.429')).toMatchObject({ status: 429, category: 'rate_limited' });
    expect(entry('notFound.404-resource-not-found').category).toBe('not_found');
    expect(entry('notFound.404-app-engine-redeploy')).toMatchObject({
      category: 'not_found',
      retryable: false,
    });
    for (const code of ['required', 'rateLimitExceeded', 'notFound', 'accessNotConfigured']) {
      for (const e of entries.filter((x) => x.code === code)) expect(e.variant).toBeDefined();
    }
  });

  it('tells the three accessNotConfigured meanings apart: API not enabled, project blocked, project pending deletion', () => {
    expect(entry('accessNotConfigured.403-api-not-enabled').category).toBe('permission_denied');
    expect(entry('accessNotConfigured.403-project-blocked').category).toBe('account_blocked');
    expect(entry('accessNotConfigured.403-project-pending-deletion').category).toBe(
      'account_blocked',
    );
  });

  it('keeps the compliance URL inside the project-blocked text and gives no entry a docs link', () => {
    expect(entry('accessNotConfigured.403-project-blocked').description?.ru).toContain(
      'http://support.google.com/code/go/developer_compliance',
    );
    for (const e of entries) expect(e.docs).toBeUndefined();
  });

  it('tells a daily quota from a project blocked for abuse under dailyLimitExceeded', () => {
    expect(entry('dailyLimitExceeded.403-daily-quota')).toMatchObject({
      category: 'quota_exceeded',
      retryable: false,
    });
    expect(entry('dailyLimitExceeded.403-project-blocked').category).toBe('account_blocked');
  });

  it('treats every 3xx reason as a redirect that is not retried', () => {
    for (const code of [
      'movedPermanently',
      'seeOther',
      'mediaDownloadRedirect',
      'notModified',
      'temporaryRedirect',
    ]) {
      expect(entry(code)).toMatchObject({ category: 'redirect', retryable: false });
    }
    expect(entry('notModified').decision).toMatch(/cached copy/);
  });

  it('maps credential, permission and account reasons', () => {
    for (const code of ['keyExpired', 'keyInvalid', 'authError', 'expired', 'unknownAuth']) {
      expect(entry(code).category).toBe('unauthenticated');
    }
    for (const code of ['insufficientPermissions', 'forbidden', 'accountUnverified']) {
      expect(entry(code).category).toBe('permission_denied');
    }
    for (const code of ['accountDeleted', 'accountDisabled']) {
      expect(entry(code).category).toBe('account_blocked');
    }
  });

  it('files the 402 reasons as payment, except the developer daily budget as a quota', () => {
    expect(entry('quotaExceeded402').category).toBe('payment_required');
    expect(entry('user402').category).toBe('payment_required');
    expect(entry('dailyLimitExceeded402').category).toBe('quota_exceeded');
    expect(entry('dailyLimitExceeded402').decision).toBeDefined();
  });

  it('retries rate limits, including limitExceeded, but not quotas', () => {
    for (const code of [
      'concurrentLimitExceeded',
      'limitExceeded',
      'rateLimitExceededUnreg',
      'servingLimitExceeded',
      'userRateLimitExceeded',
      'userRateLimitExceededUnreg',
    ]) {
      expect(entry(code)).toMatchObject({ category: 'rate_limited', retryable: true });
    }
    for (const code of [
      'quotaExceeded',
      'dailyLimitExceededUnreg',
      'variableTermExpiredDailyExceeded',
      'variableTermLimitExceeded',
    ]) {
      expect(entry(code)).toMatchObject({ category: 'quota_exceeded', retryable: false });
    }
    expect(entry('limitExceeded').decision).toBeDefined();
  });

  it('treats size reasons as too_large whatever their status', () => {
    for (const code of [
      'responseTooLarge',
      'backendRequestTooLarge',
      'batchSizeTooLarge',
      'uploadTooLarge',
      'tooManyParts',
    ]) {
      expect(entry(code)).toMatchObject({ category: 'too_large', retryable: false });
    }
  });

  it('retries the 5xx server reasons and not 501', () => {
    expect(entry('internalError')).toMatchObject({ category: 'internal', retryable: true });
    for (const code of ['backendError', 'backendNotConnected', 'notReady']) {
      expect(entry(code)).toMatchObject({ category: 'unavailable', retryable: true });
    }
    for (const code of ['notImplemented', 'unsupportedMethod']) {
      expect(entry(code)).toMatchObject({ category: 'unsupported', retryable: false });
    }
  });

  it('maps conflicts, gone and range reasons', () => {
    for (const code of ['conflict', 'duplicate', 'conditionNotMet', 'preconditionRequired']) {
      expect(entry(code).category).toBe('conflict');
    }
    expect(entry('deleted')).toMatchObject({ status: 410, category: 'not_found' });
    expect(entry('requestedRangeNotSatisfiable').category).toBe('invalid_request');
    expect(entry('expectationFailed').category).toBe('invalid_request');
  });

  it('retries only rate-limited, unavailable and transient internal entries', () => {
    for (const e of entries) {
      if (e.retryable) expect(['rate_limited', 'unavailable', 'internal']).toContain(e.category);
      if (e.category === 'rate_limited' || e.category === 'unavailable') {
        expect(e.retryable).toBe(true);
      }
    }
  });

  it('keys the Indexing API messages by the google.rpc status they come with', () => {
    expect(inSection('indexing-400').map(entryKey)).toEqual([
      'INVALID_ARGUMENT.indexing-missing-url',
      'INVALID_ARGUMENT.indexing-invalid-url',
      'INVALID_ARGUMENT.indexing-missing-type',
      'INVALID_ARGUMENT.indexing-invalid-type',
    ]);
    expect(inSection('indexing-403').map(entryKey)).toEqual([
      'PERMISSION_DENIED.indexing-url-ownership',
    ]);
    expect(inSection('indexing-429').map(entryKey)).toEqual(['RESOURCE_EXHAUSTED.indexing-quota']);
    for (const e of inSection('indexing-400')) expect(e.status).toBe(400);
    expect(entry('PERMISSION_DENIED.indexing-url-ownership')).toMatchObject({
      status: 403,
      category: 'permission_denied',
    });
    expect(entry('RESOURCE_EXHAUSTED.indexing-quota')).toMatchObject({
      status: 429,
      category: 'quota_exceeded',
      retryable: false,
    });
  });

  it('recognises each Indexing API message by its own variant only', () => {
    const messages: Record<string, string> = {
      'INVALID_ARGUMENT.indexing-missing-url': "Missing attribute. 'url' attribute is required.",
      'INVALID_ARGUMENT.indexing-invalid-url':
        "Invalid attribute. 'url' is not in standard URL format: abcd",
      'INVALID_ARGUMENT.indexing-missing-type':
        "Unknown type. 'type' attribute is required and must be 'URL_REMOVED' or 'URL_UPDATED'.",
      'INVALID_ARGUMENT.indexing-invalid-type':
        'Invalid value at \'url_notification.type\' (TYPE_ENUM), "URL_UPDATE"',
      'PERMISSION_DENIED.indexing-url-ownership':
        'Permission denied. Failed to verify the URL ownership.',
      'RESOURCE_EXHAUSTED.indexing-quota':
        "Insufficient tokens for quota 'indexing.googleapis.com/default_requests' and limit 'CLIENT_PROJECT-1d' of service 'indexing.googleapis.com' for consumer 'project_number:123'.",
    };
    const indexing = entries.filter((e) => e.patterns);
    expect(indexing).toHaveLength(6);
    for (const [owner, message] of Object.entries(messages)) {
      for (const e of indexing) expect(matches(entryKey(e), message)).toBe(entryKey(e) === owner);
    }
  });

  it('does not take other Google messages for Indexing API ones', () => {
    const others = [
      "Invalid string value: 'asdf'. Allowed values: [mostpopular]",
      'The caller does not have permission',
      'Request had insufficient authentication scopes.',
      "Quota exceeded for quota metric 'Queries' of service 'youtube.googleapis.com'",
      "Missing attribute. 'type' attribute is required.",
      '',
    ];
    for (const message of others) {
      for (const e of entries.filter((x) => x.patterns)) {
        expect(matches(entryKey(e), message)).toBe(false);
      }
    }
  });

  it('matches its patterns in linear time on long hostile input', () => {
    const hostile = [
      "Missing attribute. 'url' ".repeat(5000),
      `Invalid value at ${' '.repeat(50_000)}`,
      'Insufficient tokens for quota '.repeat(5000),
    ];
    const started = performance.now();
    for (const message of hostile) {
      for (const e of entries.filter((x) => x.patterns)) matches(entryKey(e), message);
    }
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('adds the 16 non-OK google.rpc.Code names with their HTTP mapping', () => {
    const rpc = Object.fromEntries(inSection('rpc-status').map((e) => [e.code, e.status]));
    expect(rpc).toEqual({
      CANCELLED: 499,
      UNKNOWN: 500,
      INVALID_ARGUMENT: 400,
      DEADLINE_EXCEEDED: 504,
      NOT_FOUND: 404,
      ALREADY_EXISTS: 409,
      PERMISSION_DENIED: 403,
      UNAUTHENTICATED: 401,
      RESOURCE_EXHAUSTED: 429,
      FAILED_PRECONDITION: 400,
      ABORTED: 409,
      OUT_OF_RANGE: 400,
      UNIMPLEMENTED: 501,
      INTERNAL: 500,
      UNAVAILABLE: 503,
      DATA_LOSS: 500,
    });
    for (const e of inSection('rpc-status')) {
      expect(e.variant).toBeUndefined();
      expect(e.statusInferred).toBe(true);
      expect(e.note).toMatch(/added so/);
    }
  });

  it('keeps plain rpc-status entries beside the Indexing variants of the same code', () => {
    expect(entry('INVALID_ARGUMENT').section).toBe('rpc-status');
    expect(entry('PERMISSION_DENIED').section).toBe('rpc-status');
    expect(entry('RESOURCE_EXHAUSTED')).toMatchObject({
      section: 'rpc-status',
      category: 'rate_limited',
      retryable: true,
    });
  });

  it('maps the google.rpc codes to categories', () => {
    expect(entry('UNAUTHENTICATED').category).toBe('unauthenticated');
    expect(entry('NOT_FOUND').category).toBe('not_found');
    expect(entry('ALREADY_EXISTS').category).toBe('conflict');
    expect(entry('FAILED_PRECONDITION').category).toBe('conflict');
    expect(entry('ABORTED')).toMatchObject({ category: 'conflict', retryable: false });
    expect(entry('UNIMPLEMENTED').category).toBe('unsupported');
    expect(entry('CANCELLED')).toMatchObject({ category: 'unknown', retryable: false });
    for (const code of ['UNAVAILABLE', 'DEADLINE_EXCEEDED']) {
      expect(entry(code)).toMatchObject({ category: 'unavailable', retryable: true });
    }
    for (const code of ['INTERNAL', 'UNKNOWN']) {
      expect(entry(code)).toMatchObject({ category: 'internal', retryable: true });
    }
    expect(entry('DATA_LOSS')).toMatchObject({ category: 'internal', retryable: false });
  });

  it('adds the RFC 6749 token-endpoint errors, invalid_grant as unauthenticated', () => {
    expect(inSection('oauth').map((e) => e.code)).toEqual([
      'invalid_request',
      'invalid_client',
      'invalid_grant',
      'unauthorized_client',
      'unsupported_grant_type',
      'invalid_scope',
    ]);
    const body = JSON.parse(
      '{"error":"invalid_grant","error_description":"Token has been expired or revoked."}',
    ) as {
      error: string;
    };
    expect(entry(body.error)).toMatchObject({ status: 400, category: 'unauthenticated' });
    expect(entry('invalid_client')).toMatchObject({ status: 401, category: 'unauthenticated' });
    for (const e of inSection('oauth')) expect(e.note).toMatch(/added so/);
  });

  it('marks the added sections as coming from no seed, naming their source', () => {
    for (const id of ['rpc-status', 'oauth', 'errorinfo']) {
      const section: Section = google.sections.find((s) => s.id === id)!;
      expect(section.seed).toBeUndefined();
      expect(section.source).toBeTruthy();
    }
  });

  it('documents no rate-limit figure and says Google wants exponential backoff', () => {
    expect(google.limits).toEqual([]);
    expect(google.notes.some((n) => /exponential backoff/.test(n))).toBe(true);
  });

  it('adds the common googleapis.com ErrorInfo reasons, each once and explained', () => {
    const reasons = inSection('errorinfo');
    expect(reasons.map((e) => e.code)).toEqual(
      expect.arrayContaining([
        'API_KEY_INVALID',
        'SERVICE_DISABLED',
        'RATE_LIMIT_EXCEEDED',
        'ACCESS_TOKEN_EXPIRED',
        'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
        'API_KEY_SERVICE_BLOCKED',
        'RESOURCE_PROJECT_INVALID',
      ]),
    );
    for (const e of reasons) {
      expect(e.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(e.variant).toBeUndefined();
      expect(e.statusInferred).toBe(true);
      expect(e.note).toMatch(/added so AIP-193 bodies/);
      expect(entries.filter((x) => x.code === e.code)).toHaveLength(1);
    }
  });

  it('maps the ErrorInfo reasons to categories', () => {
    expect(entry('RATE_LIMIT_EXCEEDED')).toMatchObject({
      status: 429,
      category: 'rate_limited',
      retryable: true,
    });
    expect(entry('RESOURCE_QUOTA_EXCEEDED')).toMatchObject({
      category: 'quota_exceeded',
      retryable: false,
    });
    expect(entry('API_KEY_INVALID')).toMatchObject({ status: 400, category: 'unauthenticated' });
    expect(entry('ACCESS_TOKEN_EXPIRED')).toMatchObject({
      status: 401,
      category: 'unauthenticated',
    });
    expect(entry('ACCESS_TOKEN_SCOPE_INSUFFICIENT')).toMatchObject({
      status: 403,
      category: 'permission_denied',
    });
    expect(entry('SERVICE_DISABLED').category).toBe('permission_denied');
    expect(entry('BILLING_DISABLED').category).toBe('payment_required');
    expect(entry('CONSUMER_SUSPENDED').category).toBe('account_blocked');
  });

  it('has 132 entries: 85 seed reasons, 6 Indexing messages, 16 rpc codes, 6 OAuth errors, 19 ErrorInfo reasons', () => {
    expect(entries).toHaveLength(132);
    expect(inSection('errorinfo')).toHaveLength(19);
    expect(Object.values(seedReasons).flat()).toHaveLength(85);
  });
});
