import { defaultProviders } from '../packs/provider-set.js';

// The playground decodes in the browser with the library's own decode(): for
// it to know the packs this server was started with, the server hands them
// over as data (GET /api/packs) and the browser registers them before it
// decodes. A pack whose dialect is code (a module's functions) cannot travel;
// while the server has one, the playground decodes on the server, as it does
// without JavaScript.

/** Where the playground's browser code finds the server's packs. */
export const PACKS_PATH = '/api/packs';

/** The server's packs: those a browser can register, and the ids of those it cannot. */
export interface ServedPacks {
  /** The packs that are data alone: each one's checked catalog and declared dialect. */
  readonly packs: readonly unknown[];
  /** Packs whose dialect is code (a module's): only the server decodes with them. */
  readonly serverOnly: readonly string[];
}

/** The packs the module's providers hold now, as {@link ServedPacks}. */
export function servedPacks(): ServedPacks {
  const providers = defaultProviders().packs;
  return {
    packs: providers.flatMap((p) => (p.pack ? [p.pack] : [])),
    serverOnly: providers.flatMap((p) => (p.pack ? [] : [p.catalog.id])),
  };
}
