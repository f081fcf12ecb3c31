import type { Command } from 'commander';
import { defaultLookup } from '../../lookup/index.js';
import { pick } from '../../model/catalog.js';
import { type CliIo, writeJson } from '../io.js';
import { parseLang, parsePositive, resolveProvider } from '../options.js';
import { renderTable } from '../table.js';
import { visible } from '../visible.js';

// Every hit, to count them; the catalogs hold fewer than a thousand entries.
const ALL_HITS = 10_000;

/** `kodex search TEXT`: ranked entries across providers, Russian and English. */
export function registerSearch(program: Command, io: CliIo, setExit: (code: number) => void) {
  program
    .command('search')
    .description('search every catalog, in Russian and English (typos and word forms welcome)')
    .argument('<text...>', 'words to look for')
    .option('--json', 'print the ranked hits as JSON')
    .option('--lang <lang>', 'language of the titles: ru or en', parseLang)
    .option('--provider <provider>', 'only this provider')
    .option('--limit <n>', 'at most this many hits', parsePositive, 20)
    .addHelpText('after', '\nExamples:\n  kodex search квота\n  kodex search "rate limit" --json')
    .action(
      (
        words: string[],
        opts: { json?: boolean; lang?: 'ru' | 'en'; provider?: string; limit: number },
      ) => {
        let provider: string | undefined;
        if (opts.provider !== undefined) {
          provider = resolveProvider(io, opts.provider, opts.json, setExit)?.id;
          if (!provider) return;
        }
        const text = words.join(' ');
        const all = defaultLookup().search(text, { provider, limit: ALL_HITS });
        const hits = all.slice(0, opts.limit);
        // One rule for both outputs, as grep has: nothing found exits 1.
        if (!hits.length) setExit(1);
        if (opts.json) {
          writeJson(io, hits);
          return;
        }
        if (!hits.length) {
          io.err(`Nothing found for "${visible(text.slice(0, 100))}".\n`);
          return;
        }
        const lang = opts.lang ?? (/[\u0400-\u04ff]/.test(text) ? 'ru' : 'en');
        const rows = hits.map((h) => [
          h.provider,
          h.key,
          String(h.status),
          h.category,
          pick(h.title, lang) ?? '',
        ]);
        io.out(
          `${renderTable(['provider', 'code', 'http', 'category', 'title'], rows, io.columns)}\n`,
        );
        if (all.length > hits.length) {
          io.err(
            `${hits.length} of ${all.length} hits shown; --limit ${all.length} shows them all\n`,
          );
        }
      },
    );
}
