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

/**
 * The built-in catalogs, typed per provider: the literal codes and params
 * that make `defineCatalog(catalogs.avtocod).error('B011', …)` type-checked.
 * Written out, not inferred, so declarations (and the API report) name each
 * catalog instead of spelling out its data (a type, not an interface, so it
 * reads as the `Record<string, ProviderCatalog>` it is).
 */
export type BuiltInCatalogs = {
  readonly amocrm: typeof amocrm;
  readonly radist: typeof radist;
  readonly telphin: typeof telphin;
  readonly avtocod: typeof avtocod;
  readonly unisender: typeof unisender;
  readonly google: typeof google;
  readonly dellin: typeof dellin;
  readonly mobizon: typeof mobizon;
  readonly http: typeof http;
};

/** Every built-in catalog by provider id; one line per provider (and one in {@link BuiltInCatalogs}). */
export const catalogs: BuiltInCatalogs = {
  amocrm,
  radist,
  telphin,
  avtocod,
  unisender,
  google,
  dellin,
  mobizon,
  http,
} satisfies Record<ProviderId, ProviderCatalog>;

export { amocrm, avtocod, dellin, google, http, mobizon, radist, telphin, unisender };
