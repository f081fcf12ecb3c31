#!/usr/bin/env node
// Output snapshot: one deterministic JSON document of what kodex answers, to
// prove a refactor changes no behaviour (compare two runs with
// scripts/output-diff.mjs).
//
//   npm run build   (or: npx tsc -p tsconfig.build.json && node scripts/make-bin-executable.mjs)
//   node scripts/output-snapshot.mjs > before.json
//
// It reads the package through its public entry (../dist/index.js) and the
// names decode, encode, catalogs, explain, list, search, the dialect list
// from ../dist/dialects/index.js (internal, there in every build), and the
// CLI (node dist/cli/main.js) through child_process.spawnSync.
//
// Sections:
//   fixtures      every test/fixtures/responses body, decoded named, detected,
//                 named with lang ru, detected with lang ru; and as a fetch
//                 Response (the async path), named and detected
//   headers       a few synthetic Retry-After / rate-limit header cases
//   encoded       every entry of every catalog as a record (as
//                 dialects.conformance.test.ts builds one), encoded by each
//                 dialect of its provider (and `problem`) in json and xml where
//                 supported, then decoded named and detected
//   mutated       a seeded (mulberry32, seed 42) subset of fixture and encoded
//                 bodies, mutated and decoded named and detected
//   lookup        list / explain / search per provider and a few queries
//   keyOrders     the member orders of decoded records seen, with counts
//                 (values are printed with sorted keys, so order is kept here)
//   cli           stdout, stderr and exit status of CLI commands
//
// Normalised for determinism (and why):
//   - decode() and encode() get a fixed clock (`now`), so HTTP-date
//     Retry-After headers and the Avtocod `stamp` / Dellin `generated_at` time
//     stamps do not follow the wall clock.
//   - the CLI's temporary directory (random name from mkdtemp) is replaced by
//     <TMP> in every output; it is also removed at the end.
//   - object keys are sorted when printed; a member set to undefined is kept
//     as "<undefined>", NaN / ±Infinity / -0 as strings, thrown errors as
//     {"<thrown>": {name, code, message}} (no stack: it holds file paths).
//   - the CLI runs with NO_COLOR=1, COLUMNS=100, CI=true, TZ=UTC, LANG=C.UTF-8
//     and stdin closed unless a fixture is fed, so colours, terminal width,
//     time zone and locale do not leak in.
// Nothing else is normalised: no timings, ports or random ids reach the output.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dialects } from '../dist/dialects/index.js';
import { catalogs, decode, encode, explain, list, search } from '../dist/index.js';

const started = performance.now();
const root = fileURLToPath(new URL('..', import.meta.url));
const fixturesRoot = join(root, 'test', 'fixtures', 'responses');
const cliMain = join(root, 'dist', 'cli', 'main.js');

/** The fixed clock: 2024-01-01T12:00:00Z. */
const NOW_MS = Date.UTC(2024, 0, 1, 12, 0, 0);
const now = () => NOW_MS;

// ---------------------------------------------------------------------------
// Canonical values

function thrown(error) {
  const out = { name: error?.name ?? typeof error, message: String(error?.message ?? error) };
  if (error && typeof error === 'object' && 'code' in error) out.code = error.code;
  return { '<thrown>': out };
}

/** A JSON-safe copy with sorted keys and nothing lost silently. */
function canon(value, seen = new Set()) {
  if (value === undefined) return '<undefined>';
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '<NaN>';
    if (!Number.isFinite(value)) return value > 0 ? '<Infinity>' : '<-Infinity>';
    if (Object.is(value, -0)) return '<-0>';
    return value;
  }
  if (typeof value === 'bigint') return `<bigint ${value}>`;
  if (typeof value === 'function') return `<function ${value.name}>`;
  if (typeof value === 'symbol') return `<${String(value)}>`;
  if (seen.has(value)) return '<cycle>';
  seen.add(value);
  let out;
  if (value instanceof Error) out = thrown(value);
  else if (Array.isArray(value)) out = value.map((v) => canon(v, seen));
  else {
    out = {};
    for (const key of Object.keys(value).sort()) out[key] = canon(value[key], seen);
  }
  seen.delete(value);
  return out;
}

