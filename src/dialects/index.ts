import { telphin, telphinDialectSpec } from '../catalogs/telphin.js';
import { unisender, unisenderDialectSpec } from '../catalogs/unisender.js';
import type { DialectSpec } from '../model/pack.js';
import type { ProviderId } from '../model/providers.js';
import { amocrmDialect } from './amocrm.js';
import { avtocodDialect } from './avtocod.js';
import { packDialect } from './declarative.js';
import { dellinDialect } from './dellin.js';
import type { Dialect } from './dialect.js';
import { googleDialect } from './google.js';
import { httpDialect } from './http.js';
import { mobizonDialect } from './mobizon.js';
import { problemDialect } from './problem.js';
import { radistDialect } from './radist.js';

/**
 * The built-in providers whose bodies a pack can declare (docs/packs.md,
 * "Built-in providers"): read as a loaded pack's are, by the declarative
 * engine; the others need code.
 */
export const builtInDialectSpecs: Readonly<Partial<Record<ProviderId, DialectSpec>>> = {
  telphin: telphinDialectSpec,
  unisender: unisenderDialectSpec,
};

const telphinDialect = packDialect(telphin, telphinDialectSpec, true);
const unisenderDialect = packDialect(unisender, unisenderDialectSpec, true);

/** Every dialect kodex speaks; one line per dialect. Detection asks each in turn. */
export const dialects: readonly Dialect[] = [
  amocrmDialect,
  radistDialect,
  telphinDialect,
  avtocodDialect,
  unisenderDialect,
  googleDialect,
  dellinDialect,
  mobizonDialect,
  problemDialect,
  httpDialect,
];
