// `npm run bench:triage`: kodex triage on a generated HAR file of 1 GB
// (TRIAGE_MB overrides), as a child process: its peak RSS (the kernel's
// high-water mark, reported by the child at exit) and its throughput in MB/s.
// Beside it, in this process, the floors: reading the file, and reading it
// split into entries and parsed (no decoding), in MB/s. Targets (issue 14):
// RSS ≤ 200 MB, ≥ 25 MB/s. See bench/README.md, "kodex triage".

import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHarSplitter } from '../dist/triage/har-entries.js';

const MB = 1024 * 1024;
const TARGET_MB = Number(process.env.TRIAGE_MB ?? 1024);
const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

// A small deterministic generator (mulberry32): the same file every run.
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Answers of several providers, by their hosts, with the share of each.
const ANSWERS = [
  { weight: 40, url: 'https://www.googleapis.com/drive/v3/files', status: 200, body: 'success' },
  { weight: 15, url: 'https://example.amocrm.ru/api/v4/leads', status: 200, body: 'success' },
  {
    weight: 6,
    url: 'https://example.amocrm.ru/api/v4/leads',
    status: 429,
    headers: [['Retry-After', '1']],
    body: '{"title":"Too Many Requests","type":"https://httpstatus.es/429","status":429,"detail":"Too Many Requests"}',
  },
  {
    weight: 4,
    url: 'https://www.googleapis.com/drive/v3/files',
    status: 503,
    headers: [['Retry-After', '5']],
    body: '{"error":{"code":503,"message":"The service is currently unavailable.","status":"UNAVAILABLE"}}',
  },
  {
    weight: 4,
    url: 'https://www.googleapis.com/drive/v3/files',
    status: 403,
    body: '{"error":{"errors":[{"domain":"usageLimits","reason":"rateLimitExceeded","message":"Rate Limit Exceeded"}],"code":403,"message":"Rate Limit Exceeded"}}',
  },
  {
    weight: 4,
    url: 'https://b2b-api.avtocod.ru/b2b/api/v1/user/reports',
    status: 402,
    body: '{"state":"fail","event":{"code":"B011","cls":"Billing","type":"NoQuoteDay","name":"Исчерпан дневной лимит","message":"Исчерпан дневной лимит запросов","data":{"day_quote":100}}}',
  },
  {
    weight: 3,
    url: 'https://b2b-api.avtocod.ru/b2b/api/v1/user/reports',
    status: 422,
    body: '{"state":"fail","event":{"code":"D299","cls":"Data","type":"VinChecksumMismatch","name":"Неверная контрольная сумма VIN","message":"Контрольная сумма VIN не совпадает"}}',
  },
  {
    weight: 5,
    url: 'https://api.mobizon.kz/service/message/sendsmsmessage',
    status: 200,
    body: '{"code":1,"data":"","message":"Invalid phone number"}',
  },
  {
    weight: 5,
    url: 'https://api.dellin.ru/v2/request.json',
    status: 400,
    body: '{"metadata":{"status":400},"errors":[{"code":180012,"title":"Invalid value","detail":"Bad date","fields":["date"]}]}',
  },
  {
    weight: 6,
    url: 'https://api.shop.example/v1/orders',
    status: 500,
    body: '<html><body>Internal Server Error</body></html>',
  },
  {
    weight: 5,
    url: 'https://api.shop.example/v1/orders',
    status: 404,
    body: '{"message":"Not found"}',
  },
  { weight: 3, url: 'https://api.shop.example/v1/orders', status: 0, body: '' },
];
const TOTAL_WEIGHT = ANSWERS.reduce((s, a) => s + a.weight, 0);

/** The answer whose share of the weights holds `at`. */
function pickAnswer(at) {
  let left = at;
  for (const answer of ANSWERS) {
    left -= answer.weight;
    if (left < 0) return answer;
  }
  return ANSWERS[0];
}

function successBody(rand) {
  const items = Array.from({ length: 5 + Math.floor(rand() * 60) }, (_, i) => ({
    id: `${i}-${Math.floor(rand() * 1e9)}`,
    name: `Item ${i}`,
    tags: ['a', 'b', 'c'],
    price: Math.round(rand() * 1e5) / 100,
  }));
  return JSON.stringify({ kind: 'list', items, nextPageToken: 'x'.repeat(20) });
}

