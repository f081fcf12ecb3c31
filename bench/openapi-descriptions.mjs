// The real OpenAPI descriptions `kodex import openapi` is measured and tested
// on (bench/openapi-import.mjs, test/openapi-real.test.ts): public APIs whose
// description ships in an npm package, installed as devDependencies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const modules = fileURLToPath(new URL('../node_modules/', import.meta.url));

export const realDescriptions = [
  // GitHub's REST API: 13 MB of JSON, OpenAPI 3.0.
  { id: 'github', packageName: '@octokit/openapi', file: 'generated/api.github.com.json' },
  // Blockfrost (Cardano): YAML, OpenAPI 3.0, with flaws the validator reports.
  { id: 'blockfrost', packageName: '@blockfrost/openapi', file: 'openapi.yaml' },
  // Directus: JSON, OpenAPI 3.0, errors as a GraphQL-style list.
  { id: 'directus', packageName: '@directus/specs', file: 'dist/openapi.json' },
];

/** The description's file, in node_modules. */
export function descriptionFile(description) {
  return join(modules, description.packageName, description.file);
}

/** The installed version of the description's package. */
export function descriptionVersion(description) {
  const manifest = join(modules, description.packageName, 'package.json');
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}
