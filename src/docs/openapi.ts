import type { CatalogEntry, Lang, ProviderCatalog } from '../model/catalog.js';
import { entryKey, publishedEntry } from '../model/catalog.js';
import { anchorId } from './anchor.js';
import { escapeMarkdown as md } from './escape-markdown.js';
import { type ExampleBody, exampleBodies, providerDialect } from './examples.js';
import { ANCHOR_RULE, formatLimit, SUCCESS_SIGNAL_NAMES, yesNo } from './facts.js';
import { inferBodySchema, type JsonSchema } from './infer-schema.js';
import {
  CATEGORY_SCHEMA,
  FIELD_ISSUE_SCHEMA,
  PROBLEM_DETAILS_SCHEMA,
  RETRY_AFTER_HEADER,
  ref,
} from './openapi-schemas.js';
import { safeUrl } from './safe-url.js';

/** Options of {@link renderOpenApi}. */
export interface OpenApiOptions {
  /** Language of the titles and messages in the examples. @default 'en' */
  readonly lang?: Lang;
  /** `info.version` of the document. @default '1.0.0' */
  readonly version?: string;
}

/** An OpenAPI 3.1 document, as plain JSON data. */
export type OpenApiDocument = { openapi: '3.1.0' } & { [member: string]: unknown };

/** A component name from a catalog id: `radist-online` → `RadistOnline`. */
export function pascalName(id: string): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(name) ? name : `Catalog${name}`;
}

/**
 * The name of an entry's response component: the catalog id and the entry's
 * anchor, e.g. `avtocod.code-B011` (names allow `[A-Za-z0-9._-]` only).
 */
export function responseName(catalogId: string, key: string): string {
  return `${catalogId.replace(/[^A-Za-z0-9_-]/g, '_')}.${anchorId(key)}`;
}

interface Media {
  schemas: JsonSchema[];
  examples: Record<string, { summary: string; value: unknown }>;
}

function exampleName(example: ExampleBody, taken: Record<string, unknown>): string {
  const base = example.dialect === 'problem' ? 'problem' : example.dialect;
  return base in taken ? `${base}-${example.format}` : base;
}

function responseOf(
  catalog: ProviderCatalog,
  entry: CatalogEntry,
  examples: readonly ExampleBody[],
  bodySchemaName: string | undefined,
) {
  const key = entryKey(entry);
  const byMedia = new Map<string, Media>();
  for (const example of examples) {
    // An empty body has no content to describe (Telphin answers some codes with the status only).
    if (example.body === '') continue;
    const schema =
      example.dialect === 'problem'
        ? ref('schemas', 'ProblemDetails')
        : example.format === 'json' && bodySchemaName
          ? ref('schemas', bodySchemaName)
          : example.format === 'text'
            ? { type: 'string' }
            : undefined;
    let media = byMedia.get(example.mediaType);
    if (!media) {
      media = { schemas: [], examples: {} };
      byMedia.set(example.mediaType, media);
    }
    if (schema && !media.schemas.some((s) => JSON.stringify(s) === JSON.stringify(schema))) {
      media.schemas.push(schema);
    }
    const name = exampleName(example, media.examples);
    media.examples[name] = {
      summary: `${example.dialect === 'problem' ? 'RFC 9457 problem' : example.dialect} (${example.format.toUpperCase()})`,
      value:
        example.format === 'json' && example.value !== undefined ? example.value : example.body,
    };
  }
  const content: Record<string, unknown> = {};
  for (const [mediaType, media] of byMedia) {
    const schema = media.schemas.length > 1 ? { anyOf: media.schemas } : media.schemas[0];
    content[mediaType] = schema
      ? { schema, examples: media.examples }
      : { examples: media.examples };
  }
  const kind = entry.kind ?? 'error';
  const description = [
    `**${md(entry.code)}**${entry.variant ? ` (${md(entry.variant)})` : ''} — ${md(entry.title.en)} / ${md(entry.title.ru)}.`,
    `HTTP ${entry.status}${entry.statusInferred ? ' (inferred)' : ''}; category ${md(entry.category)}; retryable: ${yesNo(entry.retryable)}${kind === 'error' ? '' : `; not an error: ${kind}`}.`,
    entry.description?.en ? md(entry.description.en) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    description,
    ...(entry.retryable ? { headers: { 'Retry-After': ref('headers', 'RetryAfter') } } : {}),
    ...(Object.keys(content).length ? { content } : {}),
    'x-kodex': {
      provider: catalog.id,
      key,
      anchor: anchorId(key),
      ...publishedEntry(entry),
      kind,
      docs: safeUrl(entry.docs),
    },
  };
}

