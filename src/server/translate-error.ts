import { type ApiError, isApiError } from '../errors/api-error.js';
import type { Lang, Text } from '../model/catalog.js';
import type { ErrorRecord, FieldIssue } from '../model/record.js';
import { redactText } from '../wire/redact.js';
import { statusRecord } from './http-catalog.js';

/**
 * Makes the record of request-validation failures from the field issues, a
 * safe message and the framework's error. Return your own catalog's error
 * (or record) to answer validation failures with your code.
 */
export type ValidationErrorFactory = (
  fields: readonly FieldIssue[],
  detail: string,
  error: unknown,
) => ErrorRecord | ApiError;

/** What a thrown value becomes; `unexpected` marks a bug (answered 500, stack only in development). */
export interface TranslatedError {
  readonly record: ErrorRecord;
  readonly unexpected: boolean;
}

type Loose = Record<string, unknown>;

const MAX_ISSUES = 100;

// Fastify: AJV errors in `error.validation`, the part in `error.validationContext`.
// A missing required property is reported on its parent, named in params.
function ajvFields(items: readonly unknown[], context: unknown): FieldIssue[] {
  const prefix = typeof context === 'string' && context ? `/${context}` : '';
  return items.slice(0, MAX_ISSUES).map((raw) => {
    const item = (raw ?? {}) as Loose;
    const params = (item.params ?? {}) as Loose;
    const missing =
      item.keyword === 'required' && typeof params.missingProperty === 'string'
        ? `/${params.missingProperty}`
        : '';
    const issue: { path: string; code?: string; message?: string; validValues?: unknown[] } = {
      path: `${prefix}${typeof item.instancePath === 'string' ? item.instancePath : ''}${missing}`,
    };
    if (typeof item.keyword === 'string') issue.code = item.keyword;
    if (typeof item.message === 'string') issue.message = item.message;
    if (Array.isArray(params.allowedValues)) issue.validValues = params.allowedValues;
    return issue;
  });
}

// Zod (and validators built on it, such as @hono/zod-validator hooks): `issues`
// with a `path` array. Input values are left out: they may hold secrets.
function zodFields(issues: readonly unknown[]): FieldIssue[] {
  return issues.slice(0, MAX_ISSUES).map((raw) => {
    const issue = (raw ?? {}) as Loose;
    const path = Array.isArray(issue.path) ? issue.path.map(String).join('.') : '';
    const field: { path: string; code?: string; message?: string; validValues?: unknown[] } = {
      path,
    };
    if (typeof issue.code === 'string') field.code = issue.code;
    if (typeof issue.message === 'string') field.message = issue.message;
    if (Array.isArray(issue.values)) field.validValues = issue.values;
    return field;
  });
}

const VALIDATION_FAILED = {
  ru: 'Запрос не прошёл проверку: смотрите поля.',
  en: 'The request failed validation: see the fields.',
};

/** The field issues and message of a validation failure, or nothing for another error. */
function validationOf(
  error: Loose,
  lang: Lang,
): { fields: FieldIssue[]; detail: string } | undefined {
  if (Array.isArray(error.validation)) {
    // Fastify's message names the fields ("body/email must be string"), never their values.
    const detail = typeof error.message === 'string' && error.message ? error.message : undefined;
    return {
      fields: ajvFields(error.validation, error.validationContext),
      detail: redactText(detail ?? VALIDATION_FAILED[lang]),
    };
  }
  // A ZodError's message is its issues as JSON: the fields say it better.
  if (error.name === 'ZodError' && Array.isArray(error.issues)) {
    return { fields: zodFields(error.issues), detail: VALIDATION_FAILED[lang] };
  }
  return undefined;
}

function statusOf(error: Loose): number | undefined {
  const status = error.status ?? error.statusCode;
  return typeof status === 'number' && Number.isInteger(status) && status >= 400 && status <= 599
    ? status
    : undefined;
}

// Express's body-parser: its parse-error messages quote the body, so they are
// replaced by fixed ones (the body may hold credentials).
const BODY_PARSER_DETAIL: Readonly<Record<string, Text>> = {
  'entity.parse.failed': {
    ru: 'Тело запроса не разбирается: проверьте синтаксис.',
    en: 'The request body could not be parsed: check its syntax.',
  },
  'entity.too.large': {
    ru: 'Тело запроса больше допустимого размера.',
    en: 'The request body is larger than allowed.',
  },
};

/**
 * Translates anything a handler threw into a record: kodex errors as they
 * are; Fastify (AJV) and Zod validation failures into `invalid_request` with
 * field issues; Express body-parser errors; errors that carry an HTTP status
 * (http-errors, Fastify's, Hono's HTTPException) by that status, their
 * message kept for 4xx; anything else into a 500 `internal` that says nothing
 * of its cause.
 */
export function translateError(
  error: unknown,
  lang: Lang,
  validationError?: ValidationErrorFactory,
): TranslatedError {
  // An ApiError made to be answered (a catalog's, or a record a handler chose
  // to pass on) is answered as it is. One the client rejected with carries the
  // upstream response it came from: it is answered by its status like any
  // error with one, so an upstream's 5xx detail stays in the logs.
  if (isApiError(error) && error.response === undefined)
    return { record: error.recordIn(lang), unexpected: false };
  if (typeof error !== 'object' || error === null) {
    return { record: statusRecord(500, { lang }), unexpected: true };
  }
  const loose = error as Loose;
  const validation = validationOf(loose, lang);
  if (validation) {
    const { fields, detail } = validation;
    if (validationError) {
      const made = validationError(fields, detail, error);
      return { record: isApiError(made) ? made.recordIn(lang) : made, unexpected: false };
    }
    const status = statusOf(loose) ?? 400;
    return {
      record: statusRecord(status < 500 ? status : 400, { lang, fields, detail }),
      unexpected: false,
    };
  }
  const status = statusOf(loose);
  if (status === undefined) return { record: statusRecord(500, { lang }), unexpected: true };
  const fixed = typeof loose.type === 'string' ? BODY_PARSER_DETAIL[loose.type] : undefined;
  // http-errors' `expose` is false for 5xx: their message is for logs, not clients.
  const exposed = status < 500 && loose.expose !== false;
  const message = typeof loose.message === 'string' && loose.message ? loose.message : undefined;
  const detail = fixed ? fixed[lang] : exposed && message ? redactText(message) : undefined;
  return { record: statusRecord(status, { lang, detail }), unexpected: false };
}
