import type { Command } from 'commander';
import { defaultLookup } from '../../lookup/index.js';
import { type CliIo, colors, writeJson } from '../io.js';
import { renderTable } from '../table.js';

/** `kodex summary`: the catalogs at a glance (what `npm start` shows until the web reference exists). */
export function registerSummary(program: Command, io: CliIo) {
  program
    .command('summary')
    .description('the catalogs at a glance: providers, codes, formats, documented limits')
    .option('--json', 'print the summary as JSON')
    .action((opts: { json?: boolean }) => {
      const lookup = defaultLookup();
      const summary = lookup.catalogs.map((c) => ({
        provider: c.id,
        name: c.name,
        entries: c.entries.length,
        formats: c.formats,
        success: c.success.signal,
        limits: c.limits.map((l) => l.description.en.replace(/\.$/, '')),
      }));
      if (opts.json) {
        writeJson(io, summary);
        return;
      }
      const c = colors(io);
      io.out(`${c.bold('kodex')} — the codex of API errors\n\n`);
      const rows = summary.map((s) => [
        s.provider,
        s.name,
        String(s.entries),
        s.formats.join(','),
        s.success,
        s.limits.join('; ') || '—',
      ]);
      io.out(
        `${renderTable(['provider', 'name', 'codes', 'formats', 'success by', 'documented limits'], rows, io.columns)}\n`,
      );
      const total = summary.reduce((sum, s) => sum + s.entries, 0);
      io.out(`\n${total} entries in ${summary.length} catalogs.\n\n`);
      io.out(
        'Try:\n  npx kodex explain avtocod B011\n  npx kodex search квота\n  npx kodex list --provider mobizon\n  npx kodex --help\n',
      );
    });
}
