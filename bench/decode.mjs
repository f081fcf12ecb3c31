// npm run bench:decode — decode cost per dialect as a ratio to JSON.parse of
// the same bodies, measured in the same run (see bench/README.md for the traps).
// Targets (issue 3): ≤ 1.5× JSON.parse with the provider named, ≤ 2× detected.
// The floor column is the cheapest decoder conceivable, measured beside them:
// JSON.parse, then the record of the code kodex found (told, not read from
// the body), looked up in the catalog and built — no decoder can do less.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode, list } from '../dist/index.js';
import { flatJson, largeBodies, markupAtCap } from './large-bodies.mjs';

const root = fileURLToPath(new URL('../test/fixtures/responses/', import.meta.url));
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const TARGET_MS = Number(process.env.TARGET_MS ?? 150);

/** Error bodies of a provider's fixtures that parse as JSON (the ratio is to JSON.parse). */
function corpus(provider) {
  return readdirSync(join(root, provider))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(root, provider, f), 'utf8')))
    .filter((fx) => fx.expected !== null && typeof fx.response.body === 'string')
    .map((fx) => fx.response)
    .filter((r) => {
      try {
        JSON.parse(r.body);
        return r.body.trimStart().startsWith('{');
      } catch {
        return false;
      }
    });
}

let sink = 0; // consumed results, so the engine cannot drop the work

const entriesOf = new Map();
for (const e of list()) {
  if (!entriesOf.has(e.provider)) entriesOf.set(e.provider, new Map());
  entriesOf.get(e.provider).set(e.code, e);
}
const NO_FIELDS = Object.freeze([]);

/** The floor's record: what kodex returns for a known code, with nothing found in the body. */
function floorRecord(provider, code, status, entry) {
  return entry
    ? {
        provider,
        code,
        status,
        category: entry.category,
        retryable: entry.retryable,
        title: entry.title.en,
        lang: 'en',
        fields: NO_FIELDS,
        known: true,
        name: entry.name,
        key: entry.key,
      }
    : {
        provider,
        code,
        status,
        category: 'unknown',
        retryable: false,
        title: code,
        lang: 'en',
        fields: NO_FIELDS,
        known: false,
      };
}

const tasks = {
  parse: (rs) => {
    for (const r of rs) sink += JSON.parse(r.body) ? 1 : 0;
  },
  floor: (rs, provider, found) => {
    const codes = entriesOf.get(provider);
    for (let i = 0; i < rs.length; i++) {
      const body = JSON.parse(rs[i].body);
      const record = floorRecord(provider, found[i], rs[i].status, codes?.get(found[i]));
      sink += body ? record.code.length : 0;
    }
  },
  named: (rs, provider) => {
    for (const r of rs) sink += decode(r, { provider })?.code.length ?? 0;
  },
  detected: (rs) => {
    for (const r of rs) sink += decode(r)?.code.length ?? 0;
  },
};

/** Iterations of `fn` that take about TARGET_MS, found once, then fixed. */
function calibrate(fn) {
  let n = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < n; i++) fn();
    if (performance.now() - t > TARGET_MS / 4)
      return Math.ceil((n * TARGET_MS) / Math.max(1, performance.now() - t));
    n *= 2;
  }
}

/** Prints rows under a header, in columns aligned right but for those in `left`. */
function printTable(header, rows, left = []) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  for (const r of [header, ...rows]) {
    const cells = r.map((c, i) =>
      left.includes(i) ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]),
    );
    console.log(cells.join('  ').trimEnd());
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const providers = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

