import { defineProviderCatalog } from '../model/catalog.js';
import type { DialectSpec } from '../model/pack.js';

// Telphin's error reference, «Возвращаемые коды и статусы». An error is an HTTP 4xx,
// optionally with a `status` string telling apart errors of one HTTP code;
// the code is that string, or the HTTP status as a string when there is none.

export const telphin = defineProviderCatalog({
  id: 'telphin',
  name: 'Telphin',
  // apiproxy.telphin.ru and the regional API hosts.
  hosts: ['*.telphin.ru'],
  description: {
    ru: 'API Телфин: ошибка — HTTP-код 4XX, иногда с полем status, различающим ошибки с одинаковым кодом.',
    en: 'The Telphin API: an error is an HTTP 4XX, sometimes with a `status` field that tells apart errors sharing one code.',
  },
  seeds: ['002'],
  formats: ['json'],
  success: {
    signal: 'http-status',
    description: {
      ru: 'Успех — код успешного выполнения метода: GET 200, POST 201, PUT 200, DELETE 204.',
      en: 'Success is the method’s success code: GET 200, POST 201, PUT 200, DELETE 204.',
    },
  },
  limits: [
    {
      kind: 'body-size',
      limit: 10485760,
      description: {
        ru: 'Размер тела запроса не более 10 МБ; больше — HTTP 413.',
        en: 'The request body may be at most 10 MB; a larger one gets HTTP 413.',
      },
      source: 'seed 002',
    },
  ],
  notes: [
    'The code is the `status` string when the seed row has one, else the HTTP status as a string (401, 404, 405, 413).',
    'The seed says the `status` field may be present, so any documented HTTP status can come without one. 400, 403 and 429 are documented only beside `status` strings; each also has an entry of its own HTTP status (issue 12), so that a bare 400, 403 or 429 is a known code whose category is the documented meaning of that status.',
    'Request quotas (from the issue, not the seed): Telphin limits API requests per hour and announces the quota in X-RateLimit-* headers, including X-RateLimit-Reset; above it it answers 429 rate_limit_exceeded. No figure is documented, so there is no `limits` entry: a client should read the headers and wait until X-RateLimit-Reset.',
    '10 МБ is read as 10 × 1024 × 1024 = 10485760 bytes.',
    'The success codes (GET 200, POST 201, PUT 200, DELETE 204) are entries of kind "success" with category "unknown" in a "success" section; GET and PUT share the one entry 200. Their titles are kodex wording built from the seed table, which has no text beyond the method and the code.',
    'The seed links «авторизация приложений», «создание приложений», «лимиты запросов» and «лимиты» without URLs, so no entry has a docs link.',
  ],
  sections: [
    {
      id: 'success',
      title: { ru: 'Коды успешных запросов', en: 'Success codes' },
      seed: '002',
    },
    {
      id: 'errors',
      title: { ru: 'Коды и статусы ошибок запроса', en: 'Request error codes and statuses' },
      seed: '002',
    },
  ],
  entries: [
    // From the reference: «Коды успешных запросов»
    {
      code: '200',
      name: 'OK',
      status: 200,
      category: 'unknown',
      retryable: false,
      kind: 'success',
      title: {
        ru: 'Код успешного выполнения запросов GET и PUT',
        en: 'Success code of GET and PUT requests',
      },
      section: 'success',
    },
    {
      code: '201',
      name: 'CREATED',
      status: 201,
      category: 'unknown',
      retryable: false,
      kind: 'success',
      title: { ru: 'Код успешного выполнения запроса POST', en: 'Success code of a POST request' },
      section: 'success',
    },
    {
      code: '204',
      name: 'NO_CONTENT',
      status: 204,
      category: 'unknown',
      retryable: false,
      kind: 'success',
      title: {
        ru: 'Код успешного выполнения запроса DELETE',
        en: 'Success code of a DELETE request',
      },
      section: 'success',
    },
    // From the reference: «Коды и статусы ошибок запроса»
    {
      code: '401',
      name: 'UNAUTHORIZED',
      status: 401,
      category: 'unauthenticated',
      retryable: false,
      title: { ru: 'Пользователь не авторизован.', en: 'The user is not authorized.' },
      description: {
        ru: 'Токен доступа не передается в запросе, либо токен доступа просрочен или некорректен. См. авторизация приложений',
        en: 'The access token is missing from the request, or it is expired or invalid. See application authorization.',
      },
      section: 'errors',
    },
    {
      code: 'access_denied',
      name: 'access_denied',
      status: 403,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Данный пользователь не обладает правом доступа на запрашиваемый ресурс',
        en: 'This user has no right of access to the requested resource',
      },
      section: 'errors',
    },
    {
      code: 'user_blocked',
      name: 'user_blocked',
      status: 403,
      category: 'account_blocked',
      retryable: false,
      title: {
        ru: 'Данный пользователь либо клиент, к которому относится пользователь, заблокирован',
        en: 'This user, or the client the user belongs to, is blocked',
      },
      section: 'errors',
    },
    {
      code: 'user_access_type_deny',
      name: 'user_access_type_deny',
      status: 403,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Недостаточный уровень доступа пользователя',
        en: 'The user’s access level is insufficient',
      },
      section: 'errors',
    },
    {
      code: 'app_access_type_deny',
      name: 'app_access_type_deny',
      status: 403,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Недостаточный для данного ресурса уровень доступа приложения.',
        en: 'The application’s access level is insufficient for this resource.',
      },
      description: { ru: 'См. создание приложений', en: 'See creating applications.' },
      section: 'errors',
    },
    {
      code: '403',
      name: 'FORBIDDEN',
      status: 403,
      category: 'permission_denied',
      retryable: false,
      title: { ru: 'Доступ запрещён', en: 'Access denied' },
      description: {
        ru: 'HTTP 403 без поля status: у пользователя или приложения нет доступа к ресурсу. Поле status, когда оно есть, уточняет причину (access_denied, user_blocked и другие).',
        en: 'HTTP 403 without a `status` field: the user or the application has no access to the resource. The `status` field, when present, names the reason (access_denied, user_blocked and others).',
      },
      section: 'errors',
      decision:
        'A 403 without a `status` string is permission_denied, the meaning of three of the four documented 403 statuses; a blocked user or client comes with user_blocked (account_blocked).',
      note: 'Not a row of the seed with this code: the seed documents the HTTP status only beside `status` strings, but says the `status` field «может присутствовать» (may be present), so the status can come alone. Added (issue 12) so that such an answer decodes to a known entry instead of an unknown code classified by its status.',
    },
    {
      code: '404',
      name: 'NOT_FOUND',
      status: 404,
      category: 'not_found',
      retryable: false,
      title: { ru: 'Ресурс не существует', en: 'The resource does not exist' },
      section: 'errors',
    },
    {
      code: 'client_not_found',
      name: 'client_not_found',
      status: 404,
      category: 'not_found',
      retryable: false,
      title: {
        ru: 'Клиент с переданным в пути ID не найден',
        en: 'No client with the ID given in the path',
      },
      section: 'errors',
    },
    {
      code: 'extension_not_found',
      name: 'extension_not_found',
      status: 404,
      category: 'not_found',
      retryable: false,
      title: {
        ru: 'Добавочный с переданным в пути ID не найден',
        en: 'No extension with the ID given in the path',
      },
      section: 'errors',
    },
    {
      code: '405',
      name: 'METHOD_NOT_ALLOWED',
      status: 405,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Ресурс не поддерживает данный метод запроса',
        en: 'The resource does not support this request method',
      },
      section: 'errors',
    },
    {
      code: '413',
      name: 'REQUEST_BODY_TOO_LARGE',
      status: 413,
      category: 'too_large',
      retryable: false,
      title: {
        ru: 'Размер тела запроса больше допустимого (10 МБ)',
        en: 'The request body is larger than allowed (10 MB)',
      },
      section: 'errors',
    },
    {
      code: 'large_file',
      name: 'large_file',
      status: 413,
      category: 'too_large',
      retryable: false,
      title: {
        ru: 'Размер загружаемого файла больше допустимого для данного ресурса',
        en: 'The uploaded file is larger than this resource allows',
      },
      section: 'errors',
    },
    {
      code: 'rate_limit_exceeded',
      name: 'rate_limit_exceeded',
      status: 429,
      category: 'rate_limited',
      retryable: true,
      title: {
        ru: 'Превышен лимит на количество API-запросов.',
        en: 'The API request limit is exceeded.',
      },
      description: {
        ru: 'См. лимиты запросов',
        en: 'See request limits.',
      },
      section: 'errors',
    },
    {
      code: '429',
      name: 'TOO_MANY_REQUESTS',
      status: 429,
      category: 'rate_limited',
      retryable: true,
      title: { ru: 'Слишком много запросов', en: 'Too many requests' },
      description: {
        ru: 'HTTP 429 без поля status: лимит на количество API-запросов превышен, как и при rate_limit_exceeded. Повторите запрос после X-RateLimit-Reset.',
        en: 'HTTP 429 without a `status` field: the API request limit is exceeded, as with rate_limit_exceeded. Retry after X-RateLimit-Reset.',
      },
      section: 'errors',
      decision:
        'A 429 without a `status` string means what rate_limit_exceeded means, the only documented 429: rate_limited and retryable once X-RateLimit-Reset has passed.',
      note: 'Not a row of the seed with this code: the seed documents the HTTP status only beside `status` strings, but says the `status` field «может присутствовать» (may be present), so the status can come alone. Added (issue 12) so that such an answer decodes to a known entry instead of an unknown code classified by its status.',
    },
    {
      code: 'limit_exceeded',
      name: 'limit_exceeded',
      status: 400,
      category: 'quota_exceeded',
      retryable: false,
      title: {
        ru: 'Превышен лимит на количество ресурсов создаваемого типа.',
        en: 'The limit on the number of resources of this type is exceeded.',
      },
      description: { ru: 'См. лимиты', en: 'See limits.' },
      section: 'errors',
      decision:
        'quota_exceeded despite the 400: a count limit of resources is reached; retrying will not help until resources are removed or the limit raised.',
    },
    {
      code: 'input_error',
      name: 'input_error',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Неверный формат одного из аргументов, передаваемых в теле запроса, либо отсутствие одного из обязательных аргументов.',
        en: 'An argument in the request body has a wrong format, or a required argument is missing.',
      },
      section: 'errors',
      note: 'Obvious typo fixed: the seed writes «Неверный форма», corrected to «Неверный формат».',
    },
    {
      code: 'wrong_extension_type',
      name: 'wrong_extension_type',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Попытка использования ресурса, который не относится к данному типу добавочного',
        en: 'Attempt to use a resource that does not belong to this extension type',
      },
      section: 'errors',
      note: 'Obvious grammar typo fixed: the seed writes «Попытка использование ресурса», corrected to «Попытка использования».',
    },
    {
      code: 'wrong_file',
      name: 'wrong_file',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Неверный формат загружаемого файла',
        en: 'Wrong format of the uploaded file',
      },
      section: 'errors',
      decision:
        'invalid_request, not unsupported: the uploaded file is wrong for this resource and must be replaced, like the wrong arguments of input_error; unsupported is kept for methods and features.',
    },
    {
      code: 'unresolvable_me',
      name: 'unresolvable_me',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Применение идентификатора ресурса @me для данного пользователя и ресурса невозможно',
        en: 'The @me resource identifier cannot be used for this user and resource',
      },
      section: 'errors',
    },
    {
      code: 'no_records',
      name: 'no_records',
      status: 400,
      category: 'not_found',
      retryable: false,
      title: {
        ru: 'В запрашиваемом диапазоне дат нет записей для формирования архива записей разговора',
        en: 'There are no call recordings in the requested date range to build an archive from',
      },
      section: 'errors',
      decision:
        'not_found despite the 400: the request is well-formed but addresses recordings that do not exist in the date range.',
    },
    {
      code: 'records_size_too_large',
      name: 'records_size_too_large',
      status: 400,
      category: 'too_large',
      retryable: false,
      title: {
        ru: 'Размер записей разговора в запрашиваемом диапазоне дат больше максимально разрешенного для формирования архива.',
        en: 'The call recordings in the requested date range are larger than an archive allows.',
      },
      description: {
        ru: 'Следует выбрать меньший диапазон дат.',
        en: 'Choose a shorter date range.',
      },
      section: 'errors',
      decision: 'too_large despite the 400: the requested archive exceeds the size limit.',
      note: 'Obvious omission fixed: the seed writes «записей разговора запрашиваемом диапазоне», corrected to «в запрашиваемом».',
    },
    {
      code: 'archive_already_requested',
      name: 'archive_already_requested',
      status: 400,
      category: 'conflict',
      retryable: false,
      title: {
        ru: 'Архив записей разговора для данного клиента уже был запрошен.',
        en: 'A call recording archive has already been requested for this client.',
      },
      description: {
        ru: 'Повторный запрос архива возможен только после загрузки предыдущего архива.',
        en: 'A new archive can be requested only after the previous one has been downloaded.',
      },
      section: 'errors',
      decision:
        'conflict, not retryable: a state conflict that clears only when the caller downloads the previous archive, not by waiting.',
    },
    {
      code: 'email_duplicate',
      name: 'email_duplicate',
      status: 400,
      category: 'conflict',
      retryable: false,
      title: {
        ru: 'Переданный в качестве параметра email-адрес уже использован',
        en: 'The email address given as a parameter is already in use',
      },
      section: 'errors',
    },
    {
      code: 'already_exists',
      name: 'already_exists',
      status: 400,
      category: 'conflict',
      retryable: false,
      title: {
        ru: 'Создаваемый ресурс уже существует',
        en: 'The resource being created already exists',
      },
      section: 'errors',
      note: 'Obvious typo fixed: the seed writes «уже существуют» for a singular resource, corrected to «уже существует».',
    },
    {
      code: '400',
      name: 'BAD_REQUEST',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: { ru: 'Неверный запрос', en: 'Bad request' },
      description: {
        ru: 'HTTP 400 без поля status: запрос не принят, его нужно исправить. Поле status, когда оно есть, уточняет причину (input_error, limit_exceeded и другие).',
        en: 'HTTP 400 without a `status` field: the request was refused and must be changed. The `status` field, when present, names the reason (input_error, limit_exceeded and others).',
      },
      section: 'errors',
      decision:
        'A 400 without a `status` string is invalid_request: the most documented 400 statuses (input_error, wrong_file, wrong_extension_type, unresolvable_me) ask to change the request; the quota and conflict meanings come with their own statuses.',
      note: 'Not a row of the seed with this code: the seed documents the HTTP status only beside `status` strings, but says the `status` field «может присутствовать» (may be present), so the status can come alone. Added (issue 12) so that such an answer decodes to a known entry instead of an unknown code classified by its status.',
    },
  ],
});

/**
 * Telphin's error bodies, as a pack declares them (docs/packs.md): an HTTP
 * 4XX, with or without {"status": "client_not_found", "message": "…"}, where
 * the `status` string tells apart errors of one HTTP code. 401, 404, 405 and
 * 413 may come with no `status` or no body at all: the HTTP status is the code
 * (docs/taxonomy.md). A number in `status` is another API's HTTP status (RFC
 * 9457), not a Telphin code. Hourly quotas come in X-RateLimit-* headers,
 * which the core reads (rate-limit-headers.ts).
 */
export const telphinDialectSpec: DialectSpec = {
  code: '/status',
  // A status string, never a number; longer than any status Telphin names.
  // Not digits alone, at most 100 characters (RE2 syntax, as every pack's:
  // no lookahead; a first non-digit within 100 and at most 99 after it).
  codePattern: '^\\d{0,99}\\D[\\s\\S]{0,99}$',
  detail: ['/message', '/detail'],
  detection: {
    // An unknown status is Telphin's only in its snake_case form (without a
    // nested repetition, which a pack's pattern may not have).
    unknown: 0.35,
    unknownCode: '^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$',
    unknownNeedsDetail: true,
  },
};