/** Stringifies with sorted keys (canon has sorted them; JSON keeps that order). */
function stringify(value) {
  return `${JSON.stringify(canon(value), null, 1)}\n`;
}

const keyOrders = new Map();
function noteKeyOrder(record) {
  if (!record || typeof record !== 'object') return;
  const order = Object.keys(record).join(',');
  keyOrders.set(order, (keyOrders.get(order) ?? 0) + 1);
  if (Array.isArray(record.others)) for (const other of record.others) noteKeyOrder(other);
}

const counts = { decodes: 0, encodes: 0, lookups: 0, cli: 0 };

/** decode(), its answer or what it threw. */
function tryDecode(response, options) {
  counts.decodes++;
  try {
    const record = decode(response, options);
    noteKeyOrder(record);
    return record;
  } catch (error) {
    return thrown(error);
  }
}

async function tryDecodeAsync(response, options) {
  counts.decodes++;
  try {
    const record = await decode(response, options);
    noteKeyOrder(record);
    return record;
  } catch (error) {
    return thrown(error);
  }
}

function tryCall(fn) {
  counts.lookups++;
  try {
    return fn();
  } catch (error) {
    return thrown(error);
  }
}

/** mulberry32: a small seeded PRNG, so the mutated subset is the same each run. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(42);
const randomInt = (n) => Math.floor(random() * n);

/** The first n of items in a seeded shuffle, back in their original order. */
function sample(items, n) {
  const order = items.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order
    .slice(0, n)
    .sort((a, b) => a - b)
    .map((i) => items[i]);
}

// ---------------------------------------------------------------------------
// 1. Fixtures (loaded as test/decode-fixtures.test.ts loads them)

const fixtures = readdirSync(fixturesRoot, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .flatMap((provider) =>
    readdirSync(join(fixturesRoot, provider))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((file) => {
        const fixture = JSON.parse(readFileSync(join(fixturesRoot, provider, file), 'utf8'));
        return { id: `${provider}/${file}`, provider, file, fixture };
      }),
  );

const fixtureSection = {};
for (const { id, provider, fixture } of fixtures) {
  const response = fixture.response;
  const lang = fixture.lang;
  fixtureSection[id] = {
    named: tryDecode(response, { provider, lang, now }),
    detected: tryDecode(response, { lang, now }),
    namedRu: tryDecode(response, { provider, lang: 'ru', now }),
    detectedRu: tryDecode(response, { lang: 'ru', now }),
  };
}

/** A fetch Response of a fixture, or why there is none (1xx, a body on a 204). */
function fetchResponse(response) {
  const status = response.status ?? 200;
  const noBody = status === 204 || status === 205 || status === 304;
  return new Response(noBody ? null : (response.body ?? ''), {
    status,
    headers: response.headers ?? {},
  });
}

for (const { id, provider, fixture } of fixtures) {
  let response;
  try {
    response = fetchResponse(fixture.response);
  } catch (error) {
    fixtureSection[id].fetch = thrown(error);
    continue;
  }
  const copy = response.clone();
  fixtureSection[id].fetchNamed = await tryDecodeAsync(response, {
    provider,
    lang: fixture.lang,
    now,
  });
  fixtureSection[id].fetchDetected = await tryDecodeAsync(copy, { lang: fixture.lang, now });
}

// Synthetic header cases: the fixed clock makes the HTTP-date forms stable.
const headerCases = {
  'retry-after-http-date': {
    status: 429,
    headers: { 'retry-after': 'Mon, 01 Jan 2024 12:00:30 GMT' },
  },
  'retry-after-past-date': {
    status: 503,
    headers: { 'retry-after': 'Mon, 01 Jan 2024 11:00:00 GMT' },
  },
  'retry-after-seconds': { status: 429, headers: { 'retry-after': '45' } },
  'retry-after-garbage': { status: 429, headers: { 'retry-after': 'soon' } },
  'ratelimit-reset-epoch': {
    status: 429,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW_MS / 1000 + 90) },
  },
  'ratelimit-reset-delta': {
    status: 429,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '90' },
  },
  'ratelimit-ietf': { status: 429, headers: { ratelimit: 'limit=100, remaining=0, reset=12' } },
  'success-200': { status: 200, headers: {}, body: '{"ok":true}' },
  'url-names-provider': {
    status: 404,
    headers: {},
    body: '{"message":"Not found"}',
    url: 'https://api.dellin.ru/v2/x.json',
  },
};
const headerSection = {};
for (const [id, { url, ...response }] of Object.entries(headerCases)) {
  headerSection[id] = {
    detected: tryDecode({ body: '', ...response }, { url, now }),
    http: tryDecode({ body: '', ...response }, { provider: 'http', url, now }),
  };
}

