import { responseFixture } from './response-fixtures.js';

// Recorded traffic for `kodex triage` tests, built from the response corpus
// (test/fixtures/responses/): one list of exchanges, written as a HAR file,
// as JSON lines or as request-log lines, so every reader is tested on the
// same traffic and its expected report.

/** One request and its answer. */
export interface TrafficItem {
  /** Epoch milliseconds. */
  readonly time: number;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: string;
}

/** An exchange whose answer is a fixture of the corpus, sent at `time` to `url`. */
export function fixtureItem(name: string, time: number, url: string, method = 'GET'): TrafficItem {
  const { response } = responseFixture(name);
  return {
    time,
    method,
    url,
    status: response.status,
    headers: response.headers,
    body: response.body,
  };
}

export const T0 = Date.UTC(2026, 11, 6, 9, 0, 0);
const AMO = 'https://example.amocrm.ru/api/v4/leads';
const GOOGLE = 'https://www.googleapis.com/drive/v3/files';
const AVTOCOD = 'https://b2b-api.avtocod.ru/b2b/api/v1/user/reports';

/**
 * A morning of traffic: amoCRM answers 429 twice (retried once, the second
 * time not), Google 503 (retried) and 200s, Avtocod an unknown code D299,
 * amoCRM a wrong password 110. What each test expects of it is said beside.
 */
export function morningTraffic(): TrafficItem[] {
  return [
    fixtureItem('google/success', T0, GOOGLE),
    fixtureItem('amocrm/v4-rate-limited-retry-after', T0 + 1_000, AMO),
    // The retry, 2 s later: the 429 above was retried.
    fixtureItem('google/success', T0 + 3_000, AMO),
    fixtureItem('google/aip193-unavailable-retry-after', T0 + 10_000, GOOGLE),
    fixtureItem('google/success', T0 + 20_000, GOOGLE),
    fixtureItem('avtocod/unknown-code', T0 + 60_000, AVTOCOD, 'POST'),
    fixtureItem(
      'amocrm/v2-auth-110',
      T0 + 120_000,
      'https://example.amocrm.ru/private/api/auth.php',
    ),
    // Not retried: nothing is sent to this URL again in the next 60 s + 1 s.
    fixtureItem('amocrm/v4-rate-limited-retry-after', T0 + 180_000, `${AMO}?page=2`),
    fixtureItem('google/success', T0 + 600_000, GOOGLE),
  ];
}

/** The traffic as a HAR 1.2 file, as a browser's devtools export it. */
export function harOf(items: readonly TrafficItem[]): string {
  const entries = items.map((item) => ({
    startedDateTime: new Date(item.time).toISOString(),
    time: 12.5,
    request: {
      method: item.method,
      url: item.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: [{ name: 'Authorization', value: 'Bearer secret-token-123456' }],
      queryString: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status: item.status,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: Object.entries(item.headers ?? {}).map(([name, value]) => ({ name, value })),
      content: { size: item.body.length, mimeType: 'application/json', text: item.body },
      redirectURL: '',
      headersSize: -1,
      bodySize: item.body.length,
    },
    cache: {},
    timings: { send: 0, wait: 10, receive: 2.5 },
  }));
  return JSON.stringify({
    log: { version: '1.2', creator: { name: 'kodex tests', version: '1' }, pages: [], entries },
  });
}

/** The traffic as `kodex triage --jsonl` lines. */
export function jsonlOf(items: readonly TrafficItem[]): string {
  return items
    .map((item) =>
      JSON.stringify({
        time: new Date(item.time).toISOString(),
        method: item.method,
        url: item.url,
        status: item.status,
        headers: item.headers ?? {},
        body: item.body,
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** The traffic as `kodex triage --log` lines (headers are not carried: no Retry-After). */
export function logOf(items: readonly TrafficItem[]): string {
  return items
    .map(
      (item) =>
        `${new Date(item.time).toISOString()} ${item.method} ${item.url} ${item.status} ${JSON.stringify(item.body)}\n`,
    )
    .join('');
}
