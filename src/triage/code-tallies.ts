import type { ProviderCatalog } from '../model/catalog.js';
import type { CatalogInput } from '../model/catalog-input.js';
import type { ErrorRecord } from '../model/record.js';
import { redactText } from '../wire/redact.js';
import type { Exchange } from './exchange.js';
import { byCount, increment } from './map-counts.js';
import { packStubs } from './pack-stubs.js';
import type { CodeCount, UnknownCode } from './report.js';
import { bodyStart, iso, seenRequest } from './seen-request.js';

/** Characters of a provider's message a report quotes. */
const DETAIL_CHARS = 500;
/** Distinct statuses kept per code. */
const MAX_STATUSES = 10;

/** A code's counts as they are gathered; a {@link CodeCount} once reported. */
interface CodeTally
  extends Pick<CodeCount, 'provider' | 'code' | 'category' | 'retryable' | 'known' | 'title'> {
  count: number;
  readonly statuses: Map<number, number>;
  first?: number;
  last?: number;
  readonly examples: UnknownCode['examples'][number][];
  /** The first message the provider sent with the code: a stub's title. */
  detail?: string;
}

/** What the codes seen say: their counts, the unknown ones with examples, and stubs for those. */
export interface CodesSeen {
  readonly codes: readonly CodeCount[];
  readonly otherCodes: number;
  readonly unknown: readonly UnknownCode[];
  readonly stubs: readonly CatalogInput[];
}

/**
 * Counts codes by provider, up to `maxCodes` distinct ones (the rest
 * together), keeping `examples` redacted answers of each code no catalog has.
 */
export function createCodeTallies(maxCodes: number, examples: number) {
  const codes = new Map<string, CodeTally>();
  let otherCodes = 0;

  function tallyOf(record: ErrorRecord): CodeTally | undefined {
    const key = `${record.provider}\u0000${record.code}`;
    const tally = codes.get(key);
    if (tally || codes.size >= maxCodes) return tally;
    const made: CodeTally = {
      provider: record.provider,
      code: record.code,
      category: record.category,
      retryable: record.retryable,
      known: record.known,
      title: record.title,
      count: 0,
      statuses: new Map(),
      examples: [],
    };
    codes.set(key, made);
    return made;
  }

  /** One error of an exchange (the primary one or another of the same answer). */
  function count(record: ErrorRecord, exchange: Exchange): void {
    const tally = tallyOf(record);
    if (!tally) {
      otherCodes++;
      return;
    }
    tally.count++;
    if (tally.statuses.size < MAX_STATUSES || tally.statuses.has(record.status))
      increment(tally.statuses, record.status);
    const time = exchange.time;
    if (time !== undefined) {
      if (tally.first === undefined || time < tally.first) tally.first = time;
      if (tally.last === undefined || time > tally.last) tally.last = time;
    }
    if (!record.known && tally.examples.length < examples) {
      const detail = record.detail && redactText(record.detail).slice(0, DETAIL_CHARS);
      tally.detail ??= detail;
      tally.examples.push({ ...seenRequest(exchange), detail, body: bodyStart(exchange.body) });
    }
  }

  /** The codes, most frequent first; stubs name their catalog from `catalogOf`. */
  function seen(catalogOf: ReadonlyMap<string, Pick<ProviderCatalog, 'name'>>): CodesSeen {
    const tallies = [...codes.values()].sort((a, b) => b.count - a.count);
    const unknown = tallies.filter((t) => !t.known);
    return {
      codes: tallies.map((t) => ({
        provider: t.provider,
        code: t.code,
        category: t.category,
        retryable: t.retryable,
        known: t.known,
        title: t.title,
        count: t.count,
        statuses: byCount(t.statuses),
        first: iso(t.first),
        last: iso(t.last),
      })),
      otherCodes,
      unknown: unknown.map((t) => ({
        provider: t.provider,
        code: t.code,
        count: t.count,
        examples: t.examples,
      })),
      stubs: packStubs(
        unknown.map((t) => ({
          provider: t.provider,
          code: t.code,
          status: byCount(t.statuses)[0]!,
          category: t.category,
          count: t.count,
          detail: t.detail,
        })),
        catalogOf,
      ),
    };
  }

  return { count, seen };
}