// ---------------------------------------------------------------------------
// 2. Every catalog entry, encoded by every dialect of its provider

const FIELDS = [
  { path: 'contact.phone', code: 'InvalidPhone', message: 'Неверный номер телефона' },
  { path: 'items.0.id' },
];

function paramsOf(entry) {
  if (!entry.params) return undefined;
  const params = {};
  for (const [name, spec] of Object.entries(entry.params)) {
    params[name] = spec.type === 'number' ? 7 : `value of ${name}`;
  }
  return params;
}

/** A record of a catalog entry, the way buildRecord() makes one for a known code. */
function recordOf(provider, entry, rich) {
  const lang = rich ? 'ru' : 'en';
  const record = {
    provider,
    code: entry.code,
    status: entry.status,
    category: entry.category,
    retryable: entry.retryable,
    title: entry.title[lang],
    lang,
    fields: rich ? FIELDS : [],
    known: true,
    name: entry.name,
    key: entry.variant ? `${entry.code}.${entry.variant}` : entry.code,
  };
  if (entry.docs !== undefined) record.docs = entry.docs;
  if (rich) {
    record.detail = 'Подробность ошибки: the provider said so (42)';
    record.retryAfterMs = 30_000;
    const params = paramsOf(entry);
    if (params) record.params = params;
  }
  return record;
}

const problem = dialects.find((d) => d.id === 'problem');
const encodedSection = {};
/** Encoded bodies, the pool the mutations draw from. */
const encodedPool = [];
for (const [provider, catalog] of Object.entries(catalogs)) {
  const own = dialects.filter((d) => d.provider === provider);
  const targets = problem && !own.includes(problem) ? [...own, problem] : own;
  catalog.entries.forEach((entry, i) => {
    for (const rich of [false, true]) {
      const record = recordOf(provider, entry, rich);
      for (const dialect of targets) {
        for (const format of dialect.formats.filter((f) => f === 'json' || f === 'xml')) {
          const id = `${provider}/${String(i).padStart(3, '0')}:${record.key}/${rich ? 'rich' : 'plain'}/${dialect.id}.${format}`;
          let encoded;
          counts.encodes++;
          try {
            encoded = encode(record, { dialect: dialect.id, format, now });
          } catch (error) {
            encodedSection[id] = { encoded: thrown(error) };
            continue;
          }
          encodedSection[id] = {
            encoded,
            named: tryDecode(encoded, { provider: dialect.id, lang: record.lang, now }),
            detected: tryDecode(encoded, { lang: record.lang, now }),
          };
          encodedPool.push({ id, provider: dialect.id, response: encoded });
        }
      }
    }
  });
}

// ---------------------------------------------------------------------------
// 3. Mutated bodies

