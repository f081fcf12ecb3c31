import type { ProviderCatalog } from '../model/catalog.js';
import type { ProviderId } from '../model/providers.js';
import { amocrm } from './amocrm.js';
import { avtocod } from './avtocod.js';
import { dellin } from './dellin.js';
import { google } from './google.js';
import { http } from './http.js';
import { mobizon } from './mobizon.js';
import { radist } from './radist.js';
import { telphin } from './telphin.js';
import { unisender } from './unisender.js';

/** Every built-in catalog by provider id; one line per provider. */
export const catalogs = {
  amocrm,
  radist,
  telphin,
  avtocod,
  unisender,
  google,
  dellin,
  mobizon,
  http,
} as const satisfies Record<ProviderId, ProviderCatalog>;

/** The built-in catalogs, typed per provider. */
export type BuiltInCatalogs = typeof catalogs;

export { amocrm, avtocod, dellin, google, http, mobizon, radist, telphin, unisender };
