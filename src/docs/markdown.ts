import type { CatalogEntry, Lang, ProviderCatalog, Text } from '../model/catalog.js';
import { entryKey } from '../model/catalog.js';
import { CATEGORY_ADVICE, CATEGORY_LABELS } from '../model/categories.js';
import { anchorId } from './anchor.js';
import { groupBySection, type SectionView } from './catalog-view.js';
import { codeBlock, codeSpan, markdownLink, escapeMarkdown as md } from './escape-markdown.js';
import { exampleBodies } from './examples.js';
import {
  ANCHOR_RULE,
  FORMAT_NAMES,
  formatLimit,
  INFERRED_NOTE,
  SUCCESS_SIGNAL_NAMES,
  yesNo,
} from './facts.js';
import { html } from './html-template.js';

/** Options of {@link renderMarkdownPage}. */
export interface MarkdownPageOptions {
  /** Language of the example bodies. @default 'en' */
  readonly lang?: Lang;
  /** Include example bodies. @default true */
  readonly examples?: boolean;
  /** Link back to an index page, e.g. `index.md`; none when absent. */
  readonly indexHref?: string;
}

// Russian first, as the provider writes it; English beside it.
const LANGS: readonly Lang[] = ['ru', 'en'];

/** An anchor target; ids are made of [A-Za-z0-9_-], escaped all the same. */
function anchorTag(id: string): string {
  return html`<a id="${id}"></a>`.toString();
}

