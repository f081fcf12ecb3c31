// @ts-check
// The shop's error catalog: the single source of truth for its codes, HTTP
// statuses, categories, ru/en titles and message templates. The service
// raises these codes; `generate-docs.mjs` renders its reference from it.
import { defineCatalog } from 'kodex/server';

export const shop = defineCatalog({
  id: 'shop',
  name: 'Shop API',
  description: {
    ru: 'Ошибки API магазина: каталог товаров, заказы и оплата.',
    en: 'Errors of the shop API: products, orders and payments.',
  },
  // Entries name no section: each goes to the section named like its class.
  sections: [
    { id: 'orders', title: { ru: 'Заказы', en: 'Orders' } },
    { id: 'payments', title: { ru: 'Оплата', en: 'Payments' } },
    { id: 'limits', title: { ru: 'Лимиты', en: 'Limits' } },
  ],
  entries: [
    {
      code: 'PRODUCT_NOT_FOUND',
      class: 'Orders',
      status: 404,
      category: 'not_found',
      title: { ru: 'Товар не найден', en: 'Product not found' },
      template: { ru: 'Товара {sku} нет в каталоге', en: 'There is no product {sku}' },
      params: { sku: { type: 'string', description: { ru: 'Артикул', en: 'Stock keeping unit' } } },
    },
    {
      code: 'OUT_OF_STOCK',
      class: 'Orders',
      status: 409,
      category: 'conflict',
      title: { ru: 'Нет в наличии', en: 'Out of stock' },
      template: {
        ru: 'Товара {sku} осталось {available} шт.',
        en: 'Only {available} of {sku} left in stock',
      },
      params: {
        sku: { type: 'string', description: { ru: 'Артикул', en: 'Stock keeping unit' } },
        available: { type: 'number', description: { ru: 'Остаток', en: 'Units left' } },
      },
    },
    {
      code: 'INVALID_ORDER',
      class: 'Orders',
      status: 400,
      category: 'invalid_request',
      title: { ru: 'Некорректный заказ', en: 'Invalid order' },
    },
    {
      code: 'PAYMENT_DECLINED',
      class: 'Payments',
      status: 402,
      category: 'payment_required',
      title: { ru: 'Платёж отклонён', en: 'Payment declined' },
      template: {
        ru: 'Банк отклонил платёж на {amount} {currency}',
        en: 'The bank declined the payment of {amount} {currency}',
      },
      params: {
        amount: { type: 'number', description: { ru: 'Сумма', en: 'Amount' } },
        currency: { type: 'string', description: { ru: 'Валюта', en: 'Currency' } },
      },
    },
    {
      code: 'RATE_LIMITED',
      class: 'Limits',
      status: 429,
      category: 'rate_limited',
      title: { ru: 'Слишком много запросов', en: 'Too many requests' },
      template: {
        ru: 'Не больше {limit} заказов в минуту',
        en: 'At most {limit} orders a minute',
      },
      params: { limit: { type: 'number', description: { ru: 'Лимит', en: 'Limit' } } },
    },
  ],
});

// `kodex docs --catalog catalog.mjs` reads the `catalog` (or default) export.
export { shop as catalog };
