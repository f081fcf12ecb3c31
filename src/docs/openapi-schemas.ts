import { CATEGORIES } from '../model/categories.js';
import type { JsonSchema } from './infer-schema.js';

// The components every kodex OpenAPI document shares: RFC 9457 problem
// details with the extension members kodex writes (dialects/problem.ts), its
// field issues, the categories, and the Retry-After header.

/** Where a component is referenced from. */
export function ref(kind: 'schemas' | 'responses' | 'headers', name: string): { $ref: string } {
  return { $ref: `#/components/${kind}/${name}` };
}

/** The `Category` schema: the taxonomy's categories. */
export const CATEGORY_SCHEMA: JsonSchema = {
  type: 'string',
  description: 'What a program should do about the error: one of the kodex categories.',
  enum: [...CATEGORIES],
};

/** The `FieldIssue` schema: one field-level issue of a problem's `errors`. */
export const FIELD_ISSUE_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'One field-level issue of the request.',
  properties: {
    path: { type: 'string', description: 'Path of the field in the request.' },
    code: { type: 'string', description: "The provider's field-level code." },
    message: { type: 'string' },
    validValues: { type: 'array', items: {} },
    badValues: { type: 'array', items: {} },
  },
  required: ['path'],
};

/** The `ProblemDetails` schema: RFC 9457 with kodex's extension members. */
export const PROBLEM_DETAILS_SCHEMA: JsonSchema = {
  type: 'object',
  description:
    'RFC 9457 problem details (application/problem+json) with the kodex extension members provider, code, category, retryable, errors and others, so that a kodex client decodes the error exactly.',
  properties: {
    type: {
      type: 'string',
      format: 'uri-reference',
      default: 'about:blank',
      description: 'Documentation of the code, or about:blank.',
    },
    title: { type: 'string', description: 'Short title of the code.' },
    status: { type: 'integer', minimum: 100, maximum: 599 },
    detail: { type: 'string', description: 'What happened this time.' },
    instance: { type: 'string', format: 'uri-reference' },
    provider: { type: 'string', description: 'The catalog the code belongs to.' },
    code: { type: 'string', description: "The catalog's code, exactly as written." },
    category: ref('schemas', 'Category'),
    retryable: {
      type: 'boolean',
      description: 'Whether the same request, unchanged, may succeed later.',
    },
    errors: { type: 'array', items: ref('schemas', 'FieldIssue') },
    others: {
      type: 'array',
      description: 'Further errors of the same response.',
      items: ref('schemas', 'ProblemDetails'),
    },
  },
  required: ['type', 'title', 'status', 'provider', 'code', 'category', 'retryable'],
};

/** The `Retry-After` header of retryable errors. */
export const RETRY_AFTER_HEADER = {
  description:
    'When to retry: seconds, or an HTTP date (RFC 9110 §10.2.3). Sent with retryable errors when the delay is known.',
  schema: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string' }] },
};
