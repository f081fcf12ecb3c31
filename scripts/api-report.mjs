// The public API, recorded: one API Extractor report per entry point of
// package.json `exports` (etc/api/kodex.api.md for `kodex`,
// etc/api/kodex-client.api.md for `kodex/client`, …), read from the built
// declarations in dist/.
//
//   node scripts/api-report.mjs          fails when a report differs from dist/
//   node scripts/api-report.mjs --write  rewrites the reports (`npm run api`)
//
// A change to what kodex exports, or to the type of an export, shows up as a
// diff of etc/api/ in review; `npm test` runs the check after the build. One
// TypeScript program serves every entry point, and nothing is fetched.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = fileURLToPath(new URL('../', import.meta.url));
const write = process.argv.includes('--write');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** `.` → `kodex`, `./client` → `kodex-client`: the report's file name. */
const reportName = (subpath) => [pkg.name, ...subpath.split('/').slice(1)].join('-');

const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target.types)
  .map(([subpath, target]) => ({ subpath, types: join(root, target.types) }));

const reportFolder = join(root, 'etc/api');
if (write) mkdirSync(reportFolder, { recursive: true });
const temp = mkdtempSync(join(tmpdir(), 'kodex-api-'));

function configOf({ subpath, types }) {
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: types,
      compiler: {
        // The declarations in dist/ only, not the sources: the report is what
        // a user of the package sees.
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            strict: true,
            types: ['node'],
          },
          files: entries.map((e) => e.types),
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: `${reportName(subpath)}.api.md`,
        reportFolder,
        reportTempFolder: temp,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // TSDoc style is Biome's and the reviewer's business, not the report's.
        tsdocMessageReporting: { default: { logLevel: 'none' } },
        extractorMessageReporting: {
          // kodex does not tag its exports @public/@beta; every export is public.
          'ae-missing-release-tag': { logLevel: 'none' },
          // Missing JSDoc is review's business; in the report it would cite
          // line numbers of dist/, which move with every unrelated edit.
          'ae-undocumented': { logLevel: 'none' },
          // A type an export uses but the entry does not export stays a
          // warning inside the report, where review sees it.
          default: { logLevel: 'warning', addToApiReportFile: true },
        },
      },
    },
    configObjectFullPath: join(root, 'scripts/api-report.mjs'),
    packageJsonFullPath: join(root, 'package.json'),
  });
}

const configs = entries.map(configOf);
const compilerState = CompilerState.create(configs[0], {
  additionalEntryPoints: entries.map((e) => e.types),
});

let stale = 0;
try {
  for (const config of configs) {
    const result = Extractor.invoke(config, {
      localBuild: write,
      compilerState,
      showVerboseMessages: false,
      // A stale report prints its diff; the "copy the file" advice names a
      // temporary file this script removes, so the last line says what to run.
      printApiReportDiff: !write,
      messageCallback: (message) => {
        if (
          message.logLevel === 'info' ||
          message.logLevel === 'verbose' ||
          message.messageId === 'console-api-report-not-copied'
        ) {
          message.handled = true;
        }
      },
    });
    if (!result.succeeded || (!write && result.apiReportChanged)) stale += 1;
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

if (stale) {
  console.error(
    `api-report: ${stale} of ${configs.length} API reports in etc/api/ differ from dist/; ` +
      'if the change is meant, run `npm run build && npm run api` and commit etc/api/',
  );
  process.exitCode = 1;
} else {
  console.log(`api-report: ${configs.length} API reports ${write ? 'written' : 'up to date'}`);
}
