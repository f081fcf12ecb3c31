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
