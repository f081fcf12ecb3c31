import type { Command } from 'commander';
import { defaultLookup } from '../../lookup/index.js';
import { pick } from '../../model/catalog.js';
import type { Category } from '../../model/categories.js';
import { type CliIo, writeJson } from '../io.js';
import { parseCategory, parseLang, parseStatus, resolveProvider } from '../options.js';
import { renderTable } from '../table.js';

interface ListOptions {
  provider?: string;
  category?: Category;
  status?: number;
  json?: boolean;
  lang?: 'ru' | 'en';
}

/** `kodex list`: every catalog entry, as a table or as a JSON array. */
export function registerList(program: Command, io: CliIo, setExit: (code: number) => void) {
  program
    .command('list')
    .description('list catalog entries (every provider, or one)')
    .option('--provider <provider>', 'only this provider')
    .option('--category <category>', 'only this category', parseCategory)
    .option('--status <status>', 'only this HTTP status', parseStatus)
    .option('--json', 'print a JSON array of entries')
    .option('--lang <lang>', 'language of the titles in the table: ru or en', parseLang)
    .addHelpText(
      'after',
      '\nExamples:\n  kodex list --provider avtocod\n  kodex list --category rate_limited --json',
    )
    .action((opts: ListOptions) => {
      const lookup = defaultLookup();
      let provider: string | undefined;
      if (opts.provider !== undefined) {
        provider = resolveProvider(io, opts.provider, opts.json, setExit)?.id;
        if (!provider) return;
      }
      const entries = lookup.list(provider, { category: opts.category, status: opts.status });
      if (opts.json) {
        writeJson(io, entries);
        return;
      }
      const lang = opts.lang ?? 'en';
      const rows = entries.map((e) => [
        e.provider,
        e.key,
        String(e.status),
        e.category,
        e.retryable ? 'yes' : 'no',
        pick(e.title, lang) ?? '',
      ]);
      io.out(
        `${renderTable(['provider', 'code', 'http', 'category', 'retry', 'title'], rows, io.columns)}\n`,
      );
      io.out(`${entries.length} entries\n`);
    });
}
