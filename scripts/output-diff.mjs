#!/usr/bin/env node
// Compares two output snapshots of scripts/output-snapshot.mjs.
//
//   node scripts/output-diff.mjs before.json after.json [--max N]
//
// Prints every differing entry (section/key, e.g. `encoded/amocrm/000:110/plain/amocrm.json`)
// as added, removed or changed; for a changed one, up to three differing
// members with a short before/after excerpt (for long texts, around the first
// differing character). Ends with the count per section. Exit status: 0 when
// the snapshots are the same, 1 when any entry differs, 2 on a usage error.
// --max N prints at most N entries (default 200); the counts cover them all.

import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
let max = 200;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--max') max = Number(args[++i]);
  else files.push(args[i]);
}
if (files.length !== 2 || !Number.isInteger(max) || max < 0) {
  process.stderr.write('usage: node scripts/output-diff.mjs before.json after.json [--max N]\n');
  process.exit(2);
}

function load(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    process.stderr.write(`cannot read ${file}: ${error.message}\n`);
    process.exit(2);
  }
}
const [before, after] = files.map(load);

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The entries compared one by one: section/key (meta and keyOrders are compared whole). */
function entries(snapshot) {
  const out = new Map();
  for (const [section, value] of Object.entries(snapshot)) {
    if (section === 'lookup' && isObject(value)) {
      for (const [kind, inner] of Object.entries(value)) {
        if (!isObject(inner)) out.set(`lookup/${kind}`, inner);
        else for (const [key, v] of Object.entries(inner)) out.set(`lookup/${kind}/${key}`, v);
      }
    } else if (isObject(value) && section !== 'meta' && section !== 'keyOrders') {
      for (const [key, v] of Object.entries(value)) out.set(`${section}/${key}`, v);
    } else out.set(section, value);
  }
  return out;
}

/** The paths at which a and b differ (leaves, or where one side lacks a member). */
function differences(a, b, path, out) {
  if (out.length >= 3) return out;
  if (a === b) return out;
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      differences(a[key], b[key], `${path}.${key}`, out);
    }
  } else if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (let i = 0; i < a.length; i++) differences(a[i], b[i], `${path}[${i}]`, out);
  } else if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, a, b });
  return out;
}

const WIDTH = 160;
function excerpt(value, at) {
  if (value === undefined) return '(absent)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const start = Math.max(0, Math.min(at - 40, text.length - WIDTH));
  const cut = text.slice(start, start + WIDTH);
  const shown = `${start > 0 ? '…' : ''}${cut}${start + WIDTH < text.length ? '…' : ''}`;
  // Texts quoted (escapes show newlines); other values as their JSON.
  return typeof value === 'string' ? JSON.stringify(shown) : shown;
}
function firstDifference(a, b) {
  if (typeof a !== 'string' || typeof b !== 'string') return 0;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

const left = entries(before);
const right = entries(after);
const perSection = new Map();
let printed = 0;
let differing = 0;
const out = [];
for (const key of [...new Set([...left.keys(), ...right.keys()])].sort()) {
  const a = left.get(key);
  const b = right.get(key);
  if (JSON.stringify(a) === JSON.stringify(b)) continue;
  differing++;
  const section = key.split('/')[0];
  perSection.set(section, (perSection.get(section) ?? 0) + 1);
  if (printed >= max) continue;
  printed++;
  if (!left.has(key)) {
    out.push(`+ ${key} (added)`, `    after:  ${excerpt(b, 0)}`);
    continue;
  }
  if (!right.has(key)) {
    out.push(`- ${key} (removed)`, `    before: ${excerpt(a, 0)}`);
    continue;
  }
  out.push(`~ ${key}`);
  for (const d of differences(a, b, '', [])) {
    const at = firstDifference(d.a, d.b);
    out.push(
      `    ${d.path || '(whole)'}`,
      `      before: ${excerpt(d.a, at)}`,
      `      after:  ${excerpt(d.b, at)}`,
    );
  }
}
if (out.length) process.stdout.write(`${out.join('\n')}\n`);
if (printed < differing)
  process.stdout.write(`… and ${differing - printed} more (--max ${differing})\n`);
const bySection = [...perSection].map(([s, n]) => `${s} ${n}`).join(', ');
process.stdout.write(
  differing
    ? `${differing} of ${new Set([...left.keys(), ...right.keys()]).size} entries differ (${bySection})\n`
    : `no differences in ${left.size} entries\n`,
);
process.exit(differing ? 1 : 0);
