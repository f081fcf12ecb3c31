// npm run bench:openapi — `kodex import openapi` on real descriptions shipped
// in npm packages (bench/openapi-descriptions.mjs): per description, what the
// import recovers (operations, error responses, entries, codes and where they
// were found, error shapes, the dialect and its pointers, hosts), whether the
// description's own example error bodies decode to their entries with the
// pack, and how long reading and importing take. Figures in bench/README.md.
import { statSync } from 'node:fs';
import { importOpenApi } from '../dist/import/import-openapi.js';
import { readSpec } from '../dist/import/read-spec.js';
import { createKodex } from '../dist/index.js';
import { descriptionFile, descriptionVersion, realDescriptions } from './openapi-descriptions.mjs';

const rows = [];
for (const description of realDescriptions) {
  const file = descriptionFile(description);
  const started = performance.now();
  const spec = await readSpec(file);
  const read = performance.now();
  const result = importOpenApi(spec, { id: description.id, source: file });
  const done = performance.now();
  const kodex = createKodex({ packs: [result.pack] });
  const decoded = result.examples.filter((example) => {
    const record = kodex.decode(
      { status: example.status, body: JSON.stringify(example.body) },
      { provider: description.id },
    );
    return record?.code === example.code && record.known;
  }).length;
  const { dialect } = result.pack;
  rows.push({
    description: `${description.packageName}@${descriptionVersion(description)} ${description.file}`,
    'size MB': (statSync(file).size / 1e6).toFixed(1),
    operations: result.operations,
    'error responses': result.responses,
    entries: result.pack.entries.length,
    'codes (schema/example/x-)': `${result.codes.schema}/${result.codes.example}/${result.codes.extension}`,
    'error shapes': result.shapes,
    dialect: dialect
      ? `${result.dialectResponses.read}/${result.dialectResponses.withSchema} responses: ${JSON.stringify(dialect)}`
      : 'none',
    hosts: (result.pack.hosts ?? []).join(' ') || 'none',
    'examples decoded': `${decoded}/${result.examples.length}`,
    'read ms': Math.round(read - started),
    'import ms': Math.round(done - read),
    review: result.review.length,
  });
}

for (const row of rows) {
  console.log(`\n${row.description}`);
  for (const [name, value] of Object.entries(row))
    if (name !== 'description') console.log(`  ${name.padEnd(26)} ${value}`);
}
