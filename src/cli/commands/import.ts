import { extname } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { stringify as yamlText } from 'yaml';
import { ImportError } from '../../import/import-error.js';
import { importOpenApi } from '../../import/import-openapi.js';
import { writeOutputFile } from '../files.js';
import { type CliIo, writeError } from '../io.js';
import { visible } from '../visible.js';

interface ImportOptions {
  id: string;
  name?: string;
  out: string;
}

function parseId(value: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(value)) {
    throw new InvalidArgumentError('lower-case letters, digits and dashes, starting with a letter');
  }
  return value;
}

function parseOut(value: string): string {
  if (!['.json', '.yaml', '.yml'].includes(extname(value).toLowerCase())) {
    throw new InvalidArgumentError('a .json, .yaml or .yml file');
  }
  return value;
}

/** `kodex import openapi`: a provider pack file from an OpenAPI or Swagger description. */
export function registerImport(program: Command, io: CliIo, setExit: (code: number) => void) {
  const command = program
    .command('import')
    .description('write a provider pack from another description of an API');
  command
    .command('openapi')
    .description(
      'a provider pack (catalog, hosts and dialect) of the error responses an OpenAPI 3.x or Swagger 2.0 file documents',
    )
    .argument('<spec>', 'the description: a local .json or .yaml file (nothing is fetched)')
    .requiredOption('--id <id>', 'the catalog id, lower-case: shop', parseId)
    .option('--name <name>', "the pack's name (default: the description's info.title)")
    .requiredOption('--out <file>', 'the pack file to write: .json or .yaml', parseOut)
    .addHelpText(
      'after',
      `
One entry per error response (4xx, 5xx, default) and per error code the
description names (an enum or example of a code member, example bodies, x-
extensions); the category comes from the status. The hosts come from the
servers, the dialect (where the error, its code, message, docs link and
field issues are) from the error schemas. Every guess is printed to stderr
and kept in the pack's notes: review them, translate title.ru, then load the
pack (docs/packs.md).

Examples:
  kodex import openapi openapi.yaml --id shop --out shop.pack.yaml
  kodex import openapi swagger.json --id billing --name Billing --out billing.pack.json
  kodex import openapi node_modules/@octokit/openapi/generated/api.github.com.json --id github --out github.pack.yaml`,
    )
    .action(async (spec: string, opts: ImportOptions) => {
      // Loaded on use: the parser and its validators would slow every other command's start.
      const { readSpec } = await import('../../import/read-spec.js');
      let result: ReturnType<typeof importOpenApi>;
      try {
        result = importOpenApi(await readSpec(spec), {
          id: opts.id,
          name: opts.name,
          source: spec,
        });
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        writeError(io, error.message);
        setExit(1);
        return;
      }
      const yaml = extname(opts.out).toLowerCase() !== '.json';
      const text = yaml
        ? yamlText(result.pack, { lineWidth: 0 })
        : `${JSON.stringify(result.pack, null, 2)}\n`;
      if (!(await writeOutputFile(io, opts.out, text))) {
        setExit(1);
        return;
      }
      for (const line of result.review) io.err(`review: ${visible(line)}\n`);
      io.out(
        `wrote ${visible(opts.out)} (${result.pack.entries.length} codes from ${result.responses} error responses of ${result.operations} operations, ${result.pack.dialect ? 'with' : 'without'} a dialect)\n`,
      );
    });
}