const UNKNOWN_CODE = 'KODEX_UNKNOWN_CODE_7';
const HUGE = '123456789012345678901234567890';
const CODE_KEYS = /^(code|error_code|errorCode|error|reason|status_code|type)$/i;
const HTML =
  '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>';

function tryJson(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Sets every code-like member (at any depth) to `to`; whether any was found. */
function replaceCodes(value, to) {
  let found = false;
  const walk = (v) => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      for (const key of Object.keys(v)) {
        const x = v[key];
        if (CODE_KEYS.test(key) && (typeof x === 'string' || typeof x === 'number')) {
          v[key] = to;
          found = true;
        } else walk(x);
      }
    }
  };
  walk(value);
  return found;
}

function mutations(body) {
  const text = typeof body === 'string' ? body : '';
  const out = {};
  const cuts = [
    ...new Set([1, Math.floor(text.length / 2), text.length - 1, randomInt(text.length + 1)]),
  ]
    .filter((n) => n >= 0 && n < text.length)
    .sort((a, b) => a - b);
  for (const n of cuts) out[`truncate@${n}`] = text.slice(0, n);
  const parsed = tryJson(text);
  if (
    parsed.ok &&
    parsed.value &&
    typeof parsed.value === 'object' &&
    !Array.isArray(parsed.value)
  ) {
    const keys = Object.keys(parsed.value);
    if (keys.length) {
      const key = keys[randomInt(keys.length)];
      const copy = structuredClone(parsed.value);
      delete copy[key];
      out[`drop-key:${key}`] = JSON.stringify(copy);
    }
  }
  if (parsed.ok) {
    const unknown = structuredClone(parsed.value);
    if (replaceCodes(unknown, UNKNOWN_CODE)) out['unknown-code'] = JSON.stringify(unknown);
    const huge = structuredClone(parsed.value);
    if (replaceCodes(huge, '@@HUGE@@')) {
      out['huge-code'] = JSON.stringify(huge).replaceAll('"@@HUGE@@"', HUGE);
    }
  } else if (/<code>[^<]*<\/code>/.test(text)) {
    out['unknown-code'] = text.replace(/<code>[^<]*<\/code>/g, `<code>${UNKNOWN_CODE}</code>`);
    out['huge-code'] = text.replace(/<code>[^<]*<\/code>/g, `<code>${HUGE}</code>`);
  }
  out['wrap-array'] = `[${text}]`;
  out.html = HTML;
  out.empty = '';
  const nonObject = ['"just a string"', '42', 'true', 'null', '[1,2,3]', '{"a":'];
  out['non-object'] = nonObject[randomInt(nonObject.length)];
  return out;
}

const pool = [
  ...sample(
    fixtures.map((f) => ({
      id: `fixture:${f.id}`,
      provider: f.provider,
      response: f.fixture.response,
    })),
    60,
  ),
  ...sample(
    encodedPool.map((e) => ({ ...e, id: `encoded:${e.id}` })),
    140,
  ),
];
const mutatedSection = {};
for (const { id, provider, response } of pool) {
  for (const [mutation, body] of Object.entries(mutations(response.body))) {
    const headers = { ...(response.headers ?? {}) };
    if (mutation === 'html') headers['content-type'] = 'text/html; charset=utf-8';
    const mutated = { status: response.status, headers, body };
    mutatedSection[`${id}#${mutation}`] = {
      body,
      named: tryDecode(mutated, { provider, now }),
      detected: tryDecode(mutated, { now }),
    };
  }
}

// ---------------------------------------------------------------------------
// 4. Lookup: list, explain, search