/** Writes a HAR file of about `mb` MB: mixed providers and statuses, every 20,000th body 2–8 MB. */
async function writeHar(path, mb) {
  const rand = random(14);
  const out = createWriteStream(path);
  let written = 0;
  const write = async (text) => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise((r) => out.once('drain', r));
  };
  await write(
    '{"log":{"version":"1.2","creator":{"name":"kodex bench","version":"1"},"pages":[],"entries":[\n',
  );
  let time = Date.UTC(2026, 11, 6);
  let i = 0;
  while (written < mb * MB) {
    const answer = pickAnswer(rand() * TOTAL_WEIGHT);
    const big = i % 20_000 === 19_999;
    const body = big
      ? JSON.stringify({ blob: 'z'.repeat(2 * MB + Math.floor(rand() * 6 * MB)) })
      : answer.body === 'success'
        ? successBody(rand)
        : answer.body;
    time += Math.floor(rand() * 200);
    const entry = {
      startedDateTime: new Date(time).toISOString(),
      time: 20,
      request: {
        method: rand() < 0.8 ? 'GET' : 'POST',
        url: `${answer.url}?page=${i % 97}&api_key=bench-secret`,
        httpVersion: 'HTTP/1.1',
        cookies: [],
        headers: [{ name: 'Authorization', value: 'Bearer bench-token-123456' }],
        queryString: [],
        headersSize: -1,
        bodySize: 0,
      },
      response: {
        status: answer.status,
        statusText: '',
        httpVersion: 'HTTP/1.1',
        cookies: [],
        headers: [
          { name: 'Content-Type', value: 'application/json' },
          ...(answer.headers ?? []).map(([name, value]) => ({ name, value })),
        ],
        content: { size: body.length, mimeType: 'application/json', text: body },
        redirectURL: '',
        headersSize: -1,
        bodySize: body.length,
      },
      cache: {},
      timings: { send: 0, wait: 18, receive: 2 },
    };
    await write(`${i ? ',\n' : ''}${JSON.stringify(entry)}`);
    i++;
  }
  await write('\n]}}\n');
  await new Promise((r) => out.end(r));
  return i;
}

/** Reads the file through `onChunk`; MB/s of wall time and of this process's CPU time. */
async function throughput(path, size, onChunk) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  for await (const chunk of createReadStream(path, { highWaterMark: MB })) onChunk(chunk);
  const used = process.cpuUsage(cpu);
  return {
    wall: size / MB / ((performance.now() - start) / 1000),
    cpu: size / MB / ((used.user + used.system) / 1e6),
  };
}

/** Runs kodex triage on the file as a child; its peak RSS (MB), MB/s and report. */
async function runTriage(dir, path, size) {
  // Loaded before the CLI: reports the child's own peak RSS as it exits.
  const preload = join(dir, 'peak-rss.mjs');
  const rssFile = join(dir, 'peak-rss.txt');
  await writeFile(
    preload,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, JSON.stringify(process.resourceUsage())));\n`,
  );
  const report = join(dir, 'report.json');
  const start = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', preload, CLI, 'triage', path, '--format', 'json', '--out', report],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const code = await new Promise((r) => child.on('exit', r));
  const seconds = (performance.now() - start) / 1000;
  if (code !== 0) throw new Error(`kodex triage exited with ${code}: ${stderr}`);
  const usage = JSON.parse(await readFile(rssFile, 'utf8'));
  return {
    rssMb: usage.maxRSS / 1024,
    mbps: size / MB / seconds,
    cpuMbps: size / MB / ((usage.userCPUTime + usage.systemCPUTime) / 1e6),
    seconds,
    report: JSON.parse(await readFile(report, 'utf8')),
  };
}

const dir = await mkdtemp(join(tmpdir(), 'kodex-bench-triage-'));
try {
  const path = join(dir, 'traffic.har');
  const start = performance.now();
  const entries = await writeHar(path, TARGET_MB);
  const { size } = await stat(path);
  console.log(
    `generated ${(size / MB).toFixed(0)} MB HAR, ${entries.toLocaleString('en')} entries, in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );

  const read = await throughput(path, size, () => {});
  let parsed = 0;
  const splitter = createHarSplitter({
    onEntry: (json) => {
      JSON.parse(json);
      parsed++;
    },
    onProblem: () => {},
  });
  const split = await throughput(path, size, (chunk) => splitter.push(chunk));
  splitter.end();
  const run = await runTriage(dir, path, size);
  const t = run.report.totals;
  console.log(
    `floor: read ${read.wall.toFixed(0)} MB/s; split into ${parsed.toLocaleString('en')} entries and JSON.parse each ${split.wall.toFixed(0)} MB/s (${split.cpu.toFixed(0)} MB per CPU second)`,
  );
  console.log(
    `kodex triage: ${run.mbps.toFixed(1)} MB/s (${run.seconds.toFixed(1)} s; target ≥ 25; ${run.cpuMbps.toFixed(0)} MB per CPU second), peak RSS ${run.rssMb.toFixed(0)} MB (target ≤ 200)`,
  );
  console.log(
    `report: ${t.exchanges.toLocaleString('en')} exchanges, ${t.errors.toLocaleString('en')} errors, ${t.noAnswer.toLocaleString('en')} without an answer, ${t.problems} problems; ${run.report.codes.length} codes, ${run.report.notRetried.reduce((s, n) => s + n.count, 0).toLocaleString('en')} not retried`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
