import type { ExplainedEntry } from '../lookup/lookup.js';
import type { Lang, ProviderCatalog } from '../model/catalog.js';
import { pick } from '../model/catalog.js';
import { CATEGORY_ADVICE, CATEGORY_LABELS } from '../model/categories.js';
import { type CliIo, colors } from './io.js';
import { visible as v } from './visible.js';
import { wrap } from './wrap.js';

/**
 * A readable card for one entry. With a language, only that language; without
 * one, titles and templates in both (Russian as the provider writes it first).
 * Catalog texts are made visible too: a catalog may be a file from anywhere.
 */
export function renderEntryCard(
  io: CliIo,
  entry: ExplainedEntry,
  catalog: ProviderCatalog,
  lang?: Lang,
): string {
  const c = colors(io);
  const langs: Lang[] = lang ? [lang] : ['ru', 'en'];
  const say = (text: { ru?: string; en?: string } | undefined) =>
    langs.map((l) => text?.[l]).flatMap((t) => (t ? [v(t)] : []));
  const section = catalog.sections.find((s) => s.id === entry.section);
  const lines: string[] = [];

  lines.push(
    `${c.bold(v(`${catalog.name} ${entry.code}`))}${entry.variant ? c.dim(v(` (${entry.variant})`)) : ''} ${c.dim('·')} ${c.cyan(v(entry.name))}`,
  );
  for (const title of say(entry.title)) {
    const titleLines =
      io.columns === undefined ? [title] : wrap(title, Math.max(20, io.columns - 2));
    for (const line of titleLines) lines.push(`  ${line}`);
  }
  lines.push('');

  const facts = [
    `HTTP ${entry.status}${entry.statusInferred ? c.dim(' (inferred)') : ''}`,
    c.yellow(entry.category),
    entry.retryable ? c.green('retryable') : c.red('not retryable'),
  ];
  if (entry.kind !== 'error') facts.push(c.magenta(`not an error: ${entry.kind}`));
  lines.push(`  ${facts.join(c.dim(' · '))}`);
  const label = (l: Lang) => CATEGORY_LABELS[entry.category][l];
  // Labelled fields, gathered first so the label column is as wide as its
  // longest label ("template ru"), then laid out; on a terminal each value
  // wraps under itself instead of running past the edge.
  const fields: [label: string, value: string, style?: (text: string) => string][] = [];
  fields.push(['category', langs.map(label).join(' / ')]);
  if (entry.class) fields.push(['class', v(entry.class)]);
  if (section) fields.push(['section', say(section.title).join(' / ')]);
  for (const [i, text] of say(entry.description).entries())
    fields.push([i === 0 ? 'details' : '', text]);
  for (const l of langs) {
    const template = entry.template?.[l];
    if (template) fields.push([`template ${l}`, v(template)]);
  }
  const params = Object.entries(entry.params ?? {});
  if (params.length) fields.push(['parameters', '']);
  const advice = pick(CATEGORY_ADVICE[entry.category], lang ?? 'en') ?? '';
  fields.push(['what to do', advice]);
  if (entry.docs) fields.push(['docs', v(entry.docs), c.underline]);
  if (entry.decision) fields.push(['decision', v(entry.decision)]);

  const labelWidth = Math.max(...fields.map(([name]) => name.length));
  const valueWidth = io.columns === undefined ? undefined : io.columns - 2 - labelWidth - 1;
  const fitted = (text: string, width: number | undefined) =>
    width === undefined || width < 20 ? [text] : wrap(text, width);
  for (const [name, value, style = (text: string) => text] of fields) {
    const [first = '', ...rest] = fitted(value, valueWidth);
    lines.push(`  ${c.dim(name.padEnd(labelWidth))} ${style(first)}`.trimEnd());
    for (const more of rest) lines.push(`  ${' '.repeat(labelWidth)} ${style(more)}`);
    if (name === 'parameters') {
      for (const [param, spec] of params) {
        const about = pick(spec.description, lang ?? 'en');
        const [head = '', ...tail] = fitted(
          `${`{${param}}`} ${spec.type}${about ? ` — ${about}` : ''}`,
          io.columns === undefined ? undefined : io.columns - 4,
        );
        const space = head.indexOf(' ');
        const cut = space < 0 ? head.length : space;
        lines.push(`    ${c.cyan(v(head.slice(0, cut)))}${v(head.slice(cut))}`);
        for (const more of tail) lines.push(`    ${v(more)}`);
      }
    }
  }

  if (entry.alternatives.length) {
    lines.push('', `  ${c.bold('Other meanings of this code')}`);
    for (const alt of entry.alternatives) {
      lines.push(
        `    ${c.cyan(v(alt.key))}  HTTP ${alt.status}  ${alt.category}  ${v(pick(alt.title, lang ?? 'ru') ?? '')}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
