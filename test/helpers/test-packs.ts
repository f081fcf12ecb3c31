import type { ProviderPack } from '../../src/model/pack.js';

// Packs the tests load: one an author would write, and one written to hurt
// within what the pack checks allow (docs/packs.md, "What a pack may not do").

/** A small JSON pack: errors wrapped in `error`, code or type, a single field. */
export const shopPack: ProviderPack = {
  id: 'shop',
  name: 'Shop',
  hosts: ['api.shop.test'],
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