const lookupSection = { list: {}, explain: {}, search: {} };
lookupSection.list['(all)'] = tryCall(() => list());
lookupSection.list['(unknown provider)'] = tryCall(() => list('nosuchprovider'));
for (const [provider, catalog] of Object.entries(catalogs)) {
  const entries = catalog.entries;
  lookupSection.list[provider] = tryCall(() => list(provider));
  const category = entries[0]?.category;
  lookupSection.list[`${provider} category=${category}`] = tryCall(() =>
    list(provider, { category }),
  );
  lookupSection.list[`${provider} status=400`] = tryCall(() => list(provider, { status: 400 }));
  const picks = [...new Set([0, Math.floor(entries.length / 2), entries.length - 1])].map(
    (i) => entries[i],
  );
  for (const entry of picks) {
    lookupSection.explain[`${provider} ${entry.code}`] = tryCall(() =>
      explain(provider, entry.code),
    );
    lookupSection.explain[`${provider} ${entry.code} status=${entry.status}`] = tryCall(() =>
      explain(provider, entry.code, { status: entry.status, section: entry.section }),
    );
    lookupSection.explain[`${provider} name:${entry.name}`] = tryCall(() =>
      explain(provider, entry.name),
    );
  }
  lookupSection.explain[`${provider} (unknown code)`] = tryCall(() =>
    explain(provider, 'NO_SUCH_CODE_9'),
  );
  lookupSection.explain[`${provider} (numeric 404)`] = tryCall(() => explain(provider, 404));
  lookupSection.search[`error provider=${provider}`] = tryCall(() =>
    search('ошибка error', { provider, limit: 5 }),
  );
  lookupSection.search[`${entries[0]?.name} provider=${provider}`] = tryCall(() =>
    search(String(entries[0]?.name), { provider }),
  );
}
lookupSection.explain['(unknown provider)'] = tryCall(() => explain('nosuchprovider', '1'));
lookupSection.explain['amocrm 244 section=tasks'] = tryCall(() =>
  explain('amocrm', '244', { section: 'tasks' }),
);
lookupSection.explain['google required status=401'] = tryCall(() =>
  explain('google', 'required', { status: 401 }),
);
for (const query of [
  'квота',
  'rate limit',
  'not found',
  'токен истёк',
  'invalid api key',
  'too many requests',
  'превышен лимит',
  'qouta exceded',
  'авторизация',
  '',
  '   ',
  'B011',
]) {
  lookupSection.search[query] = tryCall(() => search(query));
  lookupSection.search[`${query} limit=3`] = tryCall(() => search(query, { limit: 3 }));
}

// ---------------------------------------------------------------------------
// 5. The CLI

const tmp = mkdtempSync(join(tmpdir(), 'kodex-snapshot-'));
const env = {
  PATH: process.env.PATH,
  HOME: tmp,
  NO_COLOR: '1',
  COLUMNS: '100',
  CI: 'true',
  TZ: 'UTC',
  LANG: 'C.UTF-8',
};

/** Replaces the temporary directory (a random name) with <TMP>. */
const untemp = (text) => text.split(tmp).join('<TMP>');

