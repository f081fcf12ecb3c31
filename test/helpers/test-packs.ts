import type { ProviderPack } from '../../src/model/pack.js';

// Packs as a user writes them, for the tests every pack dialect passes
// (src/dialects/dialects.conformance.test.ts): between them they use each
// member of a dialect, in JSON and in XML.

const entries: ProviderPack['entries'] = [
  {
    code: 'invalid_order',
    status: 400,
    category: 'invalid_request',
    title: { en: 'The order is not valid', ru: 'Заказ неверен' },
  },
  {
    code: 'card_declined',
    status: 402,
    category: 'payment_required',
    title: { en: 'The card was declined', ru: 'Карта отклонена' },
  },
  {
    code: 'no_such_order',
    status: 404,
    category: 'not_found',
    title: { en: 'No such order', ru: 'Нет такого заказа' },
  },
  {
    code: 'slow_down',
    status: 429,
    category: 'rate_limited',
    title: { en: 'Too many requests', ru: 'Слишком много запросов' },
  },
  {
    code: 'down',
    status: 503,
    category: 'unavailable',
    title: { en: 'The shop is down', ru: 'Магазин не работает' },
  },
];

/** JSON: a list of errors with field issues, success stated in the body, constant members. */
export const shopPack: ProviderPack = {
  id: 'shop',
  name: 'Shop',
  hosts: ['api.shop.test'],
  entries,
  dialect: {
    errors: '/errors',
    list: true,
    code: ['/code', '/kind'],
    codePattern: '^[a-z_]+$',
    detail: '/message',
    docs: '/help',
    fields: { at: '/fields', path: '/name', code: '/reason', message: '/text' },
    success: { at: '/ok', values: [true], failure: false },
    detection: { known: 0.85, unknown: 0.45, unknownCode: '^[a-z_]{3,40}$' },
    constants: { '/api': 'shop/1' },
  },
};

/** XML: one error under the root element, its message required, a default code. */
export const depotPack: ProviderPack = {
  id: 'depot',
  name: 'Depot',
  entries: entries.map((e) => ({ ...e })),
  dialect: {
    format: 'xml',
    errors: '/reply/fault',
    code: '/id',
    defaultCode: 'invalid_order',
    detail: '/text',
    detailRequired: true,
    detectKeys: [['reply']],
  },
};

/** Every test pack. */
export const testPacks: readonly ProviderPack[] = [shopPack, depotPack];

// And two for the client and the hostile-input suite: one an author would
// write, and one written to hurt within what the pack checks allow
// (docs/packs.md, "What a pack may not do").

/** A small JSON pack like Stripe's: one error wrapped in `error`, its code or type, a single field. */
export const cardPack: ProviderPack = {
  id: 'cards',
  name: 'Cards',
  hosts: ['api.cards.test'],
  entries: [
    {
      code: 'card_declined',
      status: 402,
      category: 'payment_required',
      title: { en: 'The card was declined', ru: 'Карта отклонена' },
    },
    {
      code: 'rate_limit',
      status: 429,
      category: 'rate_limited',
      title: { en: 'Too many requests', ru: 'Слишком много запросов' },
    },
  ],
  dialect: {
    errors: '/error',
    code: ['/code', '/type'],
    detail: '/message',
    docs: '/doc_url',
    field: '/param',
    constants: { '/error/type': 'card_error' },
  },
};

const ALMOST = 'a.*b.*c.*d.*e';
const DEEP = Array.from({ length: 31 }, (_, i) => `/k${i}`).join('');

/**
 * The worst a pack may be: the most entries, the most patterns (of the kind
 * that backtracks for seconds in V8), every pointer at the deepest, the most
 * common detection key, a list of errors with fields, a body success signal.
 */
export function hostilePack(): ProviderPack {
  const entries: ProviderPack['entries'][number][] = [];
  // 50 meanings of one code, each told apart by a pattern.
  for (let i = 0; i < 50; i++) {
    entries.push({
      code: 'x',
      variant: `v${i}`,
      status: 400,
      category: 'invalid_request',
      title: { en: `Variant ${i}`, ru: `Вариант ${i}` },
      patterns: [`${ALMOST}${i}`],
    });
  }
  for (let i = entries.length; i < 10_000; i++) {
    entries.push({
      code: `c${i}`,
      status: 400 + (i % 100),
      category: 'invalid_request',
      title: { en: `Code ${i}`, ru: `Код ${i}` },
    });
  }
  return {
    id: 'hostile',
    name: 'Hostile',
    entries,
    dialect: {
      detectKeys: [['error']],
      errors: '/error',
      list: true,
      code: ['/code', `${DEEP}/code`, '/constructor', '/__proto__/code'],
      detail: ['/message', `${DEEP}/message`],
      params: ['/data', '/__proto__'],
      fields: { at: '/fields', path: ['/field', `${DEEP}/f`], message: '/message' },
      retryAfterSeconds: '/retry',
      status: '/status',
      success: { at: '/ok', values: [true, 'true', 1] },
    },
  };
}
