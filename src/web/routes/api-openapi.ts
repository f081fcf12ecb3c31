import { defaultLookup } from '../../lookup/index.js';
import { CATEGORIES } from '../../model/categories.js';
import { jsonResponse, type WebResponse } from '../web-response.js';

// The providers a decode may name are this server's: the built-ins and its
// packs, filled in when the description is asked for (openapiRoute).
const DECODE_PROVIDER = { type: 'string', description: 'A provider id (GET /api/providers).' };

/** Where the API's own description is served. */
export const OPENAPI_PATH = '/api/openapi.json';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const query = (name: string, description: string, schema: object, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});
const text = {
  type: 'object',
  required: ['ru', 'en'],
  properties: { ru: { type: 'string' }, en: { type: 'string' } },
};
// What an entry and a search hit both carry.
const ENTRY_REQUIRED = [
  'provider',
  'code',
  'key',
  'name',
  'status',
  'category',
  'retryable',
  'title',
] as const;
const ENTRY_CORE = {
  provider: { type: 'string' },
  code: { type: 'string' },
  key: { type: 'string' },
  name: { type: 'string' },
  status: { type: 'integer' },
  category: ref('Category'),
  retryable: { type: 'boolean' },
  title: ref('Text'),
};
const providerParam = query('provider', 'Only this provider’s entries.', {
  type: 'string',
  examples: ['avtocod'],
});

/**
 * The OpenAPI 3.1 description of the web reference's JSON API (not of a
 * provider's API: `kodex docs --format openapi` writes those).
 */
