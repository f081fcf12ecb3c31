import type { ExplainedEntry } from '../lookup/lookup.js';
import type { Lang, ProviderCatalog } from '../model/catalog.js';
import { pick } from '../model/catalog.js';
import { CATEGORY_ADVICE, CATEGORY_LABELS } from '../model/categories.js';
import { type CliIo, colors } from './io.js';
import { visible as v } from './visible.js';

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
  for (const title of say(entry.title)) lines.push(`  ${title}`);
  lines.push('');

  const facts = [
    `HTTP ${entry.status}${entry.statusInferred ? c.dim(' (inferred)') : ''}`,
    c.yellow(entry.category),
    entry.retryable ? c.green('retryable') : c.red('not retryable'),
  ];
  if (entry.kind !== 'error') facts.push(c.magenta(`not an error: ${entry.kind}`));
  lines.push(`  ${facts.join(c.dim(' · '))}`);
  const label = (l: Lang) => CATEGORY_LABELS[entry.category][l];
  lines.push(`  ${c.dim('category')}   ${langs.map(label).join(' / ')}`);
  if (entry.class) lines.push(`  ${c.dim('class')}      ${v(entry.class)}`);
  if (section) lines.push(`  ${c.dim('section')}    ${say(section.title).join(' / ')}`);

  for (const [i, text] of say(entry.description).entries()) {
    lines.push(`  ${c.dim(i === 0 ? 'details' : '       ')}    ${text}`);
  }
  for (const l of langs) {
    const template = entry.template?.[l];
    if (template) lines.push(`  ${c.dim(`template ${l}`)} ${v(template)}`);
  }
  const params = Object.entries(entry.params ?? {});
  if (params.length) {
    lines.push(`  ${c.dim('parameters')}`);
    for (const [name, spec] of params) {
      const about = pick(spec.description, lang ?? 'en');
      lines.push(`    ${c.cyan(v(`{${name}}`))} ${v(`${spec.type}${about ? ` — ${about}` : ''}`)}`);
    }
  }
  lines.push(`  ${c.dim('what to do')} ${pick(CATEGORY_ADVICE[entry.category], lang ?? 'en')}`);
  if (entry.docs) lines.push(`  ${c.dim('docs')}       ${c.underline(v(entry.docs))}`);
  if (entry.decision) lines.push(`  ${c.dim('decision')}   ${v(entry.decision)}`);

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