console.log(
  `decode benchmark — node ${process.version}, ${ROUNDS} interleaved rounds, median ns per body\n`,
);
const header = [
  'dialect',
  'bodies',
  'JSON.parse',
  'floor',
  '×parse',
  'named',
  '×parse',
  'detected',
  '×parse',
];
const KINDS = ['parse', 'floor', 'named', 'detected'];
const rows = [];
let worstNamed = 0;
let worstDetected = 0;
let worstFloor = 0;
for (const provider of providers) {
  const bodies = corpus(provider);
  if (!bodies.length) continue;
  // The code of each body's primary error, for the floor to be told.
  const found = bodies.map((r) => decode(r, { provider })?.code ?? '');
  const fns = Object.fromEntries(
    Object.entries(tasks).map(([k, f]) => [k, () => f(bodies, provider, found)]),
  );
  for (const fn of Object.values(fns)) for (let i = 0; i < 200; i++) fn(); // warm up
  const iterations = Object.fromEntries(Object.entries(fns).map(([k, fn]) => [k, calibrate(fn)]));
  const samples = Object.fromEntries(KINDS.map((k) => [k, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Interleave them so drift in the machine hits them alike.
    for (const k of round % 2 ? [...KINDS].reverse() : KINDS) {
      const t = performance.now();
      for (let i = 0; i < iterations[k]; i++) fns[k]();
      samples[k].push(((performance.now() - t) * 1e6) / (iterations[k] * bodies.length));
    }
  }
  const [p, f, n, d] = KINDS.map((k) => median(samples[k]));
  worstFloor = Math.max(worstFloor, f / p);
  worstNamed = Math.max(worstNamed, n / p);
  worstDetected = Math.max(worstDetected, d / p);
  rows.push([
    provider,
    bodies.length,
    p.toFixed(0),
    f.toFixed(0),
    (f / p).toFixed(2),
    n.toFixed(0),
    (n / p).toFixed(2),
    d.toFixed(0),
    (d / p).toFixed(2),
  ]);
}
printTable(header, rows);
console.log(
  `\nworst ratio: named ${worstNamed.toFixed(2)}× (target ≤ 1.5×), detected ${worstDetected.toFixed(2)}× (target ≤ 2×); floor up to ${worstFloor.toFixed(2)}×`,
);

// kodex decode --jsonl throughput, through the real binary.
const lines = [];
for (const provider of providers) for (const r of corpus(provider)) lines.push(JSON.stringify(r));
const LINES = Number(process.env.JSONL_LINES ?? 20000);
const input = Array.from({ length: LINES }, (_, i) => lines[i % lines.length]).join('\n');
const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const t = performance.now();
const out = execFileSync(process.execPath, [bin, 'decode', '--jsonl'], {
  input,
  maxBuffer: 1 << 30,
});
const seconds = (performance.now() - t) / 1000;
const written = out.toString().trim().split('\n').length;
console.log(
  `\nkodex decode --jsonl: ${LINES} lines in ${seconds.toFixed(2)} s = ${Math.round(LINES / seconds)} lines/s (process start included), ${written} records written`,
);

// The cost of large bodies (issue 10): each kind of 1 MiB body, decoded with
// the default cap, against JSON.parse of a flat 1 MiB JSON object in the same
// rounds; and each kind at 4 MiB with the cap raised, to show the cost linear.
const MiB = 1024 * 1024;
const LARGE_ROUNDS = Number(process.env.LARGE_ROUNDS ?? 5);
const flat = flatJson(MiB);
const large = largeBodies(MiB);
const larger = largeBodies(4 * MiB);
const atCap = markupAtCap();
const largeTasks = [
  ['JSON.parse', () => JSON.parse(flat)],
  ...[...large, ...atCap].map(({ kind, response }) => [kind, () => decode(response)]),
  ...larger.map(({ kind, response }) => [
    `${kind} ×4`,
    () => decode(response, { maxBodyBytes: Infinity }),
  ]),
];
const largeSamples = new Map(largeTasks.map(([name]) => [name, []]));
for (const [, fn] of largeTasks) sink += fn() ? 1 : 0; // warm up
for (let round = 0; round < LARGE_ROUNDS; round++) {
  for (const [name, fn] of round % 2 ? [...largeTasks].reverse() : largeTasks) {
    const t = performance.now();
    sink += fn() ? 1 : 0;
    largeSamples.get(name).push(performance.now() - t);
  }
}
const parseMs = median(largeSamples.get('JSON.parse'));
console.log(
  `\nlarge bodies — ${LARGE_ROUNDS} interleaved rounds, median ms; JSON.parse of a flat 1 MiB object: ${parseMs.toFixed(1)} ms\n`,
);
const largeHeader = ['body', 'ms', '×parse', '4 MiB ms', '×1 MiB', 'warnings'];
const largeRows = [];
let worstLarge = 0;
let worstGrowth = 0;
for (const { kind, response } of large) {
  const one = median(largeSamples.get(kind));
  const four = median(largeSamples.get(`${kind} ×4`));
  worstLarge = Math.max(worstLarge, one / parseMs);
  // Below a twentieth of a JSON.parse, timer and collector noise decide the ratio.
  if (one >= parseMs / 20) worstGrowth = Math.max(worstGrowth, four / one);
  largeRows.push([
    kind,
    one.toFixed(1),
    (one / parseMs).toFixed(2),
    four.toFixed(1),
    (four / one).toFixed(1),
    (decode(response)?.warnings ?? []).join('; '),
  ]);
}
for (const { kind, response } of atCap) {
  const ms = median(largeSamples.get(kind));
  worstLarge = Math.max(worstLarge, ms / parseMs);
  largeRows.push([
    kind,
    ms.toFixed(1),
    (ms / parseMs).toFixed(2),
    '',
    '',
    (decode(response)?.warnings ?? []).join('; '),
  ]);
}
printTable(largeHeader, largeRows, [0, 5]);
console.log(
  `\nworst decode: ${worstLarge.toFixed(2)}× JSON.parse of flat 1 MiB (target ≤ 3×); 4 MiB costs up to ${worstGrowth.toFixed(1)}× 1 MiB (bodies over 1/20 of a parse)`,
);
if (sink === 42) console.log('');
