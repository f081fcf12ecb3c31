import { z } from 'zod';
import { checkCatalog, jsonPointer } from '../catalogs/normalize-catalog.js';
import type { Dialect } from '../dialects/dialect.js';
import type { PackProblem } from '../errors/invalid-pack-error.js';
import type { ProviderCatalog } from '../model/catalog.js';
import type { DialectSpec } from '../model/pack.js';
import { pointerProblem } from '../wire/json-pointer.js';
import { linearPatternProblem } from '../wire/patterns.js';

// What a pack must be before kodex loads it (model/pack.ts). A pack is data
// from anyone: besides its shape, everything that decoding will run is
// bounded here, once, so that no pack can make `decode` throw or hang:
// - pointers are valid and at most MAX_POINTER_DEPTH deep;
// - message patterns are RE2 syntax, short and few: they are matched by a
//   linear-time engine (wire/patterns.ts, `linearTest`), never by V8's
//   backtracking one, where `a.*b.*c` takes 12 s on a 4 KiB message;
// - the catalog has at most MAX_PACK_ENTRIES entries.

/**
 * Most entries a pack may hold. Ten thousand codes is more than any API
 * documents, and loading that many stays within seconds (bench/README.md,
 * "Figures behind code comments").
 */
export const MAX_PACK_ENTRIES = 10_000;
const MAX_PATTERN_CHARS = 500;
/** Most message patterns a pack may hold: each may be tried on a message of up to 4,096 characters. */
const MAX_PACK_PATTERNS = 50;

