import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { isCatalogLoadError } from '../../docs/catalog-load-error.js';
import { loadCatalog } from '../../docs/load-catalog.js';
import { DOCS_FORMATS, type DocsFormat, renderDocs } from '../../docs/render-docs.js';
import { isKodexError } from '../../errors/kodex-error.js';
import { defaultLookup } from '../../lookup/index.js';
import type { ProviderCatalog } from '../../model/catalog.js';
import { describeFileError, makeDirectory } from '../files.js';
import { type CliIo, writeError } from '../io.js';
import { parseLang, resolveProvider } from '../options.js';
import { visible } from '../visible.js';

interface DocsOptions {
  provider?: string;
  catalog?: string;
  format: DocsFormat;
  out: string;
  lang?: 'ru' | 'en';
}

function parseFormat(value: string): DocsFormat {
  if (!(DOCS_FORMATS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`one of ${DOCS_FORMATS.join(', ')}`);
  }
  return value as DocsFormat;
}

async function catalogsOf(
  io: CliIo,
  opts: DocsOptions,
  setExit: (code: number) => void,
): Promise<ProviderCatalog[] | undefined> {
  if (opts.provider !== undefined) {
    const catalog = resolveProvider(io, opts.provider, false, setExit);
    return catalog ? [catalog] : undefined;
  }
  if (opts.catalog !== undefined) {
    try {
      return [await loadCatalog(opts.catalog)];
    } catch (error) {
      if (!isCatalogLoadError(error)) throw error;
      writeError(io, error.message);
      setExit(1);
      return undefined;
    }
  }
  // Every provider known: the built-ins and the packs loaded.
  return [...defaultLookup().catalogs];
}

/** `kodex docs`: reference pages (Markdown, HTML) or OpenAPI components, one file per catalog. */
export function registerDocs(program: Command, io: CliIo, setExit: (code: number) => void) {
  program
    .command('docs')
    .description('generate reference pages or OpenAPI components for error catalogs')
    .addOption(
      new Option('--provider <provider>', "only this provider (a built-in one, or a pack's)"),
    )
    .addOption(
      new Option(
        '--catalog <file>',
        'your own catalog, as defineCatalog takes it, or a provider pack: a .json or .yaml file, or a .js/.mjs module exporting it (default or `catalog`)',
      ).conflicts('provider'),
    )
    .requiredOption('--format <format>', `one of ${DOCS_FORMATS.join(', ')}`, parseFormat)
    .requiredOption('--out <dir>', 'the folder to write to (created when missing)')
    .option('--lang <lang>', 'language of the example bodies: ru or en (default: en)', parseLang)
    .addHelpText(
      'after',
      `
Writes DIR/<id>.md, DIR/<id>.html or DIR/<id>.openapi.json per catalog, and
DIR/index.md or DIR/index.html for pages. Every code has a permanent anchor:
<id>.html#code-<code>[-<variant>], e.g. amocrm.html#code-244-events.

Examples:
  kodex docs --format html --out docs/errors
  kodex docs --provider avtocod --format md --out docs
  kodex docs --catalog my-api.catalog.json --format openapi --out openapi
  kodex docs --catalog my-api.catalog.yaml --format html --out docs/errors
  kodex docs --pack stripe.yaml --provider stripe --format html --out docs/errors`,
    )
    .action(async (opts: DocsOptions) => {
      const selected = await catalogsOf(io, opts, setExit);
      if (!selected) return;
      let files: ReturnType<typeof renderDocs>;
      try {
        files = renderDocs(selected, opts.format, { lang: opts.lang });
      } catch (error) {
        // A catalog whose id cannot name a file (`index` beside the index page).
        if (!isKodexError(error)) throw error;
        writeError(io, error.message);
        setExit(1);
        return;
      }
      let path = opts.out;
      try {
        await makeDirectory(opts.out);
        for (const file of files) {
          path = join(opts.out, file.name);
          await writeFile(path, file.content);
          const what = file.provider
            ? `${file.codes} codes`
            : `index of ${selected.length} catalog(s)`;
          io.out(`wrote ${visible(path)} (${what})\n`);
        }
      } catch (error) {
        const why = describeFileError(error, path, 'write');
        if (why === undefined) throw error;
        writeError(io, `Cannot write ${why}`);
        setExit(1);
      }
    });
}
