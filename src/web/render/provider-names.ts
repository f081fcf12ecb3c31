import { defaultLookup } from '../../lookup/index.js';

/** Display names of the built-in providers by id (`avtocod` → `Avtocod`). */
export function providerNames(): ReadonlyMap<string, string> {
  return new Map(defaultLookup().catalogs.map((c) => [c.id, c.name]));
}
