import { describe, expect, it } from 'vitest';
import { cardPack } from '../../test/helpers/test-packs.js';
import { decode } from '../decode/decode.js';
import { isInvalidPackError } from '../errors/invalid-pack-error.js';
import { createKodex } from './create-kodex.js';

// Stripe-like: one error under `error`, its code or type, a single field.
const shop = cardPack;

const declined = JSON.stringify({
  error: {
    type: 'card_error',
    code: 'card_declined',
    message: 'Your card has insufficient funds.',
    param: 'card',
    doc_url: 'https://docs.shop.test/card-declined',
  },
});

describe('createKodex', () => {
  const kodex = createKodex({ packs: [shop] });

  it('decodes a pack provider’s body, detected by its shape, named by its host', () => {
    const record = kodex.decode({ status: 402, body: declined });
    expect(record).toMatchObject({
      provider: 'cards',
      code: 'card_declined',
      category: 'payment_required',
      known: true,
      detail: 'Your card has insufficient funds.',
      docs: 'https://docs.shop.test/card-declined',
      fields: [{ path: 'card' }],
    });
    const bare = kodex.decode({ status: 429, body: '' }, { url: 'https://api.cards.test/v1/x' });
    expect(bare).toMatchObject({ provider: 'cards', code: '429', category: 'rate_limited' });
  });

  it('encodes a record back into the pack’s body, constants included', () => {
    const record = kodex.decode({ status: 402, body: declined })!;
    const encoded = kodex.encode(record);
    expect(JSON.parse(encoded.body)).toEqual({
      error: {
        code: 'card_declined',
        message: 'Your card has insufficient funds.',
        doc_url: 'https://docs.shop.test/card-declined',
        param: 'card',
        type: 'card_error',
      },
    });
    expect(kodex.decode(encoded)).toEqual(record);
  });

  it('looks the pack’s codes up beside the built-ins', () => {
    expect(kodex.explain('cards', 'card_declined')?.title.ru).toBe('Карта отклонена');
    expect(kodex.list('cards').map((e) => e.code)).toEqual(['card_declined', 'rate_limit']);
    expect(kodex.search('declined')[0]?.provider).toBe('cards');
    expect(kodex.explain('avtocod', 'B011')?.category).toBe('quota_exceeded');
  });

  it('leaves the module’s own providers alone', () => {
    expect(decode({ status: 402, body: declined })?.provider).toBe('http');
    expect(() => decode({ status: 402, body: declined }, { provider: 'cards' })).toThrow(
      /Unknown provider/,
    );
  });

  it('knows only plain HTTP and its packs without the built-ins', () => {
    const bare = createKodex({ packs: [shop], builtIns: false });
    expect(bare.catalogs.map((c) => c.id)).toEqual(['http', 'cards']);
  });

  it('names the pack and the pointer of what is wrong', () => {
    let error: unknown;
    try {
      createKodex({ packs: [shop, { ...shop, id: 'other', dialect: { code: 'code' } }] });
    } catch (e) {
      error = e;
    }
    expect(isInvalidPackError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^packs\[1\] is not a valid kodex pack:\n {2}\/dialect\/code: a JSON Pointer starts with "\/"/,
    );
  });

  it('refuses a pack that takes a built-in id', () => {
    expect(() => createKodex({ packs: [{ ...shop, id: 'amocrm' }] })).toThrow(
      /"amocrm" is a built-in provider/,
    );
  });
});
