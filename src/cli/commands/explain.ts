import type { Command } from 'commander';
import { defaultLookup } from '../../lookup/index.js';
import type { ListedEntry } from '../../model/listed-entry.js';
import { type CliIo, writeError, writeJson } from '../io.js';
import { parseLang, parseStatus, providerArgumentHelp, resolveProvider } from '../options.js';
import { renderEntryCard } from '../render-entry.js';
import { visible } from '../visible.js';

/** The --section or --status asked for that none of a code's meanings has, with the ones it has. */
function unmetChoice(
  meanings: readonly ListedEntry[],
  opts: { section?: string; status?: number },
): { what: string; plural: string; asked: string; known: string[] } | undefined {
  const { section, status } = opts;
  if (
    section !== undefined &&
    !meanings.some((e) => e.section === section || e.variant === section)
  ) {
    const known = [...new Set(meanings.map((e) => e.variant ?? e.section))];
    return { what: 'section', plural: 'sections', asked: section, known };
  }
  if (status !== undefined && !meanings.some((e) => e.status === status)) {
    const known = [...new Set(meanings.map((e) => String(e.status)))];
    return { what: 'status', plural: 'statuses', asked: String(status), known };
  }
  return undefined;
}

/** `kodex explain PROVIDER CODE`: one entry as a card, or as JSON. */
export function registerExplain(program: Command, io: CliIo, setExit: (code: number) => void) {
  program
    .command('explain')
    .description('explain one error code of a provider')
    .argument('<provider>', providerArgumentHelp())
    .argument('<code>', "the provider's code, key (244.events) or name (NoQuoteDay)")
    .option('--json', 'print the entry as JSON')
    .option('--lang <lang>', 'ru or en (default: both)', parseLang)
    .option(
      '--status <status>',
      'prefer the meaning documented under this HTTP status',
      parseStatus,
    )
    .option('--section <section>', 'prefer the meaning of this section (e.g. events)')
    .addHelpText(
      'after',
      '\nExamples:\n  kodex explain avtocod B011\n  kodex explain amocrm 244 --section tasks --json\n  kodex explain google required --status 401 --lang en',
    )
    .action(
      (
        providerArg: string,
        code: string,
        opts: { json?: boolean; lang?: 'ru' | 'en'; status?: number; section?: string },
      ) => {
        const lookup = defaultLookup();
        const catalog = resolveProvider(io, providerArg, opts.json, setExit);
        if (!catalog) return;
        const entry = lookup.explain(catalog.id, code, opts);
        if (!entry) {
          const near = lookup.suggest(catalog.id, code);
          const message = `Unknown ${catalog.name} code "${code.slice(0, 64)}".`;
          if (opts.json) {
            writeJson(io, {
              error: message,
              suggestions: near.map((e) => ({
                code: e.code,
                key: e.key,
                name: e.name,
                title: e.title,
              })),
            });
          } else {
            writeError(io, message);
            if (near.length) {
              io.err('Nearest codes:\n');
              for (const e of near)
                io.err(`  ${visible(`${e.key}  ${e.name}  ${e.title[opts.lang ?? 'en']}`)}\n`);
            }
            io.err(`See all codes: kodex list --provider ${catalog.id}\n`);
          }
          setExit(1);
          return;
        }
        // A meaning asked for that the code does not have is an error, not
        // another meaning shown in its place.
        const meanings = [entry, ...entry.alternatives];
        const unmet = unmetChoice(meanings, opts);
        if (unmet) {
          const message = `${catalog.name} ${code.slice(0, 64)} has no ${unmet.what} "${unmet.asked}"; its ${unmet.plural}: ${unmet.known.join(', ')}.`;
          if (opts.json) writeJson(io, { error: message, [unmet.plural]: unmet.known });
          else writeError(io, message);
          setExit(1);
          return;
        }
        if (opts.json) writeJson(io, entry);
        else io.out(renderEntryCard(io, entry, catalog, opts.lang));
      },
    );
}