export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'kodex web reference API',
    version: '1',
    description:
      'Error codes of amoCRM, Radist.Online, Telphin, Avtocod, UniSender, Google APIs, Dellin, Mobizon and HTTP: list, explain, search and decode. Errors are RFC 9457 problem+json.',
  },
  servers: [{ url: '/' }],
  paths: {
    '/api': {
      get: {
        summary: 'What the API offers',
        operationId: 'index',
        responses: { '200': json(ref('Index'), 'The endpoints and this description’s URL.') },
      },
    },
    [OPENAPI_PATH]: {
      get: {
        summary: 'This description',
        operationId: 'openapi',
        responses: { '200': json({ type: 'object' }, 'An OpenAPI 3.1 document.') },
      },
    },
    '/api/providers': {
      get: {
        summary: 'Every provider',
        operationId: 'providers',
        responses: { '200': json({ type: 'array', items: ref('Provider') }, 'The providers.') },
      },
    },
    '/api/packs': {
      get: {
        summary: 'The provider packs this server knows besides the built-ins',
        operationId: 'packs',
        responses: {
          '200': json(
            {
              type: 'object',
              required: ['packs', 'serverOnly'],
              properties: {
                packs: {
                  type: 'array',
                  items: { type: 'object' },
                  description: 'Each pack as data: its catalog and declared dialect.',
                },
                serverOnly: {
                  type: 'array',
                  items: { type: 'string' },
                  description:
                    'Ids of packs whose dialect is code: only POST /api/decode reads them.',
                },
              },
            },
            'The packs.',
          ),
        },
      },
    },
    '/api/list': {
      get: {
        summary: 'Catalog entries, filtered',
        operationId: 'list',
        parameters: [
          providerParam,
          query('category', 'Only entries of this category.', ref('Category')),
          query('status', 'Only entries of this HTTP status.', {
            type: 'integer',
            minimum: 100,
            maximum: 599,
          }),
        ],
        responses: {
          '200': json({ type: 'array', items: ref('Entry') }, 'The entries, in catalog order.'),
          '400': problem('An unknown provider (with the nearest ids), category or status.'),
        },
      },
    },
    '/api/explain/{provider}/{code}': {
      get: {
        summary: 'One code',
        operationId: 'explain',
        parameters: [
          {
            name: 'provider',
            in: 'path',
            required: true,
            schema: { type: 'string' },
            examples: { avtocod: { value: 'avtocod' } },
          },
          {
            name: 'code',
            in: 'path',
            required: true,
            schema: { type: 'string' },
            examples: { B011: { value: 'B011' } },
          },
          query('status', 'Prefer the meaning documented under this HTTP status.', {
            type: 'integer',
          }),
          query('section', 'Prefer the meaning of this section or variant.', { type: 'string' }),
        ],
        responses: {
          '200': json(ref('ExplainedEntry'), 'The entry, its other meanings and what to do.'),
          '404': problem('An unknown provider or code, with the nearest ones as `suggestions`.'),
        },
      },
    },
    '/api/search': {
      get: {
        summary: 'Search codes',
        operationId: 'search',
        parameters: [
          query(
            'q',
            'Words, a phrase or a code, in Russian or English (URL-encoded).',
            { type: 'string' },
            true,
          ),
          providerParam,
          query('limit', 'Most hits.', { type: 'integer', minimum: 1, maximum: 100, default: 20 }),
        ],
        responses: {
          '200': json({ type: 'array', items: ref('SearchHit') }, 'Ranked hits, best first.'),
          '400': problem('No `q`, a bad `limit`, an unknown provider, or a malformed request.'),
        },
      },
    },
    '/api/decode': {
      post: {
        summary: 'Decode an error response',
        operationId: 'decode',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['status', 'body'],
                properties: {
                  status: { type: 'integer', minimum: 100, maximum: 599 },
                  headers: { type: 'object', additionalProperties: { type: 'string' } },
                  body: { description: 'The raw body text, or a JSON value.' },
                  provider: DECODE_PROVIDER,
                  url: {
                    type: 'string',
                    description:
                      'The request URL: its host names the provider when `provider` is absent.',
                  },
                  lang: { type: 'string', enum: ['ru', 'en'] },
                },
              },
            },
          },
        },
        responses: {
          '200': json(
            {
              type: 'object',
              required: ['record'],
              properties: {
                record: { oneOf: [ref('Record'), { type: 'null' }] },
                entry: { oneOf: [ref('Entry'), { type: 'null' }] },
                advice: { type: 'string' },
              },
            },
            'The record (`null` for a success), its catalog entry and what to do.',
          ),
          '400': problem('Invalid JSON, a bad field or an unknown provider.'),
          '413': problem('A body above the limit (1 MiB).'),
          '415': problem('A body that is not application/json.'),
        },
      },
    },
  },
  components: {
    schemas: {
      Category: { type: 'string', enum: [...CATEGORIES] },
      Text: text,
      Problem: {
        type: 'object',
        description:
          'RFC 9457 problem details; extension members such as `suggestions` may follow.',
        required: ['status', 'title'],
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          suggestions: { type: 'array', items: { type: 'string' } },
        },
      },
      Index: {
        type: 'object',
        required: ['endpoints', 'openapi'],
        properties: {
          name: { type: 'string' },
          description: { type: 'string' },
          openapi: { type: 'string' },
          endpoints: {
            type: 'array',
            items: {
              type: 'object',
              required: ['method', 'path', 'description'],
              properties: {
                method: { type: 'string' },
                path: { type: 'string' },
                description: { type: 'string' },
              },
            },
          },
        },
      },
      Provider: {
        type: 'object',
        required: ['id', 'name', 'description', 'codes', 'formats', 'url'],
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          description: ref('Text'),
          codes: { type: 'integer' },
          formats: { type: 'array', items: { type: 'string' } },
          docs: { type: 'string', format: 'uri' },
          url: { type: 'string', description: 'The provider’s reference page.' },
        },
      },
      Entry: {
        type: 'object',
        description: 'A catalog entry, as `kodex list --json` prints it, with its reference link.',
        required: [...ENTRY_REQUIRED],
        properties: {
          ...ENTRY_CORE,
          kind: { type: 'string' },
          section: { type: 'string' },
          docs: { type: 'string' },
          url: { type: 'string', description: 'The entry’s permanent link on this site.' },
        },
      },
      ExplainedEntry: {
        allOf: [
          ref('Entry'),
          {
            type: 'object',
            properties: {
              alternatives: { type: 'array', items: ref('Entry') },
              advice: ref('Text'),
            },
          },
        ],
      },
      SearchHit: {
        type: 'object',
        required: [...ENTRY_REQUIRED, 'score'],
        properties: { ...ENTRY_CORE, score: { type: 'number' } },
      },
      Record: {
        type: 'object',
        description:
          'The normalized error record: the same fields for every provider and wire format.',
        required: [
          'provider',
          'code',
          'status',
          'category',
          'retryable',
          'title',
          'fields',
          'known',
        ],
        properties: {
          provider: { type: 'string' },
          code: { type: 'string' },
          status: { type: 'integer' },
          category: ref('Category'),
          retryable: { type: 'boolean' },
          retryAfterMs: { type: 'number' },
          title: { type: 'string' },
          detail: { type: 'string' },
          fields: { type: 'array', items: { type: 'object' } },
          docs: { type: 'string' },
          known: { type: 'boolean' },
        },
      },
    },
  },
} as const;

/** `GET /api/openapi.json`, naming the providers this server knows. */
export function openapiRoute(): WebResponse {
  const ids = defaultLookup().catalogs.map((catalog) => catalog.id);
  const response = jsonResponse(null);
  return {
    ...response,
    body: JSON.stringify(OPENAPI_DOCUMENT, (_key, value) =>
      value === DECODE_PROVIDER ? { ...DECODE_PROVIDER, enum: ids } : value,
    ),
  };
}
