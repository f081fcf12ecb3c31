import { defineProviderCatalog } from '../model/catalog.js';
import type { DialectSpec } from '../model/pack.js';

// UniSender's error reference: UniSender answers HTTP 200 and names the error in the body's `code`
// (example: {"error":"AK100310-02","code":"invalid_api_key"}); the seed gives no
// HTTP status per code, so every entry is `status: 200, statusInferred: true`.

export const unisender = defineProviderCatalog({
  id: 'unisender',
  name: 'UniSender',
  // api.unisender.com only: UniSender Go (go*.unisender.ru) is another API, with other errors.
  hosts: ['api.unisender.com'],
  description: {
    ru: 'API сервиса email- и SMS-рассылок UniSender: ошибка приходит с HTTP 200, её тип — в поле code, текст — в поле error.',
    en: 'The UniSender email and SMS campaign API: an error comes with HTTP 200, its type in the `code` field and its text in the `error` field.',
  },
  seeds: ['003'],
  formats: ['json'],
  success: {
    signal: 'body-code',
    description: {
      ru: 'HTTP 200 без поля error; при ошибке тело содержит error (текст) и code (тип ошибки), например {"error":"AK100310-02","code":"invalid_api_key"}.',
      en: 'HTTP 200 with no `error` field; on failure the body holds `error` (the text) and `code` (the error type), e.g. {"error":"AK100310-02","code":"invalid_api_key"}.',
    },
  },
  limits: [
    {
      // From the reference: «На данный момент это 1200 вызовов в минуту» (api_call_limit_exceeded_for_api_key)
      kind: 'rate',
      limit: 1200,
      intervalMs: 60_000,
      scope: 'key',
      description: {
        ru: 'Не более 1200 вызовов методов API в минуту на ключ API.',
        en: 'At most 1200 API method calls per minute per API key.',
      },
      source: 'seed 003',
    },
    {
      // From the reference: the same figure under api_call_limit_exceeded_for_ip
      kind: 'rate',
      limit: 1200,
      intervalMs: 60_000,
      scope: 'ip',
      description: {
        ru: 'Не более 1200 вызовов методов API в минуту с одного IP-адреса.',
        en: 'At most 1200 API method calls per minute from one IP address.',
      },
      source: 'seed 003',
    },
    {
      // From the reference: «Для метода sendEmail — 60» (per minute, as the sentence before it)
      kind: 'rate',
      limit: 60,
      intervalMs: 60_000,
      scope: 'method',
      method: 'sendEmail',
      description: {
        ru: 'Для метода sendEmail — не более 60 вызовов в минуту.',
        en: 'At most 60 calls per minute to the sendEmail method.',
      },
      source: 'seed 003',
    },
  ],
  notes: [
    'The seed gives no HTTP status per code: its example error body {"error":"AK100310-02","code":"invalid_api_key"} comes in an HTTP 200 and the `code` in the body decides, so every entry has status 200, marked statusInferred.',
    "The seed's «Частые ошибки без указания типа» are messages sent without a `code`: by the taxonomy their code is `unspecified`, so each is an entry with code `unspecified`, its own variant, and `patterns` that recognise the message text in the `error` field.",
    "The untyped messages are English in the API's answers; they are kept as English `template`s, and `title` carries the seed's Russian explanation with an English translation.",
    'The seed writes non-breaking spaces inside two of its rows (the api_call_limit_exceeded_* texts); titles use plain spaces.',
    'The seed gives the sendEmail figure as «Для метода sendEmail — 60» right after «1200 вызовов в минуту»: read as 60 calls per minute.',
  ],
  sections: [
    {
      id: 'standard-codes',
      title: { ru: 'Стандартные коды ошибок', en: 'Standard error codes' },
      seed: '003',
    },
    {
      id: 'untyped-errors',
      title: { ru: 'Частые ошибки без указания типа', en: 'Frequent errors sent without a type' },
      seed: '003',
    },
  ],
  entries: [
    {
      code: 'unspecified',
      name: 'unspecified',
      status: 200,
      statusInferred: true,
      category: 'unknown',
      retryable: false,
      title: { ru: 'Тип ошибки не указан.', en: 'The error type is not given.' },
      description: {
        ru: 'Подробности смотрите в сообщении.',
        en: 'See the message for the details.',
      },
      section: 'standard-codes',
    },
    {
      code: 'invalid_api_key',
      name: 'invalid_api_key',
      status: 200,
      statusInferred: true,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'Указан неправильный ключ доступа к API.',
        en: 'The API access key is wrong.',
      },
      description: {
        ru: 'Проверьте, совпадает ли значение api_key со значением, указанным в личном кабинете.',
        en: 'Check that the api_key value matches the one shown in your account.',
      },
      section: 'standard-codes',
    },
    {
      code: 'access_denied',
      name: 'access_denied',
      status: 200,
      statusInferred: true,
      category: 'permission_denied',
      retryable: false,
      title: { ru: 'Доступ запрещён.', en: 'Access denied.' },
      description: {
        ru: 'Проверьте, включён ли доступ к API в личном кабинете и не обращаетесь ли вы к методу, прав доступа к которому у вас нет.',
        en: 'Check that API access is enabled in your account and that you are not calling a method you have no rights to.',
      },
      section: 'standard-codes',
    },
    {
      code: 'unknown_method',
      name: 'unknown_method',
      status: 200,
      statusInferred: true,
      category: 'unsupported',
      retryable: false,
      title: { ru: 'Указано неправильное имя метода.', en: 'The method name is wrong.' },
      section: 'standard-codes',
    },
    {
      code: 'invalid_arg',
      name: 'invalid_arg',
      status: 200,
      statusInferred: true,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Указано неправильное значение одного из аргументов метода.',
        en: 'One of the method arguments has a wrong value.',
      },
      section: 'standard-codes',
    },
    {
      code: 'not_enough_money',
      name: 'not_enough_money',
      status: 200,
      statusInferred: true,
      category: 'payment_required',
      retryable: false,
      title: {
        ru: 'Не хватает денег на счету для выполнения метода.',
        en: 'The account balance is too low to run the method.',
      },
      section: 'standard-codes',
    },
    {
      code: 'retry_later',
      name: 'retry_later',
      status: 200,
      statusInferred: true,
      category: 'unavailable',
      retryable: true,
      title: { ru: 'Временный сбой.', en: 'Temporary failure.' },
      description: { ru: 'Попробуйте ещё раз позднее.', en: 'Try again later.' },
      section: 'standard-codes',
    },
    {
      code: 'api_call_limit_exceeded_for_api_key',
      name: 'api_call_limit_exceeded_for_api_key',
      status: 200,
      statusInferred: true,
      category: 'rate_limited',
      retryable: true,
      title: {
        ru: 'Сработало ограничение по вызову методов API в единицу времени.',
        en: 'The limit on API method calls per unit of time was hit (per API key).',
      },
      description: {
        ru: 'На данный момент это 1200 вызовов в минуту. Для метода sendEmail — 60.',
        en: 'Currently 1200 calls per minute; 60 for the sendEmail method.',
      },
      section: 'standard-codes',
      decision:
        'UniSender gives this code and api_call_limit_exceeded_for_ip the same text; the code names the scope, so this one is counted per API key.',
      note: 'The seed gives this code and api_call_limit_exceeded_for_ip the same text; the code names the scope, so this one is counted per API key (limit scope "key").',
    },
    {
      code: 'api_call_limit_exceeded_for_ip',
      name: 'api_call_limit_exceeded_for_ip',
      status: 200,
      statusInferred: true,
      category: 'rate_limited',
      retryable: true,
      title: {
        ru: 'Сработало ограничение по вызову методов API в единицу времени.',
        en: 'The limit on API method calls per unit of time was hit (per IP address).',
      },
      description: {
        ru: 'На данный момент это 1200 вызовов в минуту. Для метода sendEmail — 60.',
        en: 'Currently 1200 calls per minute; 60 for the sendEmail method.',
      },
      section: 'standard-codes',
      decision:
        'UniSender gives this code and api_call_limit_exceeded_for_api_key the same text; the code names the scope, so this one is counted per IP address.',
      note: 'The seed gives this code and api_call_limit_exceeded_for_api_key the same text; the code names the scope, so this one is counted per IP address (limit scope "ip").',
    },
    {
      // From the reference: «These list ids=»…» has no confirmation letters»
      code: 'unspecified',
      variant: 'no-confirmation-letters',
      name: 'NO_CONFIRMATION_LETTERS',
      status: 200,
      statusInferred: true,
      category: 'conflict',
      retryable: false,
      title: {
        ru: 'Не создано письмо подтверждение для списка, на который подписывается адресат.',
        en: 'The list the contact subscribes to has no confirmation letter.',
      },
      description: {
        ru: 'Откройте в личном кабинете список контактов на который настроена подписка, внизу слева есть пункт «Инструменты подписки и отписки». Заполните все поля на этой странице и сохраните. Инструкция по созданию письма подтверждения.',
        en: 'In your account open the contact list the subscription goes to; at the bottom left is «Subscribe and unsubscribe tools». Fill in every field on that page and save. See the instructions on creating a confirmation letter.',
      },
      template: { en: 'These list ids="{list_ids}" has no confirmation letters' },
      params: {
        list_ids: {
          type: 'string',
          description: {
            ru: 'Идентификаторы списков через запятую',
            en: 'Comma-separated list ids',
          },
        },
      },
      patterns: ['\\bhas\\s+no\\s+confirmation\\s+letters?\\b'],
      section: 'untyped-errors',
      decision:
        'Sent without a code, so code "unspecified". Category conflict: the request is valid but the list is not in the state a subscription needs (no confirmation letter), a failed precondition on state that a human fixes in the account. The message is recognised by its words "has no confirmation letters".',
      note: 'The seed\'s «ids=»…»» is a typographic rendering of ids="…"; the pattern anchors on "has no confirmation letters" only.',
    },
    {
      // From the reference: “Contacts test@example.org and +77777777 already exist but owned by different subscribers”
      code: 'unspecified',
      variant: 'contact-owned-by-other-subscriber',
      name: 'CONTACT_OWNED_BY_OTHER_SUBSCRIBER',
      status: 200,
      statusInferred: true,
      category: 'conflict',
      retryable: false,
      title: {
        ru: 'Вы добавляете email и телефон контакта, который уже есть в вашем кабинете.',
        en: 'The email and phone you add belong to contacts already in your account.',
      },
      description: {
        ru: 'Укажите email или телефон, который не принадлежит другому адресату.',
        en: 'Give an email or phone that does not belong to another subscriber.',
      },
      template: {
        en: 'Contacts {email} and {phone} already exist but owned by different subscribers',
      },
      params: {
        email: { type: 'string', description: { ru: 'Email контакта', en: 'Contact email' } },
        phone: { type: 'string', description: { ru: 'Телефон контакта', en: 'Contact phone' } },
      },
      patterns: ['\\balready\\s+exists?\\s+but\\s+owned\\s+by\\s+different\\s+subscribers?\\b'],
      section: 'untyped-errors',
      decision:
        'Sent without a code, so code "unspecified"; the email and phone already exist under different subscribers, a duplicate, so category conflict.',
    },
    {
      // From the reference: «Call to a member function getMessage() on boolean»
      code: 'unspecified',
      variant: 'get-and-post-mixed',
      name: 'GET_AND_POST_MIXED',
      status: 200,
      statusInferred: true,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Вызов осуществляется с одновременным использованием методов GET и POST.',
        en: 'The call uses the GET and POST methods at once.',
      },
      description: {
        ru: 'Выполняйте запрос только одним из данных методов.',
        en: 'Send the request with only one of these methods.',
      },
      template: { en: 'Call to a member function getMessage() on boolean' },
      patterns: ['\\bCall\\s+to\\s+a\\s+member\\s+function\\s+getMessage\\(\\)\\s+on\\s+bool'],
      section: 'untyped-errors',
      decision:
        'Sent without a code, so code "unspecified". The message is a PHP error leaking from the server, but UniSender names the cause as a request mixing GET and POST, so it is invalid_request, not internal; newer PHP\'s "on bool" is recognised too.',
      note: 'The message is a PHP error leaking from the server, but the seed names the cause as a request mixing GET and POST, so it is invalid_request, not internal; the pattern also accepts newer PHP\'s "on bool".',
    },
  ],
});