const pointer = z
  .string()
  .max(1000)
  .superRefine((value, ctx) => {
    const problem = pointerProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
/** Most pointers a dialect member may list. */
export const MAX_POINTERS = 8;
const pointers = z.union([pointer, z.array(pointer).min(1).max(MAX_POINTERS)]);
const scalar = z.union([z.string().max(200), z.number(), z.boolean(), z.null()]);
const memberName = z.string().min(1).max(200);
const score = z.number().min(0).max(1);

/** Why a pack's pattern is refused: too long, or no pattern the linear-time engine runs. */
function regexProblem(source: string): string | undefined {
  if (source.length > MAX_PATTERN_CHARS)
    return `a pattern may be at most ${MAX_PATTERN_CHARS} characters`;
  return linearPatternProblem(source);
}

/** A code pattern of a dialect: run on every body's code, so checked like an entry's. */
const codePattern = z.string().superRefine((value, ctx) => {
  const problem = regexProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const dialectSpecSchema = z
  .object({
    format: z.enum(['json', 'xml']).optional(),
    detectKeys: z.array(z.array(memberName).min(1).max(8)).min(1).max(8).optional(),
    mediaTypes: z
      .array(
        z
          .string()
          .regex(
            /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/,
            'a media type such as application/json',
          ),
      )
      .max(8)
      .optional(),
    errors: pointer.optional(),
    list: z.boolean().optional(),
    code: pointers.optional(),
    codePattern: codePattern.optional(),
    defaultCode: z.string().min(1).max(200).optional(),
    detail: pointers.optional(),
    detailRequired: z.boolean().optional(),
    docs: pointers.optional(),
    params: pointers.optional(),
    field: pointers.optional(),
    section: pointers.optional(),
    fields: z
      .object({
        at: pointer,
        path: pointers.optional(),
        code: pointers.optional(),
        message: pointers.optional(),
      })
      .strict()
      .optional(),
    retryAfterSeconds: pointers.optional(),
    status: pointers.optional(),
    success: z
      .object({
        at: pointer,
        values: z.array(scalar).min(1).max(20).optional(),
        failure: scalar.optional(),
      })
      .strict()
      .optional(),
    detection: z
      .object({
        known: score.optional(),
        unknown: score.optional(),
        unknownCode: codePattern.optional(),
        unknownNeedsDetail: z.boolean().optional(),
        defaultCode: score.optional(),
      })
      .strict()
      .optional(),
    constants: z
      .record(pointer, z.union([z.string().max(200), z.number(), z.boolean()]))
      .refine((c) => Object.keys(c).length <= 20, 'at most 20 constants')
      .optional(),
  })
  .strict()
  .refine((spec) => spec.format !== 'xml' || (spec.errors ?? '') !== '', {
    message: 'an XML dialect needs `errors`: the path from the root element to the error',
    path: ['errors'],
  });

/** A pack checked: its catalog with the defaults filled, and its dialect as given. */
export interface CheckedPack {
  readonly catalog: ProviderCatalog;
  /** The declared dialect, or a module's own dialect object. */
  readonly dialect?: DialectSpec | Dialect;
}

/** What {@link checkPack} finds: the pack, or what is wrong with it. */
export type PackCheck =
  | { readonly pack: CheckedPack; readonly problems?: undefined }
  | { readonly pack?: undefined; readonly problems: readonly PackProblem[] };

/** A module's dialect with code: an object with the three methods of a `Dialect`. */
function isCodeDialect(value: unknown): value is Dialect {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Partial<Dialect>;
  return (
    typeof d.decode === 'function' &&
    typeof d.detect === 'function' &&
    typeof d.encode === 'function'
  );
}

function patternProblems(catalog: ProviderCatalog): PackProblem[] {
  const problems: PackProblem[] = [];
  const count = catalog.entries.reduce((n, e) => n + (e.patterns?.length ?? 0), 0);
  if (count > MAX_PACK_PATTERNS)
    problems.push({
      pointer: '/entries',
      message: `a pack may hold at most ${MAX_PACK_PATTERNS} message patterns (this one has ${count})`,
    });
  catalog.entries.forEach((entry, i) => {
    entry.patterns?.forEach((source, j) => {
      const at = jsonPointer(['entries', i, 'patterns', j]);
      const message = regexProblem(source);
      if (message) problems.push({ pointer: at, message });
    });
  });
  return problems;
}

/**
 * Checks any data as a provider pack: the catalog (as `checkCatalog` does),
 * the dialect's pointers, the entries' patterns and the pack's size. Never
 * throws.
 * @example checkPack({ id: 'shop', name: 'Shop', entries: [] }).problems?.[0]?.pointer // '/entries'
 */
export function checkPack(data: unknown): PackCheck {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return {
      problems: [
        { pointer: '', message: 'a pack is an object: a catalog with an optional `dialect`' },
      ],
    };
  const { dialect, ...catalogData } = data as Record<string, unknown>;
  const entries = (catalogData as { entries?: unknown }).entries;
  if (Array.isArray(entries) && entries.length > MAX_PACK_ENTRIES) {
    return {
      problems: [
        {
          pointer: '/entries',
          message: `a pack may hold at most ${MAX_PACK_ENTRIES} entries (this one has ${entries.length})`,
        },
      ],
    };
  }
  const problems: PackProblem[] = [];
  const catalog = checkCatalog(catalogData);
  if (catalog.problems)
    problems.push(...catalog.problems.map(({ pointer, message }) => ({ pointer, message })));
  let spec: DialectSpec | Dialect | undefined;
  if (dialect !== undefined) {
    if (isCodeDialect(dialect)) {
      spec = dialect;
    } else {
      const checked = dialectSpecSchema.safeParse(dialect);
      if (checked.success) spec = dialect as DialectSpec;
      else
        for (const issue of checked.error.issues)
          problems.push({
            pointer: jsonPointer(['dialect', ...issue.path]),
            message: issue.message,
          });
    }
  }
  if (catalog.catalog) problems.push(...patternProblems(catalog.catalog));
  if (problems.length || !catalog.catalog) return { problems };
  return {
    pack:
      spec === undefined
        ? { catalog: catalog.catalog }
        : { catalog: catalog.catalog, dialect: spec },
  };
}
