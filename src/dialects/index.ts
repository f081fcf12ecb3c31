import { amocrmDialect } from './amocrm.js';
import { avtocodDialect } from './avtocod.js';
import { dellinDialect } from './dellin.js';
import type { Dialect } from './dialect.js';
import { googleDialect } from './google.js';
import { httpDialect } from './http.js';
import { mobizonDialect } from './mobizon.js';
import { problemDialect } from './problem.js';
import { radistDialect } from './radist.js';
import { telphinDialect } from './telphin.js';
import { unisenderDialect } from './unisender.js';

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
