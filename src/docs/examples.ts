import { encode } from '../decode/encode.js';
import { entryRecord } from '../decode/entry-record.js';
import type { Dialect } from '../dialects/dialect.js';
import type { CatalogEntry, Lang, ParamSpec, ProviderCatalog } from '../model/catalog.js';
import { pick } from '../model/catalog.js';
import type { ErrorRecord } from '../model/record.js';
import { defaultProviders } from '../packs/provider-set.js';

// Example bodies carry a fixed time (Avtocod `stamp`, Dellin `generated_at`)
// so that generated reference pages are the same on every run.
const EXAMPLE_TIME = () => Date.UTC(2024, 0, 1, 12, 0, 0);

/** One example response of an entry, as an encoder writes it. */
export interface ExampleBody {
  /** Dialect that wrote it: the provider's id, or `problem` for RFC 9457. */
  readonly dialect: string;
  readonly format: 'json' | 'xml' | 'text';
  /** The content type without parameters: `application/problem+json`. */
  readonly mediaType: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The body, pretty-printed when it is JSON. */
  readonly body: string;
  /** The parsed body, for JSON. */
  readonly value?: unknown;
}

/** Options of {@link exampleBodies}. */
export interface ExampleOptions {
  /** Language of the title and message in the bodies. @default 'en' */
  readonly lang?: Lang;
}

/** A value for a template parameter, so that an example reads like a real message. */
function sampleValue(name: string, spec: ParamSpec): string | number {
  return spec.type === 'number' ? 2 : `example_${name}`;
}

/** Sample values of an entry's template parameters, by name. */
export function sampleParams(entry: CatalogEntry): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [name, spec] of Object.entries(entry.params ?? {})) {
    params[name] = sampleValue(name, spec);
  }
  return params;
}

/**
 * The record an example body encodes: the entry as a provider would answer it,
 * with its template filled with sample parameters (or its title) as the message.
 */
export function exampleRecord(
  catalog: ProviderCatalog,
  entry: CatalogEntry,
  lang: Lang = 'en',
): ErrorRecord {
  const params = sampleParams(entry);
  return entryRecord(entry, {
    provider: catalog.id,
    status: entry.status,
    lang,
    // A provider's message; without a template the title reads as one.
    detail: pick(entry.template, lang) === undefined ? entry.title[lang] : undefined,
    fromTemplate: true,
    params: Object.keys(params).length ? params : undefined,
  });
}

/**
 * The catalog's own dialect, when kodex has one for its id (a built-in's, or
 * a registered pack's); generic dialects (`problem`) belong to no catalog of
 * that name.
 */
export function providerDialect(catalog: Pick<ProviderCatalog, 'id'>): Dialect | undefined {
  return defaultProviders().dialects.find((d) => d.id === catalog.id && d.provider === catalog.id);
}

function mediaTypeOf(headers: Readonly<Record<string, string>>): string {
  return (headers['content-type'] ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
}

function toExample(dialect: string, response: ReturnType<typeof encode>): ExampleBody {
  const mediaType = mediaTypeOf(response.headers);
  const base = { dialect, mediaType, status: response.status, headers: response.headers };
  if (/[/+]json$/.test(mediaType)) {
    try {
      const value: unknown = JSON.parse(response.body);
      return { ...base, format: 'json', body: JSON.stringify(value, null, 2), value };
    } catch {
      // An encoder that labels non-JSON as JSON is a bug elsewhere; show what it wrote.
    }
  }
  const format = /[/+]xml$/.test(mediaType) ? 'xml' : mediaType.endsWith('json') ? 'json' : 'text';
  return { ...base, format, body: response.body };
}

/**
 * Example responses of one entry, produced by the encoders: in the provider's
 * dialect (JSON, and XML where the dialect has it) when kodex has that
 * dialect, and as RFC 9457 problem+json for entries that are not successes.
 * @example exampleBodies(catalogs.avtocod, entry).map((e) => e.mediaType) // ['application/json', 'application/problem+json']
 */
export function exampleBodies(
  catalog: ProviderCatalog,
  entry: CatalogEntry,
  options: ExampleOptions = {},
): ExampleBody[] {
  const record = exampleRecord(catalog, entry, options.lang ?? 'en');
  const examples: ExampleBody[] = [];
  const own = providerDialect(catalog);
  if (own) {
    examples.push(toExample(own.id, encode(record, { dialect: own.id, now: EXAMPLE_TIME })));
    if (own.formats.includes('xml')) {
      examples.push(
        toExample(own.id, encode(record, { dialect: own.id, format: 'xml', now: EXAMPLE_TIME })),
      );
    }
  }
  // A success is not a problem: kodex never renders one as problem+json.
  if ((entry.kind ?? 'error') !== 'success') {
    examples.push(toExample('problem', encode(record, { dialect: 'problem' })));
  }
  return examples;
}