const cliSection = {};
function cli(label, args, { input, files } = {}) {
  counts.cli++;
  const result = spawnSync(process.execPath, [cliMain, ...args], {
    cwd: tmp,
    env,
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = {
    args: args.map(untemp),
    status: result.status,
    signal: result.signal,
    stdout: untemp(result.stdout ?? ''),
    stderr: untemp(result.stderr ?? ''),
  };
  if (input !== undefined) out.stdin = input;
  if (result.error) out.error = result.error.message;
  if (files) out.files = readTree(files);
  cliSection[label] = out;
}

function readTree(dir) {
  const out = {};
  const walk = (d) => {
    let names;
    try {
      names = readdirSync(d, { withFileTypes: true });
    } catch (error) {
      out['<unreadable>'] = error.code;
      return;
    }
    for (const e of names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else out[relative(dir, path)] = untemp(readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

cli('--version', ['--version']);
cli('--help', ['--help']);
cli('(no command)', []);
cli('(unknown command)', ['frobnicate']);
for (const command of ['explain', 'list', 'search', 'summary', 'decode', 'mock', 'docs', 'serve']) {
  cli(`${command} --help`, [command, '--help']);
}

// decode: a seeded pick of one fixture per provider, a body file each.
const bodyDir = join(tmp, 'bodies');
mkdirSync(bodyDir);
const byProvider = new Map();
for (const f of fixtures) byProvider.set(f.provider, [...(byProvider.get(f.provider) ?? []), f]);
const cliFixtures = [...byProvider.values()].map((list) => list[randomInt(list.length)]);
const headerArgs = (response) =>
  Object.entries(response.headers ?? {}).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
cliFixtures.forEach((f, i) => {
  const response = f.fixture.response;
  const file = join(bodyDir, f.id.replace('/', '__'));
  writeFileSync(file, response.body ?? '');
  const base = ['--status', String(response.status), ...headerArgs(response)];
  cli(`decode ${f.id} --provider`, ['decode', '--provider', f.provider, ...base, file]);
  cli(`decode ${f.id} (detected) --json`, ['decode', '--json', ...base, file]);
  if (i % 3 === 0) cli(`decode ${f.id} (detected)`, ['decode', ...base, file]);
  if (i % 3 === 1) cli(`decode ${f.id} --lang ru`, ['decode', '--lang', 'ru', ...base, file]);
  if (i % 3 === 2) {
    cli(
      `decode ${f.id} stdin --provider --json`,
      ['decode', '--provider', f.provider, '--json', ...base, '-'],
      {
        input: response.body ?? '',
      },
    );
  }
});
cli('decode (no status, stdin)', ['decode'], {
  input: '{"error":"AK100310-02","code":"invalid_api_key"}',
});
cli(
  'decode --url',
  ['decode', '--status', '404', '--url', 'https://api.dellin.ru/v2/x.json', '-'],
  {
    input: '{"message":"Not found"}',
  },
);
cli('decode (unknown provider)', ['decode', '--provider', 'nosuch', '-'], { input: '{}' });
cli('decode (missing file)', ['decode', join(tmp, 'no-such-file.json')]);
cli('decode (bad status)', ['decode', '--status', 'abc', '-'], { input: '{}' });

// decode --jsonl: every fixture, one line each, named / detected / ru; and a few odd lines.
const jsonl = (named) =>
  `${fixtures
    .map(({ provider, fixture: { response } }) =>
      JSON.stringify({
        status: response.status,
        headers: response.headers ?? {},
        body: response.body ?? '',
        ...(named ? { provider } : {}),
      }),
    )
    .join('\n')}\n`;
cli('decode --jsonl (all fixtures, named)', ['decode', '--jsonl'], { input: jsonl(true) });
cli('decode --jsonl (all fixtures, detected)', ['decode', '--jsonl'], { input: jsonl(false) });
cli('decode --jsonl --lang ru (all fixtures, detected)', ['decode', '--jsonl', '--lang', 'ru'], {
  input: jsonl(false),
});
cli('decode --jsonl (odd lines)', ['decode', '--jsonl'], {
  input: [
    '{"status":402,"headers":{},"body":"{\\"state\\":\\"fail\\",\\"event\\":{\\"code\\":\\"B011\\"}}"}',
    '',
    'not json',
    '{"status":200,"headers":{},"body":"{}"}',
    '{"status":404,"body":"{\\"message\\":\\"Not found\\"}","url":"https://api.dellin.ru/v2/x.json"}',
    '{"status":500,"headers":{},"body":"x","provider":"nosuch"}',
    '[1,2]',
    '',
  ].join('\n'),
});

// explain
cli('explain avtocod B011', ['explain', 'avtocod', 'B011']);
cli('explain avtocod B011 --json', ['explain', 'avtocod', 'B011', '--json']);
cli('explain amocrm 110 --lang ru', ['explain', 'amocrm', '110', '--lang', 'ru']);
cli('explain amocrm 244 --section tasks --json', [
  'explain',
  'amocrm',
  '244',
  '--section',
  'tasks',
  '--json',
]);
cli('explain google required --status 401 --lang en', [
  'explain',
  'google',
  'required',
  '--status',
  '401',
  '--lang',
  'en',
]);
cli('explain avtocod NoQuoteDay', ['explain', 'avtocod', 'NoQuoteDay']);
cli('explain dellin (unknown code)', ['explain', 'dellin', 'NO_SUCH_CODE_9']);
cli('explain (unknown provider)', ['explain', 'amocrn', '110']);
cli('explain (missing code)', ['explain', 'amocrm']);

// list
for (const provider of Object.keys(catalogs))
  cli(`list --provider ${provider}`, ['list', '--provider', provider]);
cli('list --category rate_limited', ['list', '--category', 'rate_limited']);
cli('list --category rate_limited --json', ['list', '--category', 'rate_limited', '--json']);
cli('list --provider mobizon --json --lang ru', [
  'list',
  '--provider',
  'mobizon',
  '--json',
  '--lang',
  'ru',
]);
cli('list --status 429 --lang en', ['list', '--status', '429', '--lang', 'en']);
cli('list --category nosuch', ['list', '--category', 'nosuch']);

// search
cli('search квота', ['search', 'квота']);
cli('search "rate limit" --json', ['search', 'rate limit', '--json']);
cli('search токен истёк --lang ru', ['search', 'токен', 'истёк', '--lang', 'ru']);
cli('search not found --provider google --limit 3', [
  'search',
  'not',
  'found',
  '--provider',
  'google',
  '--limit',
  '3',
]);
cli('search (no hits)', ['search', 'zzzqqqxxx']);

// summary
cli('summary', ['summary']);
cli('summary --json', ['summary', '--json']);

// docs, into the temporary directory
for (const provider of ['amocrm', 'dellin']) {
  for (const format of ['md', 'html']) {
    const out = join(tmp, `docs-${provider}-${format}`);
    cli(
      `docs --provider ${provider} --format ${format}`,
      ['docs', '--provider', provider, '--format', format, '--out', out],
      {
        files: out,
      },
    );
  }
}
const openapiOut = join(tmp, 'docs-avtocod-openapi');
cli(
  'docs --provider avtocod --format openapi --lang ru',
  ['docs', '--provider', 'avtocod', '--format', 'openapi', '--lang', 'ru', '--out', openapiOut],
  { files: openapiOut },
);
cli('docs (bad format)', ['docs', '--format', 'pdf', '--out', join(tmp, 'docs-bad')]);

rmSync(tmp, { recursive: true, force: true });

// ---------------------------------------------------------------------------
// Output

const snapshot = {
  meta: {
    clock: new Date(NOW_MS).toISOString(),
    seed: 42,
    counts: {
      fixtures: fixtures.length,
      encoded: Object.keys(encodedSection).length,
      mutated: Object.keys(mutatedSection).length,
      decodes: counts.decodes,
      encodes: counts.encodes,
      lookups: counts.lookups,
      cli: counts.cli,
    },
  },
  fixtures: fixtureSection,
  headers: headerSection,
  encoded: encodedSection,
  mutated: mutatedSection,
  lookup: lookupSection,
  keyOrders: Object.fromEntries(keyOrders),
  cli: cliSection,
};
process.stdout.write(stringify(snapshot));

const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stderr.write(
  `output-snapshot: ${fixtures.length} fixtures, ${Object.keys(headerSection).length} header cases, ` +
    `${Object.keys(encodedSection).length} encodings (${counts.encodes} encode calls), ` +
    `${Object.keys(mutatedSection).length} mutated bodies from ${pool.length}, ` +
    `${counts.decodes} decodes, ${counts.lookups} lookups, ${counts.cli} CLI runs, ` +
    `${keyOrders.size} record key orders, in ${seconds} s\n`,
);
