import { catalogs as builtInCatalogs } from '../catalogs/index.js';
import type { ProviderCatalog } from '../model/catalog.js';
import { type ListedEntry, listEntries } from '../model/listed-entry.js';
import { exactPatterns, gateOf, linearTest, type TextTest } from '../wire/patterns.js';

/** Catalog entries by provider and exact code, for O(1) lookups while decoding. */
export interface CodeIndex {
  readonly catalogs: ReadonlyMap<string, ProviderCatalog>;
  /** Every entry with this exact code (several when the code has several meanings). */
  entries(provider: string, code: string): readonly ListedEntry[];
  /** Entries of a provider that carry message patterns (UniSender untyped errors, Indexing API). */
  patterned(provider: string): readonly ListedEntry[];
  /** The plain HTTP entry of a status, first in catalog order (what an unknown code falls back on). */
  statusEntry(status: number): ListedEntry | undefined;
  /** The code whose entry has this name (Avtocod `event.type` → code), first in catalog order. */
  codeOfName(provider: string, name: string): string | undefined;
  /** Whether an entry's message patterns match a text. */
  matches(entry: ListedEntry, text: string): boolean;
}

const NONE: readonly ListedEntry[] = [];

// The catalogs kodex ships, whose patterns are its own (see createCodeIndex).
const BUILT_IN: ReadonlySet<ProviderCatalog> = new Set(Object.values(builtInCatalogs));

/** An entry's exact patterns, and the gate of every patterned entry of its provider. */
interface Compiled {
  readonly exact: (text: string) => boolean;
  readonly gate: ProviderGate;
}

/**
 * Whether any patterned entry of a provider could match a text (see
 * patterns.ts). The last answer is kept: resolving one code asks it once per
 * entry of that code, always about the same text.
 */
class ProviderGate {
  readonly #gate: TextTest | undefined;
  #text: string | undefined;
  #passes = true;

  constructor(gate: TextTest | undefined) {
    this.#gate = gate;
  }

  passes(text: string): boolean {
    if (this.#gate === undefined) return true;
    if (text !== this.#text) {
      this.#text = text;
      this.#passes = this.#gate(text);
    }
    return this.#passes;
  }
}

/** Indexes a set of catalogs for decoding. */
export function createCodeIndex(catalogs: readonly ProviderCatalog[]): CodeIndex {
  const byCode = new Map<string, Map<string, ListedEntry[]>>();
  const byName = new Map<string, Map<string, string>>();
  const withPatterns = new Map<string, ListedEntry[]>();
  const compiled = new Map<ListedEntry, Compiled>();
  // By number: the string of a status would be made and hashed per lookup.
  const byStatus = new Map<number, ListedEntry>();
  for (const catalog of catalogs) {
    const codes = new Map<string, ListedEntry[]>();
    const names = new Map<string, string>();
    const patterned: ListedEntry[] = [];
    for (const entry of listEntries(catalog)) {
      const same = codes.get(entry.code);
      if (same) same.push(entry);
      else codes.set(entry.code, [entry]);
      if (!names.has(entry.name)) names.set(entry.name, entry.code);
      if (entry.patterns) patterned.push(entry);
      if (catalog.id === 'http' && /^\d{3}$/.test(entry.code) && !byStatus.has(Number(entry.code)))
        byStatus.set(Number(entry.code), entry);
    }
    // A pack's patterns are anyone's: they run on the linear-time engine,
    // one test per entry (wire/patterns.ts); the built-ins' own, on V8's.
    const trusted = BUILT_IN.has(catalog);
    const gate = new ProviderGate(
      trusted
        ? gateOf(
            patterned.flatMap((e) => e.patterns ?? []),
            'iu',
          )
        : undefined,
    );
    for (const entry of patterned) {
      const sources = entry.patterns ?? [];
      compiled.set(entry, { exact: trusted ? exactPatterns(sources) : linearTest(sources), gate });
    }
    byCode.set(catalog.id, codes);
    byName.set(catalog.id, names);
    withPatterns.set(catalog.id, patterned);
  }
  return {
    catalogs: new Map(catalogs.map((c) => [c.id, c])),
    entries: (provider, code) => byCode.get(provider)?.get(code) ?? NONE,
    patterned: (provider) => withPatterns.get(provider) ?? NONE,
    statusEntry: (status) => byStatus.get(status),
    codeOfName: (provider, name) => byName.get(provider)?.get(name),
    matches(entry, text) {
      const patterns = compiled.get(entry);
      if (patterns === undefined) return false;
      return patterns.gate.passes(text) && patterns.exact(text);
    },
  };
}
