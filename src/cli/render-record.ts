import { defaultLookup } from '../lookup/index.js';
import type { Lang } from '../model/catalog.js';
import { CATEGORY_ADVICE } from '../model/categories.js';
import type { ErrorRecord } from '../model/record.js';
import { type CliIo, colors } from './io.js';
import { cardLabels, padLabel } from './labels.js';
import { visible as v } from './visible.js';

function providerName(id: string): string {
  return defaultLookup().catalogs.find((c) => c.id === id)?.name ?? id;
}

/**
 * What the error is and what to do about it, for a person. Every text of the
 * record may come from the response, so each is made visible (see `visible`).
 */
export function renderRecord(io: CliIo, record: ErrorRecord, lang: Lang): string {
  const c = colors(io);
  const t = cardLabels(lang);
  const label = (text: string) => c.dim(padLabel(text, lang));
  const lines: string[] = [];
  const name = record.name ? ` ${c.dim('·')} ${c.cyan(v(record.name))}` : '';
  const known = record.known ? '' : c.yellow(` (${t.notInCatalog})`);
  lines.push(`${c.bold(v(`${providerName(record.provider)} ${record.code}`))}${name}${known}`);
  lines.push(`  ${v(record.title)}`);
  const facts = [`HTTP ${record.status}`, c.yellow(record.category)];
  facts.push(record.retryable ? c.green(t.retryable) : c.red(t.notRetryable));
  if (record.retryAfterMs !== undefined)
    facts.push(
      t.retryAfter((record.retryAfterMs / 1000).toFixed(record.retryAfterMs % 1000 ? 1 : 0)),
    );
  lines.push(`  ${facts.join(c.dim(' · '))}`);
  if (record.detail) lines.push(`  ${label(t.detail)} ${v(record.detail)}`);
  if (record.params && Object.keys(record.params).length) {
    const list = Object.entries(record.params).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    lines.push(`  ${label(t.parameters)} ${v(list.join(', '))}`);
  }
  if (record.fields.length) {
    lines.push(`  ${c.dim(t.fields)}`);
    for (const f of record.fields) {
      const extra = [
        f.code && c.cyan(v(f.code)),
        f.message && v(f.message),
        f.validValues && v(`${t.valid}: ${JSON.stringify(f.validValues)}`),
        f.badValues && v(`${t.bad}: ${JSON.stringify(f.badValues)}`),
      ].filter(Boolean);
      lines.push(`    ${v(f.path)}  ${extra.join('  ')}`);
    }
  }
  lines.push(`  ${label(t.whatToDo)} ${CATEGORY_ADVICE[record.category][lang]}`);
  if (record.docs) lines.push(`  ${label(t.docs)} ${c.underline(v(record.docs))}`);
  for (const w of record.warnings ?? [])
    lines.push(`  ${c.magenta(padLabel(t.warning, lang))} ${v(w)}`);
  if (record.others?.length) {
    lines.push('', `  ${c.bold(t.more(record.others.length))}`);
    for (const o of record.others) {
      lines.push(
        `    ${c.cyan(v(o.code))}  ${o.category}  ${v(`${o.title}${o.detail ? ` — ${o.detail}` : ''}`)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
