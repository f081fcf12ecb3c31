import { catalogs } from '../catalogs/index.js';
import { packDialect } from '../dialects/declarative.js';
import type { Dialect } from '../dialects/dialect.js';
import { dialects as builtInDialects } from '../dialects/index.js';
import { InvalidPackError } from '../errors/invalid-pack-error.js';
import type { ProviderCatalog } from '../model/catalog.js';
import type { ProviderPack } from '../model/pack.js';
import { PROVIDER_IDS } from '../model/providers.js';
import { type CheckedPack, checkPack } from './check-pack.js';

// The providers a decode, a lookup or a client knows: the built-ins and any
// loaded packs, as one immutable value. Registering a pack makes a new set
// rather than changing one, so every cache built on a set (code index, host
// index, search index) stays right for it and is simply not used again.

/** A provider kodex knows: its catalog and the dialect its bodies are read with. */
export interface Provider {
  readonly catalog: ProviderCatalog;
  readonly dialect: Dialect;
  /**
   * The pack as data (its checked catalog and declared dialect), for a pack
   * that is data alone: what can be handed on, to a browser for one. Absent
   * for the built-ins and for a module's dialect with code.
   */
  readonly pack?: ProviderPack;
}

/** A set of providers: what decode, lookup and the client resolve ids against. */
export interface ProviderSet {
  readonly catalogs: readonly ProviderCatalog[];
  /** The loaded packs' providers, in the order they were added. */
  readonly packs: readonly Provider[];
  /** In detection order: the built-ins' own, then the packs', then the generic ones. */
  readonly dialects: readonly Dialect[];
  catalog(id: string): ProviderCatalog | undefined;
  /** This set with a pack's provider added, replacing one of the same id; throws `InvalidPackError`. */
  with(pack: ProviderPack, source?: string): ProviderSet;
  /** This set without a pack's provider (unchanged when it has none). */
  without(id: string): ProviderSet;
}

// RFC 9457 problems and plain HTTP read any provider's bodies: they stay last,
// so a pack's dialect is asked before them and the generic reading stays the
// fallback.
const GENERIC = new Set(['problem', 'http']);

function makeSet(packs: readonly Provider[], builtIns: boolean): ProviderSet {
  const own = builtIns ? builtInDialects.filter((d) => !GENERIC.has(d.id)) : [];
  const generic = builtInDialects.filter((d) => GENERIC.has(d.id));
  const all: ProviderCatalog[] = [
    ...(builtIns ? Object.values(catalogs) : [catalogs.http]),
    ...packs.map((p) => p.catalog),
  ];
  const byId = new Map(all.map((c) => [c.id, c]));
  const set: ProviderSet = {
    catalogs: all,
    packs,
    dialects: [...own, ...packs.map((p) => p.dialect), ...generic],
    catalog: (id) => byId.get(id),
    with(pack, source) {
      const provider = loadPack(pack, source);
      const id = provider.catalog.id;
      return makeSet([...packs.filter((p) => p.catalog.id !== id), provider], builtIns);
    },
    without(id) {
      const kept = packs.filter((p) => p.catalog.id !== id);
      return kept.length === packs.length ? set : makeSet(kept, builtIns);
    },
  };
  return set;
}

/** The provider a checked pack describes: its catalog and its dialect, declared or given. */
function providerOf(checked: CheckedPack): Provider {
  const { catalog, dialect } = checked;
  if (dialect && 'decode' in dialect) {
    // A module's own dialect speaks for the pack's catalog, whatever id it gave itself.
    return { catalog, dialect: { ...dialect, id: catalog.id, provider: catalog.id } };
  }
  const pack: ProviderPack = dialect ? { ...catalog, dialect } : catalog;
  return { catalog, dialect: packDialect(catalog, dialect), pack };
}

/**
 * The provider a pack describes, checked. Throws `InvalidPackError` naming
 * `source` and each problem's JSON pointer.
 */
export function loadPack(pack: unknown, source = 'registerPack()'): Provider {
  const checked = checkPack(pack);
  if (checked.problems) throw new InvalidPackError(source, checked.problems);
  const id = checked.pack.catalog.id;
  if ((PROVIDER_IDS as readonly string[]).includes(id)) {
    throw new InvalidPackError(source, [
      { pointer: '/id', message: `"${id}" is a built-in provider: give the pack an id of its own` },
    ]);
  }
  return providerOf(checked.pack);
}

/** The built-in providers alone (`builtIns: false`: plain HTTP alone), with no pack. */
export function baseProviders(builtIns = true): ProviderSet {
  if (builtIns) return builtIn;
  httpOnly ??= makeSet([], false);
  return httpOnly;
}

const builtIn = makeSet([], true);
let httpOnly: ProviderSet | undefined;
let current = builtIn;

/** The module's own set: the built-ins and every pack given to {@link registerPack}. */
export function defaultProviders(): ProviderSet {
  return current;
}

/**
 * Makes a pack's provider known to the module's functions (`decode`,
 * `explain`, `list`, `search`, `encode`, `createClient`): it is detected,
 * named by its hosts and found by id. A pack of an id already registered
 * replaces it; a built-in id is refused. Throws `InvalidPackError` naming
 * `source` (the file a pack was read from).
 * @example registerPack({ id: 'shop', name: 'Shop', entries: [...], dialect: { errors: '/error', code: '/code' } })
 */
export function registerPack(pack: ProviderPack, source?: string): ProviderCatalog {
  current = current.with(pack, source);
  return current.catalogs[current.catalogs.length - 1]!;
}

/** Forgets a pack {@link registerPack} was given; true when there was one of that id. */
export function unregisterPack(id: string): boolean {
  const before = current;
  current = current.without(id);
  return current !== before;
}
