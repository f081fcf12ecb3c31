import { z } from 'zod';
import type { CatalogEntry, Limit, ParamSpec, ProviderCatalog, Section } from '../model/catalog.js';
import type { CatalogInput } from '../model/catalog-input.js';
import { CATEGORIES } from '../model/categories.js';
import { templateParams } from '../model/template.js';

// The run-time check of the types in model/catalog.ts (the two agree: see the
// end of this file); catalogs.test.ts proves every built-in catalog passes, and
// `kodex docs --catalog FILE` validates user files.
//
// Two audiences, one file. Everything a catalog says is published (reference
// pages, OpenAPI, the web reference, `kodex explain`, `list --json`) except the
// maintainer's provenance, which only the catalog's own source shows:
// - entry `note`: where a row comes from and how it was transcribed (typos
//   fixed, garbled rows read, codes added beyond the provider's reference);
// - catalog `seeds` and `notes`, section `seed`, limit `source`.
// An entry's `decision` is for the reader of the API: why this category,
// status or retryability, in terms of the provider's behaviour and its own
// documentation, never of kodex's sources. `MAINTAINER_FIELDS` in
// model/catalog.ts lists the entry fields no generator publishes.

const text = z.object({ ru: z.string().min(1), en: z.string().min(1) }).strict();
const partialText = z
  .object({ ru: z.string().min(1).optional(), en: z.string().min(1).optional() })
  .strict()
  .refine((t) => t.ru !== undefined || t.en !== undefined, 'needs ru or en');

const httpStatus = z.number().int().min(100).max(599);
const url = z.string().url();
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case slug');
// A section may be named as its provider names its class of errors (Stripe's `card_error`).
const sectionId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case slug (letters, digits, - and _)');

export const paramSpecSchema = z
  .object({ type: z.enum(['string', 'number']), description: partialText.optional() })
  .strict();

const catalogEntryShape = {
  code: z.string().min(1).max(200),
  variant: slug.optional(),
  name: z.string().min(1),
  status: httpStatus,
  statusInferred: z.boolean().optional(),
  category: z.enum(CATEGORIES),
  retryable: z.boolean(),
  kind: z.enum(['error', 'success', 'partial', 'pending']).optional(),
  title: text,
  description: partialText.optional(),
  template: partialText.optional(),
  params: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), paramSpecSchema).optional(),
  class: z.string().min(1).optional(),
  section: sectionId,
  docs: url.optional(),
  patterns: z.array(z.string().min(1)).min(1).optional(),
  decision: z.string().min(10).optional(),
  note: z.string().min(10).optional(),
};

export const catalogEntrySchema = z.object(catalogEntryShape).strict();

const limitDocumentation = {
  scope: z.enum(['account', 'ip', 'key', 'method', 'user', 'project']).optional(),
  method: z.string().min(1).optional(),
  description: text,
  source: z.string().min(1),
};

/** A documented limit: a rate (model/rate.ts, so it needs its window), or a quota, size or count. */
export const limitSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('rate'),
      limit: z.number().positive(),
      intervalMs: z.number().int().positive(),
      ...limitDocumentation,
    })
    .strict(),
  z
    .object({
      kind: z.enum(['quota', 'body-size', 'file-size', 'count']),
      limit: z.number().positive(),
      intervalMs: z.number().int().positive().optional(),
      ...limitDocumentation,
    })
    .strict(),
]);

const sectionObject = z
  .object({
    id: sectionId,
    title: text,
    seed: z
      .string()
      .regex(/^\d{3}$/)
      .optional(),
    source: z.string().min(1).optional(),
    docs: url.optional(),
  })
  .strict();

export const sectionSchema = sectionObject.refine(
  (s) => (s.seed === undefined) !== (s.source === undefined),
  'needs a seed or a source',
);

const providerCatalogShape = {
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  description: text,
  docs: url.optional(),
  hosts: z
    .array(
      z
        .string()
        .regex(/^(?:\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/),
    )
    .optional(),
  seeds: z.array(z.string()),
  formats: z.array(z.enum(['json', 'xml', 'text', 'html'])).min(1),
  success: z.object({ signal: z.enum(['http-status', 'body-code']), description: text }).strict(),
  limits: z.array(limitSchema),
  sections: z.array(sectionSchema).min(1),
  notes: z.array(z.string().min(10)).optional(),
  entries: z.array(catalogEntrySchema).min(1),
};

/**
 * A catalog as an author writes it (model/catalog-input.ts): the shape of a
 * whole catalog, with what kodex can fill left optional. Checked before the
 * defaults are filled, so that a file's mistakes are named where they are.
 */
export const catalogInputSchema = z
  .object({
    ...providerCatalogShape,
    description: partialText.optional(),
    seeds: providerCatalogShape.seeds.optional(),
    formats: providerCatalogShape.formats.optional(),
    success: providerCatalogShape.success.optional(),
    limits: providerCatalogShape.limits.optional(),
    sections: z.array(sectionObject).min(1).optional(),
    entries: z
      .array(
        z
          .object({
            ...catalogEntryShape,
            name: catalogEntryShape.name.optional(),
            retryable: catalogEntryShape.retryable.optional(),
            section: catalogEntryShape.section.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const providerCatalogSchema = z
  .object(providerCatalogShape)
  .strict()
  .superRefine((catalog, ctx) => {
    const sections = new Set(catalog.sections.map((s) => s.id));
    const keys = new Set<string>();
    catalog.entries.forEach((entry, i) => {
      const key = entry.variant ? `${entry.code}.${entry.variant}` : entry.code;
      if (keys.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['entries', i], message: `duplicate key ${key}` });
      }
      keys.add(key);
      if (!sections.has(entry.section)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'section'],
          message: `unknown section ${entry.section}`,
        });
      }
      for (const name of templateParams(entry.template?.ru ?? entry.template?.en ?? '')) {
        if (!entry.params?.[name]) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i, 'params'],
            message: `template uses {${name}} but params does not declare it`,
          });
        }
      }
    });
  });

export { templateParams } from '../model/template.js';

// One shape, written once as types: model/catalog.ts (CatalogEntry, Limit,
// Section, ProviderCatalog) and model/catalog-input.ts (what an author may
// leave out). The schemas above check data against those types at run time,
// and the lines below fail the type-check the moment the two disagree (a field
// added, dropped, made optional or retyped on one side only). Why not the other
// way round, types as `z.infer` of the schemas: model is the lowest layer and
// the core (`import 'kodex'`, which must stay small and run in a browser) loads
// no zod; its types and its published .d.ts read as plain interfaces with their
// JSDoc; and the typed-catalog generics (server/catalog-types.ts) build on
// those interfaces.

/** A type with every `readonly` removed, all the way down, so zod's mutable output compares. */
type Writable<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? Writable<U>[]
    : { -readonly [K in keyof T]: Writable<T[K]> };

/** `true` when A and B are the same type (not merely assignable). */
type Same<A, B> =
  (<G>() => G extends Writable<A> ? 1 : 2) extends <G>() => G extends Writable<B> ? 1 : 2
    ? true
    : false;

const schemasAgreeWithModel: [
  Same<z.output<typeof paramSpecSchema>, ParamSpec>,
  Same<z.output<typeof catalogEntrySchema>, CatalogEntry>,
  Same<z.output<typeof limitSchema>, Limit>,
  Same<z.output<typeof sectionSchema>, Section>,
  Same<z.output<typeof providerCatalogSchema>, ProviderCatalog>,
  Same<z.output<typeof catalogInputSchema>, CatalogInput>,
] = [true, true, true, true, true, true];
void schemasAgreeWithModel;