function infoOf(catalog: ProviderCatalog, options: OpenApiOptions) {
  const limits = catalog.limits.map((l) => `- ${md(formatLimit(l))}: ${md(l.description.en)}`);
  const description = [
    md(catalog.description.en),
    md(catalog.description.ru),
    `Success is signalled ${md(SUCCESS_SIGNAL_NAMES[catalog.success.signal] ?? catalog.success.signal)}: ${md(catalog.success.description.en)}`,
    limits.length ? `Documented limits:\n\n${limits.join('\n')}` : '',
    `Each code of the catalog is a response component named \`<catalog>.<anchor>\`. ${md(ANCHOR_RULE)}`,
  ];
  return {
    title: `${catalog.name} errors`,
    summary: `Error responses of ${catalog.name}, one component per catalog code.`,
    description: description.filter(Boolean).join('\n\n'),
    version: options.version ?? '1.0.0',
  };
}

/**
 * OpenAPI 3.1 components for a catalog's error responses: `ProblemDetails`
 * (RFC 9457 with kodex's members), the provider's own body schema inferred
 * from its encoder's bodies when kodex has its dialect, and one response per
 * code with example bodies produced by the encoders.
 * @example JSON.stringify(renderOpenApi(catalogs.avtocod), null, 2)
 */
export function renderOpenApi(
  catalog: ProviderCatalog,
  options: OpenApiOptions = {},
): OpenApiDocument {
  const lang = options.lang ?? 'en';
  const examplesOf = new Map(
    catalog.entries.map((entry) => [entry, exampleBodies(catalog, entry, { lang })]),
  );
  const schemas: Record<string, JsonSchema> = {
    ProblemDetails: PROBLEM_DETAILS_SCHEMA,
    FieldIssue: FIELD_ISSUE_SCHEMA,
    Category: CATEGORY_SCHEMA,
  };
  const own = providerDialect(catalog);
  const ownBodies = [...examplesOf.values()]
    .flat()
    .filter((e) => e.dialect === own?.id && e.format === 'json' && e.value !== undefined)
    .map((e) => e.value);
  let bodySchemaName: string | undefined;
  if (ownBodies.length) {
    bodySchemaName = `${pascalName(catalog.id)}Error`;
    schemas[bodySchemaName] = {
      description: `The error body of ${catalog.name}, as kodex encodes it for the codes of this catalog.`,
      ...inferBodySchema(ownBodies),
    };
  }
  const responses: Record<string, unknown> = {};
  for (const [entry, examples] of examplesOf) {
    responses[responseName(catalog.id, entryKey(entry))] = responseOf(
      catalog,
      entry,
      examples,
      bodySchemaName,
    );
  }
  const docs = safeUrl(catalog.docs);
  return {
    openapi: '3.1.0',
    info: infoOf(catalog, options),
    ...(docs ? { externalDocs: { url: docs, description: `${catalog.name} documentation` } } : {}),
    components: {
      schemas,
      headers: { RetryAfter: RETRY_AFTER_HEADER },
      responses,
    },
    'x-kodex-catalog': {
      id: catalog.id,
      name: catalog.name,
      formats: catalog.formats,
      success: catalog.success,
      limits: catalog.limits.map(({ source: _source, ...limit }) => limit),
      codes: catalog.entries.length,
    },
  };
}