function bilingualItems(text: Partial<Text> | undefined): string[] {
  return LANGS.filter((l) => text?.[l]).map((l) => `- **${l}:** ${md(text![l]!)}`);
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function headerMarkdown(
  catalog: ProviderCatalog,
  groups: readonly SectionView[],
  options: MarkdownPageOptions,
) {
  const facts: [string, string][] = [
    ['Provider id', codeSpan(catalog.id)],
    ['Codes', `${catalog.entries.length} in ${groups.length} section(s)`],
    ['Wire formats', catalog.formats.map((f) => FORMAT_NAMES[f] ?? md(f)).join(', ')],
    ['Success', md(SUCCESS_SIGNAL_NAMES[catalog.success.signal] ?? catalog.success.signal)],
  ];
  if (catalog.docs) facts.push(['Documentation', markdownLink(catalog.docs)]);
  const limits = catalog.limits.length
    ? table(
        ['kind', 'limit', 'ru', 'en'],
        catalog.limits.map((l) => [
          md(l.kind),
          md(formatLimit(l)),
          md(l.description.ru),
          md(l.description.en),
        ]),
      )
    : 'The provider documents no limit with a figure.';
  return [
    options.indexHref ? markdownLinkRelative(options.indexHref, 'All providers') : '',
    `# ${md(catalog.name)} — error reference`,
    bilingualItems(catalog.description).join('\n'),
    table(['', ''], facts),
    '## How success is signalled',
    bilingualItems(catalog.success.description).join('\n'),
    '## Documented limits',
    limits,
  ];
}

/** A link to a relative page of the same reference (the index). */
function markdownLinkRelative(href: string, text: string): string {
  return `[${md(text)}](${encodeURI(href).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`;
}

function entryMarkdown(
  catalog: ProviderCatalog,
  entry: CatalogEntry,
  options: MarkdownPageOptions,
): string {
  const key = entryKey(entry);
  const label = CATEGORY_LABELS[entry.category];
  const kind = entry.kind ?? 'error';
  const facts = [
    ...bilingualItems(entry.title),
    `- **HTTP status:** ${entry.status}${entry.statusInferred ? ' (inferred\\*)' : ''}`,
    `- **Category:** ${codeSpan(entry.category)} — ${md(label.ru)} / ${md(label.en)}`,
    `- **Retryable:** ${yesNo(entry.retryable)}`,
  ];
  if (kind !== 'error') facts.push(`- **Kind:** not an error: ${codeSpan(kind)}`);
  if (entry.class) facts.push(`- **Class:** ${md(entry.class)}`);
  if (entry.variant) facts.push(`- **Key:** ${codeSpan(key)}`);
  if (kind === 'error') facts.push(`- **What to do:** ${md(CATEGORY_ADVICE[entry.category].en)}`);
  if (entry.docs) facts.push(`- **Documentation:** ${markdownLink(entry.docs)}`);

  const parts = [
    anchorTag(anchorId(key)),
    `### ${md(entry.code)}${entry.variant ? ` (${md(entry.variant)})` : ''} ${codeSpan(entry.name)}`,
    facts.join('\n'),
  ];
  const description = bilingualItems(entry.description);
  if (description.length) parts.push(`**Description**\n\n${description.join('\n')}`);
  const templates = LANGS.filter((l) => entry.template?.[l]).map(
    (l) => `- **${l}:** ${codeSpan(entry.template![l]!)}`,
  );
  if (templates.length) parts.push(`**Message template**\n\n${templates.join('\n')}`);
  const params = Object.entries(entry.params ?? {});
  if (params.length) {
    parts.push(
      table(
        ['parameter', 'type', 'ru', 'en'],
        params.map(([name, spec]) => [
          codeSpan(`{${name}}`),
          md(spec.type),
          md(spec.description?.ru ?? ''),
          md(spec.description?.en ?? ''),
        ]),
      ),
    );
  }
  if (entry.decision) parts.push(`> **Decision:** ${md(entry.decision)}`);
  if (options.examples !== false) {
    const examples = exampleBodies(catalog, entry, { lang: options.lang ?? 'en' });
    if (examples.length) {
      const blocks = examples.map((e) => {
        const who = e.dialect === 'problem' ? 'RFC 9457 problem' : md(e.dialect);
        const headers = Object.entries(e.headers).map(([n, v]) => `${n}: ${v}`);
        return `**${who} · ${e.format.toUpperCase()} · HTTP ${e.status}** (${md(headers.join('; '))})\n\n${codeBlock(e.body || '(empty body)', e.format)}`;
      });
      parts.push(
        `<details><summary>Example responses (${examples.length})</summary>\n\n${blocks.join('\n\n')}\n\n</details>`,
      );
    }
  }
  return parts.join('\n\n');
}

function sectionMarkdown(
  catalog: ProviderCatalog,
  group: SectionView,
  options: MarkdownPageOptions,
) {
  const { section } = group;
  const origin = [
    section.source ? `source: ${md(section.source)}` : '',
    section.docs ? markdownLink(section.docs, 'documentation') : '',
  ].filter(Boolean);
  const summary = table(
    ['code', 'HTTP', 'category', 'retryable', 'ru', 'en'],
    group.entries.map(({ entry, anchor }) => [
      `[${codeSpan(entry.code)}](#${anchor})${entry.variant ? ` ${md(entry.variant)}` : ''}`,
      `${entry.status}${entry.statusInferred ? '\\*' : ''}`,
      md(CATEGORY_LABELS[entry.category].en),
      yesNo(entry.retryable),
      md(entry.title.ru),
      md(entry.title.en),
    ]),
  );
  return [
    anchorTag(group.anchor),
    `## ${md(section.title.en)} — ${md(section.title.ru)}`,
    origin.join(' · '),
    summary,
    ...group.entries.map(({ entry }) => entryMarkdown(catalog, entry, options)),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * A provider's whole reference as one Markdown page: every code under its
 * permanent anchor (an `<a id>` before its heading), every catalog text escaped.
 * @example writeFileSync('avtocod.md', renderMarkdownPage(catalogs.avtocod))
 */
export function renderMarkdownPage(
  catalog: ProviderCatalog,
  options: MarkdownPageOptions = {},
): string {
  const groups = groupBySection(catalog);
  const toc = groups.map(
    (g, i) =>
      `${i + 1}. [${md(g.section.title.en)}](#${g.anchor}) — ${md(g.section.title.ru)} (${g.entries.length})`,
  );
  const parts = [
    ...headerMarkdown(catalog, groups, options),
    `## Codes by section\n\n${toc.join('\n')}`,
    ...groups.map((g) => sectionMarkdown(catalog, g, options)),
    '---',
    `\\* ${md(INFERRED_NOTE)}`,
    md(ANCHOR_RULE),
  ];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

/** Options of {@link renderMarkdownIndex}. */
export interface MarkdownIndexOptions {
  /** The file a provider's page is at. @default (id) => `${id}.md` */
  readonly pageHref?: (id: string) => string;
}

/**
 * An index page linking each provider's Markdown reference.
 * @example renderMarkdownIndex(Object.values(catalogs))
 */
export function renderMarkdownIndex(
  catalogs: readonly ProviderCatalog[],
  options: MarkdownIndexOptions = {},
): string {
  const href = options.pageHref ?? ((id: string) => `${encodeURIComponent(id)}.md`);
  const total = catalogs.reduce((n, c) => n + c.entries.length, 0);
  const rows = catalogs.map((c) => [
    markdownLinkRelative(href(c.id), c.name),
    codeSpan(c.id),
    String(c.entries.length),
    md(c.description.ru),
    md(c.description.en),
  ]);
  return `# API error reference\n\n${catalogs.length} provider(s), ${total} codes.\n\n${table(['provider', 'id', 'codes', 'ru', 'en'], rows)}\n\n${md(ANCHOR_RULE)}\n`;
}
