import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { registerDocs } from '../src/cli/commands/docs.js';
import { loadCatalog } from '../src/docs/load-catalog.js';
import { DOCS_FORMATS, renderDocs } from '../src/docs/render-docs.js';
import { isApiError } from '../src/errors/api-error.js';
import { defineCatalog } from '../src/server/define-catalog.js';
import type { CatalogInput } from '../src/server/index.js';
import { captureIo } from './helpers/test-io.js';

// The README's server snippets as a reader copies them: they type-check and
// run against kodex's own source, and the catalog they define is the shape
// `kodex docs --catalog` reads from JSON and YAML.

const root = fileURLToPath(new URL('../', import.meta.url));

/** The ```ts blocks of the README section under a heading. */
async function readmeBlocks(heading: string): Promise<string[]> {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no "${heading}"`);
  const rest = readme.slice(start + heading.length + 2);
  const section = rest.slice(0, rest.search(/\n#{2,3} /));
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

// `kodex…` imports point at the source, so the test needs no build.
const MODULES: Readonly<Record<string, string>> = {
  kodex: 'src/index.js',
  'kodex/server': 'src/server/index.js',
  'kodex/fastify': 'src/server/adapters/fastify.js',
};

function againstSource(code: string): string {
  return code.replace(/from '(kodex(?:\/\w+)?)'/g, (whole, name: string) =>
    MODULES[name] ? `from '${join(root, MODULES[name])}'` : whole,
  );
}

/** The README catalog object of `defineCatalog({...})`, evaluated as the plain literal it is. */
function catalogLiteral(code: string): CatalogInput {
  const match = /defineCatalog\((\{[\s\S]*?\n\})\);/.exec(code);
  if (!match) throw new Error('no defineCatalog({...}) in the README snippet');
  return new Function(`return (${match[1]});`)() as CatalogInput;
}

let work: string;
let blocks: string[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kodex-readme-'));
  blocks = await readmeBlocks('### Server: your own catalog');
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('README, "Server: your own catalog"', () => {
  it('has the shop catalog and the built-in catalog snippets', () => {
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toContain('defineCatalog({');
    expect(blocks[1]).toContain("import { catalogs } from 'kodex';");
  });

  it('type-checks both snippets as written (given a Fastify app), and not with a mistyped param', async () => {
    const app = `declare const app: import('${join(root, 'node_modules/fastify/fastify.js')}').FastifyInstance;\n`;
    const sources = [
      ...blocks.map((code) => `${app}${againstSource(code)}`),
      // The comment's promise: a mistyped param does not compile.
      againstSource(blocks[1]!).replace('day_quote: 2', "day_quote: '2'"),
    ];
    const files = await Promise.all(
      sources.map(async (code, i) => {
        const path = join(work, `snippet-${i}.ts`);
        await writeFile(path, `${code}\nexport {};\n`);
        return path;
      }),
    );
    const config = ts.getParsedCommandLineOfConfigFile(
      join(root, 'tsconfig.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
    )!;
    const program = ts.createProgram(files, {
      ...config.options,
      noEmit: true,
      typeRoots: [join(root, 'node_modules/@types')],
    });
    // Only the snippets are checked (the checker reads the rest as it needs).
    const problems = files.map((file) => {
      const source = program.getSourceFile(file)!;
      return [
        ...program.getSyntacticDiagnostics(source),
        ...program.getSemanticDiagnostics(source),
      ].map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    });
    expect(problems.slice(0, 2)).toEqual([[], []]);
    expect(problems[2]!.join('\n')).toMatch(/day_quote|not assignable to type 'number'/);
  }, 120_000);

  it('runs the built-in snippet: Avtocod B011 as a typed error', async () => {
    const path = join(work, 'built-in.ts');
    await writeFile(
      path,
      `export async function run() {\n${againstSource(blocks[1]!).replace(/^import .*$/gm, '')}\n}\n${againstSource(
        blocks[1]!,
      )
        .match(/^import .*$/gm)!
        .join('\n')}\n`,
    );
    const { run } = (await import(path)) as { run: () => Promise<void> };
    const error = await run().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isApiError(error)).toBe(true);
    expect((error as { record: unknown }).record).toMatchObject({
      provider: 'avtocod',
      code: 'B011',
      category: 'quota_exceeded',
      detail: 'Daily quota (2 units) for generating report x exceeded',
    });
  });

  it('its catalog, written as JSON or YAML, is what kodex docs --catalog reads, with the same defaults', async () => {
    const input = catalogLiteral(blocks[0]!);
    const defined = JSON.parse(JSON.stringify(defineCatalog(input)));
    for (const [name, text] of [
      ['shop.json', JSON.stringify(input, null, 2)],
      ['shop.yaml', toYaml(input)],
    ] as const) {
      const path = join(work, name);
      await writeFile(path, text);
      const loaded = await loadCatalog(path);
      expect(loaded, name).toEqual(defined);
      for (const format of DOCS_FORMATS) {
        const files = renderDocs([loaded], format);
        const page = files.find((f) => f.provider === 'shop')!;
        expect(page.content, `${name} ${format}`).toContain('OUT_OF_STOCK');
      }
    }
  });

  it('kodex docs --catalog shop.yaml writes the pages', async () => {
    const path = join(work, 'cli.yaml');
    await writeFile(path, toYaml(catalogLiteral(blocks[0]!)));
    const { io, out, err } = captureIo();
    let exit = 0;
    const program = new Command('kodex').exitOverride();
    registerDocs(program, io, (code) => {
      exit = code;
    });
    const dir = join(work, 'out');
    await program.parseAsync(['docs', '--catalog', path, '--format', 'html', '--out', dir], {
      from: 'user',
    });
    expect(err()).toBe('');
    expect(exit).toBe(0);
    expect(out()).toContain('shop.html (1 codes)');
    expect(await readFile(join(dir, 'shop.html'), 'utf8')).toContain('id="code-OUT_OF_STOCK"');
  });
});