/**
 * UniSender's error bodies, as a pack declares them (docs/packs.md). Every
 * answer is HTTP 200:
 *   error:   {"error": "AK100310-02", "code": "invalid_api_key"}: `error` is
 *            the message (or an error id), `code` the error type;
 *   untyped: {"error": "These list ids=\"1,2\" has no confirmation letters"}:
 *            no `code`, so the code is `unspecified` and the catalog picks
 *            the variant whose pattern matches `error`;
 *   success: {"result": {...}} (maybe with "warnings": [...]) and no `error`.
 * A body with both `result` and `error` is an error: `error` is only ever
 * sent when the call failed. The seed lists `unspecified` among the codes
 * sent in `code`, so it is written too; the format holds one error.
 */
export const unisenderDialectSpec: DialectSpec = {
  // {"error": "..."} alone is also OAuth's and many APIs' shape: only a code,
  // or one of the catalog's untyped messages, makes it UniSender's.
  detectKeys: [['error']],
  detail: '/error',
  detailRequired: true,
  code: '/code',
  defaultCode: 'unspecified',
  success: { at: '/result' },
  detection: {
    known: 0.95,
    unknown: 0.5,
    // What UniSender's own codes look like, for codes the catalog does not know yet.
    unknownCode: '^[a-z][a-z0-9_]{2,63}$',
    defaultCode: 0.7,
  },
};
