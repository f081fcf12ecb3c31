import { defineProviderCatalog } from '../model/catalog.js';

// seed 003: «Google APIs» error reference, by HTTP status, then «Ошибки, связанные
// непосредственно с Indexing API». The code is the `reason` of error.errors[]; the sections
// rpc-status, oauth and errorinfo are not in the seed (see notes).

export const google = defineProviderCatalog({
  id: 'google',
  name: 'Google APIs',
  description: {
    ru: 'Ошибки API Google в глобальном домене: HTTP-статус и причина (reason) в error.errors[], либо имя google.rpc.Code в error.status.',
    en: 'Google API errors of the global domain: an HTTP status and a `reason` in error.errors[], or a google.rpc.Code name in error.status.',
  },
  seeds: ['003'],
  formats: ['json'],
  success: {
    signal: 'http-status',
    description: {
      ru: 'Успех — HTTP 2xx; ошибка приходит с HTTP-статусом и телом {"error":{...}}.',
      en: 'Success is HTTP 2xx; an error comes with its HTTP status and an {"error":{...}} body.',
    },
  },
  limits: [],
  notes: [
    "The seed text is Russian only: title.ru and description.ru are the seed's text (first sentence as the title, the rest as the description); title.en and description.en are English translations following Google's English error reference.",
    "The seed lost the «UNAUTHORIZED (401)» heading: the rows unauthorized, authError, expired, lockedDomainExpired and required after wrongUrlForUpload sit in a headerless table between 400 and 402, and the seed's list names item 6 UNAUTHORIZED (401) there, so they are 401 (marked statusInferred).",
    'A reason listed under two statuses or with two meanings becomes one entry per occurrence, told apart by a variant that starts with the status: required (400, 401), accessNotConfigured (three under 403), dailyLimitExceeded (two under 403), notFound (two under 404), rateLimitExceeded (403 and 429).',
    'Indexing API errors carry a message and no reason: their code is the google.rpc status the API sends (INVALID_ARGUMENT for 400, PERMISSION_DENIED for 403, RESOURCE_EXHAUSTED for 429), each message a variant with patterns; the seed adds that in all these cases the request is rejected and Googlebot does not crawl the URL.',
    "Sections rpc-status (the 16 non-OK google.rpc.Code names of AIP-193 error.status) and oauth (RFC 6749 token-endpoint errors) are not in the seed: added so such bodies decode; their titles are kodex's own in both languages, their statuses Google's and the RFC's mapping, marked statusInferred; their sections have seed \"none\".",
    "Section errorinfo (the common google.rpc.ErrorInfo reasons of the googleapis.com domain, google/api/error_reason.proto) is not in the seed: added so AIP-193 bodies, whose code is ErrorInfo.reason, decode to a known code; titles are kodex's own in both languages, statuses the ones Google sends them with, marked statusInferred.",
    'Limits: the seed documents no figure (quotas are per API and per project, shown in the Cloud console); Google asks clients to retry rate-limit errors and 5xx with exponential backoff (task text), so limits is empty and the client relies on backoff and Retry-After.',
    'The seed gives no documentation URL except http://support.google.com/code/go/developer_compliance inside one description, kept there as text; no entry has docs.',
  ],
  sections: [
    {
      id: 'moved-permanently-301',
      title: { ru: 'MOVED_PERMANENTLY (301)', en: 'MOVED_PERMANENTLY (301)' },
      seed: '003',
    },
    { id: 'see-other-303', title: { ru: 'SEE_OTHER (303)', en: 'SEE_OTHER (303)' }, seed: '003' },
    {
      id: 'not-modified-304',
      title: { ru: 'NOT_MODIFIED (304)', en: 'NOT_MODIFIED (304)' },
      seed: '003',
    },
    {
      id: 'temporary-redirect-307',
      title: { ru: 'TEMPORARY_REDIRECT (307)', en: 'TEMPORARY_REDIRECT (307)' },
      seed: '003',
    },
    {
      id: 'bad-request-400',
      title: { ru: 'BAD_REQUEST (400)', en: 'BAD_REQUEST (400)' },
      seed: '003',
    },
    {
      id: 'unauthorized-401',
      title: { ru: 'UNAUTHORIZED (401)', en: 'UNAUTHORIZED (401)' },
      seed: '003',
    },
    {
      id: 'payment-required-402',
      title: { ru: 'PAYMENT_REQUIRED (402)', en: 'PAYMENT_REQUIRED (402)' },
      seed: '003',
    },
    { id: 'forbidden-403', title: { ru: 'FORBIDDEN (403)', en: 'FORBIDDEN (403)' }, seed: '003' },
    { id: 'not-found-404', title: { ru: 'NOT_FOUND (404)', en: 'NOT_FOUND (404)' }, seed: '003' },
    {
      id: 'method-not-allowed-405',
      title: { ru: 'METHOD_NOT_ALLOWED (405)', en: 'METHOD_NOT_ALLOWED (405)' },
      seed: '003',
    },
    { id: 'conflict-409', title: { ru: 'CONFLICT (409)', en: 'CONFLICT (409)' }, seed: '003' },
    { id: 'gone-410', title: { ru: 'GONE (410)', en: 'GONE (410)' }, seed: '003' },
    {
      id: 'precondition-failed-412',
      title: { ru: 'PRECONDITION_FAILED (412)', en: 'PRECONDITION_FAILED (412)' },
      seed: '003',
    },
    {
      id: 'request-entity-too-large-413',
      title: { ru: 'REQUEST_ENTITY_TOO_LARGE (413)', en: 'REQUEST_ENTITY_TOO_LARGE (413)' },
      seed: '003',
    },
    {
      id: 'requested-range-not-satisfiable-416',
      title: {
        ru: 'REQUESTED_RANGE_NOT_SATISFIABLE (416)',
        en: 'REQUESTED_RANGE_NOT_SATISFIABLE (416)',
      },
      seed: '003',
    },
    {
      id: 'expectation-failed-417',
      title: { ru: 'EXPECTATION_FAILED (417)', en: 'EXPECTATION_FAILED (417)' },
      seed: '003',
    },
    {
      id: 'precondition-required-428',
      title: { ru: 'PRECONDITION_REQUIRED (428)', en: 'PRECONDITION_REQUIRED (428)' },
      seed: '003',
    },
    {
      id: 'too-many-requests-429',
      title: { ru: 'TOO_MANY_REQUESTS (429)', en: 'TOO_MANY_REQUESTS (429)' },
      seed: '003',
    },
    {
      id: 'internal-server-error-500',
      title: { ru: 'INTERNAL_SERVER_ERROR (500)', en: 'INTERNAL_SERVER_ERROR (500)' },
      seed: '003',
    },
    {
      id: 'not-implemented-501',
      title: { ru: 'NOT_IMPLEMENTED (501)', en: 'NOT_IMPLEMENTED (501)' },
      seed: '003',
    },
    {
      id: 'service-unavailable-503',
      title: { ru: 'SERVICE_UNAVAILABLE (503)', en: 'SERVICE_UNAVAILABLE (503)' },
      seed: '003',
    },
    {
      id: 'indexing-400',
      title: {
        ru: 'Ошибки, связанные непосредственно с Indexing API: BAD_REQUEST (400)',
        en: 'Indexing API errors: BAD_REQUEST (400)',
      },
      seed: '003',
    },
    {
      id: 'indexing-403',
      title: {
        ru: 'Ошибки, связанные непосредственно с Indexing API: FORBIDDEN (403)',
        en: 'Indexing API errors: FORBIDDEN (403)',
      },
      seed: '003',
    },
    {
      id: 'indexing-429',
      title: {
        ru: 'Ошибки, связанные непосредственно с Indexing API: TOO_MANY_REQUESTS (429)',
        en: 'Indexing API errors: TOO_MANY_REQUESTS (429)',
      },
      seed: '003',
    },
    {
      id: 'rpc-status',
      title: {
        ru: 'Коды google.rpc.Code (поле error.status)',
        en: 'google.rpc.Code names (the error.status field)',
      },
      source: 'google.rpc.Code (AIP-193)',
    },
    {
      id: 'oauth',
      title: {
        ru: 'Ошибки конечной точки токенов OAuth 2.0 (RFC 6749)',
        en: 'OAuth 2.0 token endpoint errors (RFC 6749)',
      },
      source: 'RFC 6749',
    },
    {
      id: 'errorinfo',
      title: {
        ru: 'Причины google.rpc.ErrorInfo домена googleapis.com (error.details[])',
        en: 'google.rpc.ErrorInfo reasons of the googleapis.com domain (error.details[])',
      },
      source: 'google.rpc.ErrorInfo (AIP-193)',
    },
  ],
  entries: [
    // seed 003: MOVED_PERMANENTLY (301)
    {
      code: 'movedPermanently',
      name: 'movedPermanently',
      status: 301,
      category: 'redirect',
      retryable: false,
      title: {
        ru: 'Запрос был отправлен на URL, который больше нельзя использовать.',
        en: 'The request was sent to a URL that can no longer be used.',
      },
      description: {
        ru: 'Все запросы для той же операции теперь необходимо отправлять на URL, указанный в заголовке Location полученного ответа.',
        en: 'This and future requests for the same operation must go to the URL in the Location header of this response.',
      },
      section: 'moved-permanently-301',
    },
    // seed 003: SEE_OTHER (303)
    {
      code: 'seeOther',
      name: 'seeOther',
      status: 303,
      category: 'redirect',
      retryable: false,
      title: { ru: 'Запрос успешно обработан.', en: 'The request was processed successfully.' },
      description: {
        ru: 'Чтобы получить ответ, отправьте запрос GET на URL, указанный в заголовке Location.',
        en: 'To get the response, send a GET request to the URL in the Location header.',
      },
      section: 'see-other-303',
      decision:
        'Redirect although the request succeeded: the result is only reachable by a GET to the Location URL, which is what a client does on a redirect.',
      note: 'Redirect although the seed says the request succeeded: the result is only reachable by a GET to the Location URL, which is what a client does on a redirect.',
    },
    {
      code: 'mediaDownloadRedirect',
      name: 'mediaDownloadRedirect',
      status: 303,
      category: 'redirect',
      retryable: false,
      title: { ru: 'Запрос успешно обработан.', en: 'The request was processed successfully.' },
      description: {
        ru: 'Чтобы получить ответ, отправьте запрос GET на URL, указанный в заголовке Location.',
        en: 'To get the response, send a GET request to the URL in the Location header.',
      },
      section: 'see-other-303',
      decision:
        'Same text as seeOther; a redirect to the media download URL, so category redirect.',
      note: 'Same text as seeOther in the seed; a redirect to the media download URL, so category redirect.',
    },
    // seed 003: NOT_MODIFIED (304)
    {
      code: 'notModified',
      name: 'notModified',
      status: 304,
      category: 'redirect',
      retryable: false,
      title: {
        ru: 'Условие, заданное для заголовка If-None-Match, не было выполнено.',
        en: 'The condition set for the If-None-Match header was not met.',
      },
      description: {
        ru: 'Этот ответ означает, что запрошенный документ не был изменен и что должен быть получен кешированный ответ. Проверьте значение заголовка If-None-Match в HTTP-запросе.',
        en: 'This response means the requested document has not changed and the cached response should be used. Check the value of the If-None-Match HTTP request header.',
      },
      section: 'not-modified-304',
      decision:
        'Category redirect: the document is unchanged and the caller uses its cached copy; not an error to retry.',
      note: 'Category redirect, as the taxonomy files 304: the document is unchanged and the caller uses its cached copy; not an error to retry.',
    },
    // seed 003: TEMPORARY_REDIRECT (307)
    {
      code: 'temporaryRedirect',
      name: 'temporaryRedirect',
      status: 307,
      category: 'redirect',
      retryable: false,
      title: {
        ru: 'Чтобы ваш запрос был обработан, повторно отправьте его на URL, указанный в заголовке Location этого ответа.',
        en: 'To have your request processed, send it again to the URL in the Location header of this response.',
      },
      section: 'temporary-redirect-307',
    },
    // seed 003: BAD_REQUEST (400)
    {
      code: 'badRequest',
      name: 'badRequest',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Запрос к API недействителен или неправильно сформирован.',
        en: 'The API request is invalid or malformed.',
      },
      description: {
        ru: 'Поэтому сервер API не может его распознать.',
        en: 'So the API server cannot understand it.',
      },
      section: 'bad-request-400',
    },
    {
      code: 'badBinaryDomainRequest',
      name: 'badBinaryDomainRequest',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Двоичный запрос к домену недействителен.',
        en: 'The binary domain request is invalid.',
      },
      section: 'bad-request-400',
    },
    {
      code: 'badContent',
      name: 'badContent',
      status: 400,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Тип данных запроса или тип контента части пакетного запроса не поддерживается.',
        en: 'The content type of the request data, or of a part of a multipart request, is not supported.',
      },
      section: 'bad-request-400',
      decision:
        'Unsupported rather than invalid_request although sent with 400: Google says the content type is not supported, an unsupported format.',
      note: 'Unsupported rather than invalid_request although sent with 400: the seed says the content type is not supported, which the taxonomy files under unsupported format.',
    },
    {
      code: 'badLockedDomainRequest',
      name: 'badLockedDomainRequest',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Запрос к заблокированному домену недействителен.',
        en: 'The locked domain request is invalid.',
      },
      section: 'bad-request-400',
    },
    {
      code: 'corsRequestWithXOrigin',
      name: 'corsRequestWithXOrigin',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Запрос CORS содержит заголовок X-Origin XD3, то есть этот запрос составлен неправильно.',
        en: 'The CORS request carries an XD3 X-Origin header, which means the request is malformed.',
      },
      section: 'bad-request-400',
    },
    {
      code: 'endpointConstraintMismatch',
      name: 'endpointConstraintMismatch',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Обработать запрос не удалось, так как он не соответствует указанному API.',
        en: 'The request failed because it does not match the specified API.',
      },
      description: {
        ru: 'Убедитесь, что вы указали правильный URL.',
        en: 'Check that the URL is right.',
      },
      section: 'bad-request-400',
    },
    {
      code: 'invalid',
      name: 'invalid',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Обработать запрос не удалось, так как он содержал недопустимое значение.',
        en: 'The request failed because it contained an invalid value.',
      },
      description: {
        ru: 'Это может быть значение параметра, заголовка или свойства.',
        en: 'It can be a parameter, header or property value.',
      },
      section: 'bad-request-400',
    },
    {
      code: 'invalidAltValue',
      name: 'invalidAltValue',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'В значении параметра alt указан неизвестный формат вывода.',
        en: 'The alt parameter names an unknown output format.',
      },
      section: 'bad-request-400',
    },
    {
      code: 'invalidHeader',
      name: 'invalidHeader',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Обработать запрос не удалось, так как он содержал недопустимый заголовок.',
        en: 'The request failed because it contained an invalid header.',
      },
      section: 'bad-request-400',
    },
    {
      code: 'invalidParameter',
      name: 'invalidParameter',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Обработать запрос не удалось, так как он содержал недопустимый параметр или значение параметра.',
        en: 'The request failed because it contained an invalid parameter or parameter value.',
      },
      description: {
        ru: 'Чтобы определить, какие параметры можно использовать для запроса, изучите документацию API.',
        en: 'See the API documentation for the parameters the request accepts.',
      },
      section: 'bad-request-400',
    },
    {
      code: 'invalidQuery',
      name: 'invalidQuery',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: { ru: 'Запрос недействителен.', en: 'The request is invalid.' },
      description: {
        ru: 'Узнайте, какие параметры можно использовать для запроса, и убедитесь, что запрос не содержит недопустимую комбинацию параметров или недействительные значения параметров. Для этого изучите документацию API. Проверьте значение параметра q.',
        en: 'Find out from the API documentation which parameters the request accepts, and check that it has no invalid combination of parameters and no invalid parameter values. Check the value of the q parameter.',
      },
      section: 'bad-request-400',
    },
    {
      code: 'keyExpired',
      name: 'keyExpired',
      status: 400,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'Срок действия ключа API, указанного в запросе, истек.',
        en: 'The API key given in the request has expired.',
      },
      description: {
        ru: 'Это означает, что сервер API не может проверить лимит квоты для приложения, отправляющего запрос. Чтобы узнать больше или получить новый ключ, перейдите в Google Developers Console.',
        en: 'The API server therefore cannot check the quota limit of the application making the request. Go to the Google Developers Console to learn more or to get a new key.',
      },
      section: 'bad-request-400',
      decision:
        'Unauthenticated although sent with 400: the credential (the API key) has expired and a new one is needed.',
    },
    {
      code: 'keyInvalid',
      name: 'keyInvalid',
      status: 400,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'Указанный в запросе ключ API недействителен.',
        en: 'The API key given in the request is invalid.',
      },
      description: {
        ru: 'Это означает, что сервер API не может проверить лимит квоты для приложения, отправляющего запрос. Попробуйте найти ключ с помощью Google Developers Console или получите новый.',
        en: 'The API server therefore cannot check the quota limit of the application making the request. Find your key in the Google Developers Console or get a new one.',
      },
      section: 'bad-request-400',
      decision: 'Unauthenticated although sent with 400: the credential (the API key) is wrong.',
    },
    {
      code: 'lockedDomainCreationFailure',
      name: 'lockedDomainCreationFailure',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Токен OAuth был получен в строке запроса.',
        en: 'The OAuth token was received in the query string.',
      },
      description: {
        ru: 'API запрещает это для всех форматов ответа, кроме JSON и XML. Попробуйте отправить токен OAuth в заголовке Authorization.',
        en: 'The API forbids this for every response format except JSON and XML. Send the OAuth token in the Authorization header instead.',
      },
      section: 'bad-request-400',
      decision:
        'invalid_request, not unauthenticated: the token itself is fine, it is sent in the wrong place and the fix is to change the request.',
    },
    {
      code: 'notDownload',
      name: 'notDownload',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'На URL типа /download/* могут быть отправлены только запросы на скачивание мультимедиа.',
        en: 'Only media download requests can be sent to /download/* URLs.',
      },
      description: {
        ru: 'Отправьте запрос на тот же адрес, но без префикса /download.',
        en: 'Send the request to the same path without the /download prefix.',
      },
      section: 'bad-request-400',
    },
    {
      code: 'notUpload',
      name: 'notUpload',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'На URI с префиксом /upload/* можно отправлять только запросы на загрузку.',
        en: 'Only upload requests can be sent to URIs with the /upload/* prefix.',
      },
      description: {
        ru: 'Ваш запрос не относится к их числу, поэтому обработать его не удалось. Отправьте запрос на тот же адрес, но без префикса /upload.',
        en: 'Your request is not one, so it failed. Send the request to the same path without the /upload prefix.',
      },
      section: 'bad-request-400',
    },
    {
      code: 'parseError',
      name: 'parseError',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Сервер API не может обработать тело запроса.',
        en: 'The API server cannot parse the request body.',
      },
      section: 'bad-request-400',
    },
    {
      code: 'required',
      variant: '400-missing-information',
      name: 'required',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'В запросе отсутствует обязательная информация.',
        en: 'The request lacks required information.',
      },
      description: {
        ru: 'Возможно, это параметр или свойство ресурса.',
        en: 'It may be a parameter or a resource property.',
      },
      section: 'bad-request-400',
      decision:
        'The reason "required" appears under 400 (missing parameter) and under 401 (login required): two entries, told apart by variant and status.',
    },
    {
      code: 'tooManyParts',
      name: 'tooManyParts',
      status: 400,
      category: 'too_large',
      retryable: false,
      title: {
        ru: 'Обработать пакетный запрос не удалось, так как в нем слишком много частей.',
        en: 'The multipart request failed because it has too many parts.',
      },
      section: 'bad-request-400',
      decision: 'too_large although sent with 400: too many parts; the fix is a smaller batch.',
      note: 'too_large although sent with 400: the taxonomy files "too many parts" under too_large; the fix is a smaller batch.',
    },
    {
      code: 'unknownApi',
      name: 'unknownApi',
      status: 400,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'API, к которому обращается запрос, не распознан.',
        en: 'The API the request calls is not recognised.',
      },
      section: 'bad-request-400',
      decision:
        'Unsupported, like an unknown method: the API named in the request does not exist on this server.',
    },
    {
      code: 'unsupportedMediaProtocol',
      name: 'unsupportedMediaProtocol',
      status: 400,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Медиапротокол клиента не поддерживается.',
        en: "The client's media protocol is not supported.",
      },
      section: 'bad-request-400',
    },
    {
      code: 'unsupportedOutputFormat',
      name: 'unsupportedOutputFormat',
      status: 400,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'В значении параметра alt указан формат вывода, который не поддерживается этим сервисом.',
        en: 'The alt parameter names an output format this service does not support.',
      },
      description: {
        ru: 'Проверьте значение параметра запроса alt.',
        en: 'Check the value of the alt request parameter.',
      },
      section: 'bad-request-400',
    },
    {
      code: 'wrongUrlForUpload',
      name: 'wrongUrlForUpload',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Обработать запрос на загрузку не удалось из-за неправильного URI.',
        en: 'The upload request failed because of a wrong URI.',
      },
      description: {
        ru: 'Такие запросы можно отправлять только на URI с префиксом /upload/*. Отправьте запрос на тот же адрес, но с префиксом /upload.',
        en: 'Such requests can only be sent to URIs with the /upload/* prefix. Send the request to the same path with the /upload prefix.',
      },
      section: 'bad-request-400',
    },
    // seed 003: UNAUTHORIZED (401)
    {
      code: 'unauthorized',
      name: 'unauthorized',
      status: 401,
      statusInferred: true,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'У пользователя нет прав для выполнения этого запроса.',
        en: 'The user is not authorized to make this request.',
      },
      section: 'unauthorized-401',
      decision:
        "Google's reference lists this reason among the UNAUTHORIZED (401) errors without a heading of its own; so status 401, marked inferred. Unauthenticated rather than permission_denied: Google sends it with 401, the credentials do not authorize the request, and new credentials (or a token with the right scopes) are the fix.",
      note: "The seed lost the «UNAUTHORIZED (401)» heading: this row follows wrongUrlForUpload under a headerless table that sits between 400 and 402, where the seed's list names item 6, UNAUTHORIZED (401); so status 401, marked inferred.",
    },
    {
      code: 'authError',
      name: 'authError',
      status: 401,
      statusInferred: true,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'Для запроса указаны неправильные учетные данные.',
        en: 'The request carries invalid credentials.',
      },
      description: {
        ru: 'Проверьте значение заголовка Authorization в HTTP-запросе.',
        en: 'Check the value of the Authorization HTTP request header.',
      },
      section: 'unauthorized-401',
      decision:
        "Google's reference lists this reason among the UNAUTHORIZED (401) errors without a heading of its own; so status 401, marked inferred.",
      note: "The seed lost the «UNAUTHORIZED (401)» heading: this row follows wrongUrlForUpload under a headerless table that sits between 400 and 402, where the seed's list names item 6, UNAUTHORIZED (401); so status 401, marked inferred.",
    },
    {
      code: 'expired',
      name: 'expired',
      status: 401,
      statusInferred: true,
      category: 'unauthenticated',
      retryable: false,
      title: { ru: 'Время сеанса истекло.', en: 'The session has expired.' },
      description: {
        ru: 'Проверьте значение заголовка Authorization в HTTP-запросе.',
        en: 'Check the value of the Authorization HTTP request header.',
      },
      section: 'unauthorized-401',
      decision:
        "Google's reference lists this reason among the UNAUTHORIZED (401) errors without a heading of its own; so status 401, marked inferred.",
      note: "The seed lost the «UNAUTHORIZED (401)» heading: this row follows wrongUrlForUpload under a headerless table that sits between 400 and 402, where the seed's list names item 6, UNAUTHORIZED (401); so status 401, marked inferred.",
    },
    {
      code: 'lockedDomainExpired',
      name: 'lockedDomainExpired',
      status: 401,
      statusInferred: true,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'Обработать запрос не удалось, так как истек срок действия заблокированного домена.',
        en: 'The request failed because the locked domain has expired.',
      },
      section: 'unauthorized-401',
      decision:
        "Google's reference lists this reason among the UNAUTHORIZED (401) errors without a heading of its own; so status 401, marked inferred. Unauthenticated: an expired locked domain is an expired credential binding, renewed by authenticating again.",
      note: "The seed lost the «UNAUTHORIZED (401)» heading: this row follows wrongUrlForUpload under a headerless table that sits between 400 and 402, where the seed's list names item 6, UNAUTHORIZED (401); so status 401, marked inferred.",
    },
    {
      code: 'required',
      variant: '401-login-required',
      name: 'required',
      status: 401,
      statusInferred: true,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'Для выполнения этого запроса к API пользователю необходимо войти в систему.',
        en: 'The user must log in to make this API request.',
      },
      description: {
        ru: 'Проверьте значение заголовка Authorization в HTTP-запросе.',
        en: 'Check the value of the Authorization HTTP request header.',
      },
      section: 'unauthorized-401',
      decision:
        'Google\'s reference lists this reason among the UNAUTHORIZED (401) errors without a heading of its own; so status 401, marked inferred. The reason "required" also appears under 400, hence the variant.',
      note: "The seed lost the «UNAUTHORIZED (401)» heading: this row follows wrongUrlForUpload under a headerless table that sits between 400 and 402, where the seed's list names item 6, UNAUTHORIZED (401); so status 401, marked inferred.",
    },
    // seed 003: PAYMENT_REQUIRED (402)
    {
      code: 'dailyLimitExceeded402',
      name: 'dailyLimitExceeded402',
      status: 402,
      category: 'quota_exceeded',
      retryable: false,
      title: {
        ru: 'Достигнут дневной лимит бюджета, установленный разработчиком.',
        en: 'The daily budget limit set by the developer has been reached.',
      },
      section: 'payment-required-402',
      decision:
        'quota_exceeded, not payment_required, despite 402: the cap is a daily budget the developer set, which resets the next day or can be raised; no payment is asked for.',
    },
    {
      code: 'quotaExceeded402',
      name: 'quotaExceeded402',
      status: 402,
      category: 'payment_required',
      retryable: false,
      title: {
        ru: 'Для запрошенной операции необходимо больше ресурсов, чем доступно по квоте.',
        en: 'The requested operation needs more resources than the quota allows.',
      },
      description: {
        ru: 'Чтобы выполнить эту операцию, требуется платеж.',
        en: 'Payment is required to perform it.',
      },
      section: 'payment-required-402',
      decision:
        'payment_required rather than quota_exceeded: the provider says a payment is required to perform the operation.',
      note: 'payment_required rather than quota_exceeded: the seed says a payment is required to perform the operation.',
    },
    {
      code: 'user402',
      name: 'user402',
      status: 402,
      category: 'payment_required',
      retryable: false,
      title: {
        ru: 'Чтобы выполнить запрошенную операцию, требуется платеж от аутентифицированного пользователя.',
        en: 'The requested operation requires a payment from the authenticated user.',
      },
      section: 'payment-required-402',
    },
    // seed 003: FORBIDDEN (403)
    {
      code: 'forbidden',
      name: 'forbidden',
      status: 403,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Запрошенная операция запрещена, и ее нельзя завершить.',
        en: 'The requested operation is forbidden and cannot be completed.',
      },
      section: 'forbidden-403',
    },
    {
      code: 'accessNotConfigured',
      variant: '403-api-not-enabled',
      name: 'accessNotConfigured',
      status: 403,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Для вашего проекта не настроен доступ к этому API.',
        en: 'Your project is not configured to access this API.',
      },
      description: {
        ru: 'Активируйте API для проекта в Google Developers Console.',
        en: 'Enable the API for the project in the Google Developers Console.',
      },
      section: 'forbidden-403',
      decision:
        'Google lists accessNotConfigured three times under 403 with three meanings: three variants. This one (API not enabled) is permission_denied, not unsupported: the API exists and works, the project is not allowed to use it until someone enables it, and Google itself reports this case (SERVICE_DISABLED) with status PERMISSION_DENIED.',
      note: 'The seed lists accessNotConfigured three times under 403 with three meanings: three variants.',
    },
    {
      code: 'accessNotConfigured',
      variant: '403-project-blocked',
      name: 'accessNotConfigured',
      status: 403,
      category: 'account_blocked',
      retryable: false,
      title: {
        ru: 'Проект заблокирован из-за нарушения правил.',
        en: 'The project has been blocked for abuse.',
      },
      description: {
        ru: 'См. http://support.google.com/code/go/developer_compliance.',
        en: 'See http://support.google.com/code/go/developer_compliance.',
      },
      section: 'forbidden-403',
      decision:
        'Second meaning of accessNotConfigured: the project is blocked for abuse, so account_blocked.',
      note: 'Second meaning of accessNotConfigured in the seed: the project is blocked for abuse, so account_blocked; the compliance URL is kept in the text only, as the seed gives it.',
    },
    {
      code: 'accessNotConfigured',
      variant: '403-project-pending-deletion',
      name: 'accessNotConfigured',
      status: 403,
      category: 'account_blocked',
      retryable: false,
      title: { ru: 'Проект подлежит удалению.', en: 'The project is marked for deletion.' },
      section: 'forbidden-403',
      decision:
        'Third meaning of accessNotConfigured: a project marked for deletion cannot be used until a human restores it, so account_blocked.',
      note: 'Third meaning of accessNotConfigured in the seed: a project marked for deletion cannot be used until a human restores it, so account_blocked.',
    },
    {
      code: 'accountDeleted',
      name: 'accountDeleted',
      status: 403,
      category: 'account_blocked',
      retryable: false,
      title: {
        ru: 'Аккаунт, связанный с указанными в запросе учетными данными, был удален.',
        en: "The account tied to the request's credentials has been deleted.",
      },
      description: {
        ru: 'Проверьте значение заголовка Authorization в HTTP-запросе.',
        en: 'Check the value of the Authorization HTTP request header.',
      },
      section: 'forbidden-403',
    },
    {
      code: 'accountDisabled',
      name: 'accountDisabled',
      status: 403,
      category: 'account_blocked',
      retryable: false,
      title: {
        ru: 'Аккаунт, связанный с указанными в запросе учетными данными, был отключен.',
        en: "The account tied to the request's credentials has been disabled.",
      },
      description: {
        ru: 'Проверьте значение заголовка Authorization в HTTP-запросе.',
        en: 'Check the value of the Authorization HTTP request header.',
      },
      section: 'forbidden-403',
    },
    {
      code: 'accountUnverified',
      name: 'accountUnverified',
      status: 403,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Адрес электронной почты пользователя, делающего запрос, не подтвержден.',
        en: 'The email address of the user making the request is not verified.',
      },
      description: {
        ru: 'Проверьте значение заголовка Authorization в HTTP-запросе.',
        en: 'Check the value of the Authorization HTTP request header.',
      },
      section: 'forbidden-403',
      decision:
        'permission_denied, not account_blocked: the account is known and not blocked, it is not allowed to do this until its owner verifies the email.',
    },
    {
      code: 'concurrentLimitExceeded',
      name: 'concurrentLimitExceeded',
      status: 403,
      category: 'rate_limited',
      retryable: true,
      title: {
        ru: 'Обработать запрос не удалось, так как достигнут лимит параллельных соединений.',
        en: 'The request failed because the limit of concurrent connections has been reached.',
      },
      section: 'forbidden-403',
      decision:
        'rate_limited and retryable although sent with 403: a concurrency limit frees up as other requests finish.',
    },
    {
      code: 'dailyLimitExceeded',
      variant: '403-daily-quota',
      name: 'dailyLimitExceeded',
      status: 403,
      category: 'quota_exceeded',
      retryable: false,
      title: {
        ru: 'Достигнут ежедневный лимит квоты для API.',
        en: 'The daily quota limit of the API has been reached.',
      },
      section: 'forbidden-403',
      decision:
        'Google lists dailyLimitExceeded twice under 403: the plain daily quota (quota_exceeded) and a quota with the project blocked for abuse (account_blocked); two variants.',
      note: 'The seed lists dailyLimitExceeded twice under 403: the plain daily quota (quota_exceeded) and a quota with the project blocked for abuse (account_blocked); two variants.',
    },
    {
      code: 'dailyLimitExceeded',
      variant: '403-project-blocked',
      name: 'dailyLimitExceeded',
      status: 403,
      category: 'account_blocked',
      retryable: false,
      title: {
        ru: 'Достигнут ежедневный лимит квоты, и проект заблокирован из-за нарушения правил.',
        en: 'The daily quota limit has been reached and the project has been blocked for abuse.',
      },
      description: {
        ru: 'Подробную информацию можно найти на форуме поддержки по правилам API Google.',
        en: 'See the Google APIs compliance support forum for details.',
      },
      section: 'forbidden-403',
      decision:
        'Second meaning of dailyLimitExceeded: the project is blocked for abuse, which outweighs the exhausted quota, so account_blocked.',
    },
    {
      code: 'dailyLimitExceededUnreg',
      name: 'dailyLimitExceededUnreg',
      status: 403,
      category: 'quota_exceeded',
      retryable: false,
      title: {
        ru: 'Обработать запрос не удалось, так как достигнут предел анонимного использования API в день.',
        en: 'The request failed because the daily limit of anonymous API use has been reached.',
      },
      description: {
        ru: 'Чтобы продолжить работу с API, войдите в Google Developers Console.',
        en: 'Sign up in the Google Developers Console to keep using the API.',
      },
      section: 'forbidden-403',
    },
    {
      code: 'downloadServiceForbidden',
      name: 'downloadServiceForbidden',
      status: 403,
      category: 'unsupported',
      retryable: false,
      title: { ru: 'API не поддерживает скачивание.', en: 'The API does not support downloads.' },
      section: 'forbidden-403',
      decision:
        'Unsupported although sent with 403: Google says the API has no download service at all, not that this caller lacks a right.',
      note: 'Unsupported although sent with 403: the seed says the API has no download service at all, not that this caller lacks a right.',
    },
    {
      code: 'insufficientAudience',
      name: 'insufficientAudience',
      status: 403,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Запрос не может быть выполнен для этой аудитории.',
        en: 'The request cannot be completed for this audience.',
      },
      section: 'forbidden-403',
    },
    {
      code: 'insufficientAuthorizedParty',
      name: 'insufficientAuthorizedParty',
      status: 403,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Запрос не может быть выполнен для этого приложения.',
        en: 'The request cannot be completed for this application.',
      },
      section: 'forbidden-403',
    },
    {
      code: 'insufficientPermissions',
      name: 'insufficientPermissions',
      status: 403,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'У аутентифицированного пользователя недостаточно прав для выполнения этого запроса.',
        en: 'The authenticated user does not have enough permissions to make this request.',
      },
      section: 'forbidden-403',
    },
    {
      code: 'limitExceeded',
      name: 'limitExceeded',
      status: 403,
      category: 'rate_limited',
      retryable: true,
      title: {
        ru: 'Запрос нельзя выполнить из-за ограничений по доступу или частоте.',
        en: 'The request cannot be completed because of access or rate limits.',
      },
      section: 'forbidden-403',
      decision:
        'Google\'s text mixes "access or rate" limits; read as rate_limited (retryable with backoff, as Google advises for 403 limit errors), since an access limit would come as forbidden or insufficientPermissions; the client\'s retry budget bounds the cost if it is not.',
      note: 'The seed mixes "access or rate" limits; read as rate_limited (retryable with backoff, as Google advises for 403 limit errors), since an access limit would come as forbidden or insufficientPermissions; the client\'s retry budget bounds the cost if it is not.',
    },
    {
      code: 'lockedDomainForbidden',
      name: 'lockedDomainForbidden',
      status: 403,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'API не поддерживает заблокированные домены.',
        en: 'The API does not support locked domains.',
      },
      section: 'forbidden-403',
      decision:
        'Unsupported although sent with 403: Google says the API does not support locked domains, a missing feature rather than a missing right.',
      note: 'Unsupported although sent with 403: the seed says the API does not support locked domains, a missing feature rather than a missing right.',
    },
    {
      code: 'quotaExceeded',
      name: 'quotaExceeded',
      status: 403,
      category: 'quota_exceeded',
      retryable: false,
      title: {
        ru: 'Для запрошенной операции необходимо больше ресурсов, чем доступно по квоте.',
        en: 'The requested operation needs more resources than the quota allows.',
      },
      section: 'forbidden-403',
    },
    {
      code: 'rateLimitExceeded',
      variant: '403',
      name: 'rateLimitExceeded',
      status: 403,
      category: 'rate_limited',
      retryable: true,
      title: {
        ru: 'В течение определенного промежутка времени было отправлено слишком много запросов.',
        en: 'Too many requests were sent within a given time span.',
      },
      section: 'forbidden-403',
      decision:
        'The reason rateLimitExceeded appears under 403 and under 429 with the same meaning: two entries told apart by status (variants "403" and "429"), both rate_limited and retryable.',
    },
    {
      code: 'rateLimitExceededUnreg',
      name: 'rateLimitExceededUnreg',
      status: 403,
      category: 'rate_limited',
      retryable: true,
      title: {
        ru: 'Превышен лимит частоты запросов.',
        en: 'The request rate limit has been exceeded.',
      },
      description: {
        ru: 'Чтобы продолжить использование API, зарегистрируйте приложение. Для этого создайте аккаунт, используя Google Developers Console.',
        en: 'Register the application to keep using the API: create an account in the Google Developers Console.',
      },
      section: 'forbidden-403',
      decision:
        'rate_limited and retryable: it is a rate limit, so slowing down works; registering the application lifts it.',
    },
    {
      code: 'responseTooLarge',
      name: 'responseTooLarge',
      status: 403,
      category: 'too_large',
      retryable: false,
      title: {
        ru: 'Невозможно получить запрошенный ресурс, так как его размер слишком велик.',
        en: 'The requested resource cannot be returned because it is too large.',
      },
      section: 'forbidden-403',
      decision:
        'too_large although sent with 403: Google says the resource is too large to return.',
      note: 'too_large although sent with 403: the seed says the resource is too large to return.',
    },
    {
      code: 'servingLimitExceeded',
      name: 'servingLimitExceeded',
      status: 403,
      category: 'rate_limited',
      retryable: true,
      title: {
        ru: 'Достигнут лимит на частоту запросов для этого API.',
        en: 'The request rate limit of this API has been reached.',
      },
      section: 'forbidden-403',
    },
    {
      code: 'sslRequired',
      name: 'sslRequired',
      status: 403,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Эта операция возможна только с применением SSL.',
        en: 'This operation is only possible over SSL.',
      },
      section: 'forbidden-403',
      decision:
        'Unsupported although sent with 403: the protocol (plain HTTP) is not supported for the operation; the fix is to use HTTPS.',
    },
    {
      code: 'unknownAuth',
      name: 'unknownAuth',
      status: 403,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'Сервер API не распознает схему авторизации, используемую для запроса.',
        en: 'The API server does not recognise the authorization scheme of the request.',
      },
      description: {
        ru: 'Проверьте значение заголовка Authorization в HTTP-запросе.',
        en: 'Check the value of the Authorization HTTP request header.',
      },
      section: 'forbidden-403',
      decision:
        'Unauthenticated although sent with 403: the credentials cannot be read (unknown scheme), so the caller is not identified.',
    },
    {
      code: 'userRateLimitExceeded',
      name: 'userRateLimitExceeded',
      status: 403,
      category: 'rate_limited',
      retryable: true,
      title: {
        ru: 'Обработать запрос не удалось, так как частота запросов от этого пользователя превышает допустимую.',
        en: 'The request failed because the request rate of this user is over the limit.',
      },
      section: 'forbidden-403',
    },
    {
      code: 'userRateLimitExceededUnreg',
      name: 'userRateLimitExceededUnreg',
      status: 403,
      category: 'rate_limited',
      retryable: true,
      title: {
        ru: 'Обработать запрос не удалось, так как достигнут предел частоты запросов от этого пользователя и в запросе не указан разработчик клиента.',
        en: 'The request failed because the per-user rate limit has been reached and the request does not identify the client developer.',
      },
      description: {
        ru: 'Создайте проект для вашего приложения в Google Developer Console (https://console.developers.google.com).',
        en: 'Create a project for your application in the Google Developer Console (https://console.developers.google.com).',
      },
      section: 'forbidden-403',
    },
    {
      code: 'variableTermExpiredDailyExceeded',
      name: 'variableTermExpiredDailyExceeded',
      status: 403,
      category: 'quota_exceeded',
      retryable: false,
      title: {
        ru: 'Обработать запрос не удалось, так как истек срок действия временной квоты и была исчерпана стандартная дневная.',
        en: 'The request failed because the variable-term quota has expired and the standard daily quota is exhausted.',
      },
      section: 'forbidden-403',
    },
    {
      code: 'variableTermLimitExceeded',
      name: 'variableTermLimitExceeded',
      status: 403,
      category: 'quota_exceeded',
      retryable: false,
      title: {
        ru: 'Обработать запрос не удалось, так как была исчерпана временная квота, действующая в указанный период.',
        en: 'The request failed because the variable-term quota for the period is exhausted.',
      },
      section: 'forbidden-403',
    },
    // seed 003: NOT_FOUND (404)
    {
      code: 'notFound',
      variant: '404-resource-not-found',
      name: 'notFound',
      status: 404,
      category: 'not_found',
      retryable: false,
      title: {
        ru: 'Не удалось выполнить операцию, так как не найден ресурс, указанный в запросе.',
        en: 'The operation failed because a resource named in the request was not found.',
      },
      section: 'not-found-404',
      decision:
        'Google lists notFound twice under 404 with two texts: two variants, both not_found.',
      note: 'The seed lists notFound twice under 404 with two texts: two variants, both not_found.',
    },
    {
      code: 'notFound',
      variant: '404-app-engine-redeploy',
      name: 'notFound',
      status: 404,
      category: 'not_found',
      retryable: false,
      title: {
        ru: 'Не найден ресурс, указанный в запросе.',
        en: 'A resource named in the request was not found.',
      },
      description: {
        ru: 'Если вы не пользовались этим API в последние две недели, выполните повторное развертывание приложения App Engine и попробуйте вызвать API ещё раз.',
        en: 'If you have not used this API in the last two weeks, redeploy the App Engine application and call the API again.',
      },
      section: 'not-found-404',
      decision:
        'Second meaning of notFound; not retryable: Google asks for a redeploy of the App Engine application before calling again, a human action.',
      note: 'Second meaning of notFound; not retryable: the seed asks for a redeploy of the App Engine application before calling again, a human action.',
    },
    {
      code: 'unsupportedProtocol',
      name: 'unsupportedProtocol',
      status: 404,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Не поддерживается протокол, используемый в запросе.',
        en: 'The protocol of the request is not supported.',
      },
      section: 'not-found-404',
      decision:
        'Unsupported although sent with 404: Google speaks of an unsupported protocol, not a missing resource.',
      note: 'Unsupported although sent with 404: the seed speaks of an unsupported protocol, not a missing resource.',
    },
    // seed 003: METHOD_NOT_ALLOWED (405)
    {
      code: 'httpMethodNotAllowed',
      name: 'httpMethodNotAllowed',
      status: 405,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Не поддерживается метод HTTP, связанный с запросом.',
        en: 'The HTTP method of the request is not supported.',
      },
      section: 'method-not-allowed-405',
    },
    // seed 003: CONFLICT (409)
    {
      code: 'conflict',
      name: 'conflict',
      status: 409,
      category: 'conflict',
      retryable: false,
      title: {
        ru: 'Не удалось выполнить запрос к API, так как запрошенная операция может вызвать конфликт с уже существующим объектом.',
        en: 'The API request failed because the operation would conflict with an existing item.',
      },
      description: {
        ru: 'Например, это случается, если запрашивается создание повторяющегося элемента, однако при таких конфликтах, как правило, ошибки диагностируются более конкретно.',
        en: 'For example, a request to create a duplicate item, though such conflicts usually get a more specific error.',
      },
      section: 'conflict-409',
    },
    {
      code: 'duplicate',
      name: 'duplicate',
      status: 409,
      category: 'conflict',
      retryable: false,
      title: {
        ru: 'Не удалось выполнить запрошенную операцию, так как она требует создания уже существующего ресурса.',
        en: 'The operation failed because it would create a resource that already exists.',
      },
      section: 'conflict-409',
    },
    // seed 003: GONE (410)
    {
      code: 'deleted',
      name: 'deleted',
      status: 410,
      category: 'not_found',
      retryable: false,
      title: {
        ru: 'Обработать запрос не удалось, так как указанный в нем ресурс был удален.',
        en: 'The request failed because the resource it names has been deleted.',
      },
      section: 'gone-410',
    },
    // seed 003: PRECONDITION_FAILED (412)
    {
      code: 'conditionNotMet',
      name: 'conditionNotMet',
      status: 412,
      category: 'conflict',
      retryable: false,
      title: {
        ru: 'Не было выполнено условие, заданное для заголовка If-Match или If-None-Match в HTTP-запросе.',
        en: 'The condition set in the If-Match or If-None-Match HTTP request header was not met.',
      },
      description: {
        ru: 'Чтобы узнать больше, прочитайте раздел ETag спецификации HTTP. Проверьте значение заголовка If-Match.',
        en: 'See the ETag section of the HTTP specification. Check the value of the If-Match header.',
      },
      section: 'precondition-failed-412',
    },
    // seed 003: REQUEST_ENTITY_TOO_LARGE (413)
    {
      code: 'backendRequestTooLarge',
      name: 'backendRequestTooLarge',
      status: 413,
      category: 'too_large',
      retryable: false,
      title: { ru: 'Слишком большой запрос.', en: 'The request is too large.' },
      section: 'request-entity-too-large-413',
    },
    {
      code: 'batchSizeTooLarge',
      name: 'batchSizeTooLarge',
      status: 413,
      category: 'too_large',
      retryable: false,
      title: {
        ru: 'Пакетный запрос содержит слишком много элементов.',
        en: 'The batch request has too many items.',
      },
      section: 'request-entity-too-large-413',
    },
    {
      code: 'uploadTooLarge',
      name: 'uploadTooLarge',
      status: 413,
      category: 'too_large',
      retryable: false,
      title: {
        ru: 'Обработать запрос не удалось, так как в нем слишком много данных.',
        en: 'The request failed because it carries too much data.',
      },
      section: 'request-entity-too-large-413',
    },
    // seed 003: REQUESTED_RANGE_NOT_SATISFIABLE (416)
    {
      code: 'requestedRangeNotSatisfiable',
      name: 'requestedRangeNotSatisfiable',
      status: 416,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'В запросе указан недопустимый диапазон.',
        en: 'The request specifies a range that cannot be satisfied.',
      },
      section: 'requested-range-not-satisfiable-416',
    },
    // seed 003: EXPECTATION_FAILED (417)
    {
      code: 'expectationFailed',
      name: 'expectationFailed',
      status: 417,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Сервер не может выполнить запрос клиента.',
        en: "The server cannot meet the client's expectation.",
      },
      section: 'expectation-failed-417',
      decision:
        "invalid_request: 417 means the server cannot meet the request's Expect header, which the client fixes by changing the request.",
      note: "The seed's Russian («cannot fulfil the client's request») is vaguer; the English title follows the status.",
    },
    // seed 003: PRECONDITION_REQUIRED (428)
    {
      code: 'preconditionRequired',
      name: 'preconditionRequired',
      status: 428,
      category: 'conflict',
      retryable: false,
      title: {
        ru: 'Запрос должен содержать условие.',
        en: 'The request must carry a precondition.',
      },
      description: {
        ru: 'Укажите в запросе заголовки If-Match или If-None-Match, чтобы он был успешно обработан.',
        en: 'Add an If-Match or If-None-Match header for it to succeed.',
      },
      section: 'precondition-required-428',
      decision:
        'conflict, like 409 and 412: the server guards the resource state against lost updates; the fix is a conditional request.',
      note: 'conflict, as the taxonomy files 428 with 409 and 412: the server guards the resource state against lost updates; the fix is a conditional request.',
    },
    // seed 003: TOO_MANY_REQUESTS (429)
    {
      code: 'rateLimitExceeded',
      variant: '429',
      name: 'rateLimitExceeded',
      status: 429,
      category: 'rate_limited',
      retryable: true,
      title: {
        ru: 'В течение определенного промежутка времени отправлено слишком много запросов.',
        en: 'Too many requests were sent within a given time span.',
      },
      section: 'too-many-requests-429',
      decision: 'Same reason as rateLimitExceeded under 403; this is its 429 variant.',
    },
    // seed 003: INTERNAL_SERVER_ERROR (500)
    {
      code: 'internalError',
      name: 'internalError',
      status: 500,
      category: 'internal',
      retryable: true,
      title: {
        ru: 'Не удалось обработать запрос из-за внутренней ошибки.',
        en: 'The request failed because of an internal error.',
      },
      section: 'internal-server-error-500',
    },
    // seed 003: NOT_IMPLEMENTED (501)
    {
      code: 'notImplemented',
      name: 'notImplemented',
      status: 501,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Запрошенная операция не была реализована.',
        en: 'The requested operation has not been implemented.',
      },
      section: 'not-implemented-501',
    },
    {
      code: 'unsupportedMethod',
      name: 'unsupportedMethod',
      status: 501,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Обработать запрос не удалось, так как для этого необходимо выполнить неизвестный метод или операцию.',
        en: 'The request failed because it calls an unknown method or operation.',
      },
      section: 'not-implemented-501',
    },
    // seed 003: SERVICE_UNAVAILABLE (503)
    {
      code: 'backendError',
      name: 'backendError',
      status: 503,
      category: 'unavailable',
      retryable: true,
      title: { ru: 'Произошла ошибка серверного кода.', en: 'A backend error occurred.' },
      section: 'service-unavailable-503',
      decision:
        'unavailable (retryable) rather than internal: Google sends it with 503, a temporary failure it asks clients to retry with exponential backoff.',
    },
    {
      code: 'backendNotConnected',
      name: 'backendNotConnected',
      status: 503,
      category: 'unavailable',
      retryable: true,
      title: {
        ru: 'Обработать запрос не удалось из-за ошибки подключения.',
        en: 'The request failed because of a connection error.',
      },
      section: 'service-unavailable-503',
    },
    {
      code: 'notReady',
      name: 'notReady',
      status: 503,
      category: 'unavailable',
      retryable: true,
      title: {
        ru: 'Сервер API не готов принимать запросы.',
        en: 'The API server is not ready to accept requests.',
      },
      section: 'service-unavailable-503',
    },
    // seed 003: Indexing API errors: BAD_REQUEST (400)
    {
      code: 'INVALID_ARGUMENT',
      variant: 'indexing-missing-url',
      name: 'INDEXING_MISSING_URL',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: { ru: 'Пользователь не указал URL в запросе.', en: 'The request gives no URL.' },
      template: { en: "Missing attribute. 'url' attribute is required." },
      patterns: ["\\bMissing attribute\\.\\s*'url' attribute is required"],
      section: 'indexing-400',
      decision:
        'Indexing API messages come with no reason: the API answers in the google.rpc form {"error":{"code":…,"message":…,"status":…}}, so the code is error.status; the message tells the variants apart.',
      note: 'Indexing API messages come with no reason: the API answers in the google.rpc form {"error":{"code":…,"message":…,"status":…}}, so by the taxonomy the code is error.status; the message tells the variants apart through patterns.',
    },
    {
      code: 'INVALID_ARGUMENT',
      variant: 'indexing-invalid-url',
      name: 'INDEXING_INVALID_URL',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Пользователь ввел некорректный URL, например «abcd».',
        en: 'The URL is malformed, such as «abcd».',
      },
      template: { en: "Invalid attribute. 'url' is not in standard URL format" },
      patterns: ["\\bInvalid attribute\\.\\s*'url' is not in standard URL format"],
      section: 'indexing-400',
      decision:
        'Indexing API messages come with no reason: the API answers in the google.rpc form {"error":{"code":…,"message":…,"status":…}}, so the code is error.status; the message tells the variants apart.',
      note: 'Indexing API messages come with no reason: the API answers in the google.rpc form {"error":{"code":…,"message":…,"status":…}}, so by the taxonomy the code is error.status; the message tells the variants apart through patterns.',
    },
    {
      code: 'INVALID_ARGUMENT',
      variant: 'indexing-missing-type',
      name: 'INDEXING_MISSING_TYPE',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Пользователь не указал тип уведомления.',
        en: 'The notification type is missing.',
      },
      template: {
        en: "Unknown type. 'type' attribute is required and must be 'URL_REMOVED' or 'URL_UPDATED'.",
      },
      patterns: ["\\bUnknown type\\.\\s*'type' attribute is required"],
      section: 'indexing-400',
      decision:
        'Indexing API messages come with no reason: the API answers in the google.rpc form {"error":{"code":…,"message":…,"status":…}}, so the code is error.status; the message tells the variants apart.',
      note: 'Indexing API messages come with no reason: the API answers in the google.rpc form {"error":{"code":…,"message":…,"status":…}}, so by the taxonomy the code is error.status; the message tells the variants apart through patterns.',
    },
    {
      code: 'INVALID_ARGUMENT',
      variant: 'indexing-invalid-type',
      name: 'INDEXING_INVALID_TYPE',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Пользователь указал в типе уведомления не URL_REMOVED или URL_UPDATED, а другое значение.',
        en: 'The notification type is neither URL_REMOVED nor URL_UPDATED.',
      },
      template: { en: "Invalid value at 'url_notification.type' (TYPE_ENUM)" },
      patterns: ["\\bInvalid value at 'url_notification\\.type'"],
      section: 'indexing-400',
      decision:
        'Indexing API messages come with no reason: the API answers in the google.rpc form {"error":{"code":…,"message":…,"status":…}}, so the code is error.status; the message tells the variants apart.',
      note: 'Indexing API messages come with no reason: the API answers in the google.rpc form {"error":{"code":…,"message":…,"status":…}}, so by the taxonomy the code is error.status; the message tells the variants apart through patterns.',
    },
    // seed 003: Indexing API errors: FORBIDDEN (403)
    {
      code: 'PERMISSION_DENIED',
      variant: 'indexing-url-ownership',
      name: 'INDEXING_URL_OWNERSHIP',
      status: 403,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Пользователь не прошел процедуру подтверждения права собственности или пытается обновить URL, который ему не принадлежит.',
        en: 'The user has not verified ownership or tries to update a URL they do not own.',
      },
      template: { en: 'Permission denied. Failed to verify the URL ownership.' },
      patterns: ['\\bFailed to verify the URL ownership\\b'],
      section: 'indexing-403',
      decision:
        'Indexing API messages come with no reason: the API answers in the google.rpc form {"error":{"code":…,"message":…,"status":…}}, so the code is error.status; the message tells the variants apart.',
      note: 'Indexing API messages come with no reason: the API answers in the google.rpc form {"error":{"code":…,"message":…,"status":…}}, so by the taxonomy the code is error.status; the message tells the variants apart through patterns.',
    },
    // seed 003: Indexing API errors: TOO_MANY_REQUESTS (429)
    {
      code: 'RESOURCE_EXHAUSTED',
      variant: 'indexing-quota',
      name: 'INDEXING_QUOTA_EXHAUSTED',
      status: 429,
      category: 'quota_exceeded',
      retryable: false,
      title: {
        ru: 'Пользователь исчерпал свою квоту Indexing API.',
        en: 'The user has used up their Indexing API quota.',
      },
      template: { en: "Insufficient tokens for quota 'indexing.googleapis.com/default_requests'" },
      patterns: ["\\bInsufficient tokens for quota '?indexing\\.googleapis\\.com/"],
      section: 'indexing-429',
      decision:
        'Indexing API messages come with no reason: the API answers in the google.rpc form {"error":{"code":…,"message":…,"status":…}}, so the code is error.status; the message tells the variants apart. quota_exceeded and not retryable although sent with 429: Google says the Indexing API quota is used up, which a soon retry does not fix.',
      note: 'Indexing API messages come with no reason: the API answers in the google.rpc form {"error":{"code":…,"message":…,"status":…}}, so by the taxonomy the code is error.status; the message tells the variants apart through patterns. quota_exceeded and not retryable although sent with 429: the seed says the Indexing API quota is used up, which a soon retry does not fix.',
    },
    // not in the seed: google.rpc.Code names (the error.status field)
    {
      code: 'CANCELLED',
      name: 'CANCELLED',
      status: 499,
      statusInferred: true,
      category: 'unknown',
      retryable: false,
      title: {
        ru: 'Операция отменена, обычно вызывающей стороной.',
        en: 'The operation was cancelled, usually by the caller.',
      },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred. Category unknown, not retryable: the caller cancelled the request itself; 499 is the non-standard status Google uses for it.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    {
      code: 'UNKNOWN',
      name: 'UNKNOWN',
      status: 500,
      statusInferred: true,
      category: 'internal',
      retryable: true,
      title: { ru: 'Неизвестная ошибка.', en: 'Unknown error.' },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred. internal and retryable, as a generic 5xx.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    {
      code: 'INVALID_ARGUMENT',
      name: 'INVALID_ARGUMENT',
      status: 400,
      statusInferred: true,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Клиент указал недопустимый аргумент.',
        en: 'The client gave an invalid argument.',
      },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred. Also the code of the Indexing API 400 messages, kept as variants; this plain entry covers any other INVALID_ARGUMENT.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    {
      code: 'DEADLINE_EXCEEDED',
      name: 'DEADLINE_EXCEEDED',
      status: 504,
      statusInferred: true,
      category: 'unavailable',
      retryable: true,
      title: {
        ru: 'Срок выполнения истёк до завершения операции.',
        en: 'The deadline expired before the operation could complete.',
      },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    {
      code: 'NOT_FOUND',
      name: 'NOT_FOUND',
      status: 404,
      statusInferred: true,
      category: 'not_found',
      retryable: false,
      title: { ru: 'Запрошенная сущность не найдена.', en: 'A requested entity was not found.' },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    {
      code: 'ALREADY_EXISTS',
      name: 'ALREADY_EXISTS',
      status: 409,
      statusInferred: true,
      category: 'conflict',
      retryable: false,
      title: {
        ru: 'Сущность, которую клиент пытался создать, уже существует.',
        en: 'The entity the client tried to create already exists.',
      },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    {
      code: 'PERMISSION_DENIED',
      name: 'PERMISSION_DENIED',
      status: 403,
      statusInferred: true,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'У вызывающей стороны нет прав на выполнение этой операции.',
        en: 'The caller has no permission to perform this operation.',
      },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred. Also the code of the Indexing API 403 message, kept as a variant.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    {
      code: 'UNAUTHENTICATED',
      name: 'UNAUTHENTICATED',
      status: 401,
      statusInferred: true,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'В запросе нет действительных учётных данных.',
        en: 'The request has no valid authentication credentials.',
      },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    {
      code: 'RESOURCE_EXHAUSTED',
      name: 'RESOURCE_EXHAUSTED',
      status: 429,
      statusInferred: true,
      category: 'rate_limited',
      retryable: true,
      title: {
        ru: 'Ресурс исчерпан: например, квота или лимит частоты запросов.',
        en: 'A resource is exhausted, such as a quota or a rate limit.',
      },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred. rate_limited and retryable: Google sends it with 429 and asks for a retry with exponential backoff; the Indexing API quota message is its quota_exceeded variant.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    {
      code: 'FAILED_PRECONDITION',
      name: 'FAILED_PRECONDITION',
      status: 400,
      statusInferred: true,
      category: 'conflict',
      retryable: false,
      title: {
        ru: 'Операция отклонена: система не в том состоянии, которое для неё требуется.',
        en: 'The system is not in the state the operation requires.',
      },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred. conflict rather than invalid_request despite 400: Google defines it as a failed precondition on the system state, which must be fixed before a retry.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    {
      code: 'ABORTED',
      name: 'ABORTED',
      status: 409,
      statusInferred: true,
      category: 'conflict',
      retryable: false,
      title: {
        ru: 'Операция прервана, обычно из-за конфликта параллельного доступа.',
        en: 'The operation was aborted, usually by a concurrency conflict.',
      },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred. conflict, not retryable as such: Google asks to retry at a higher level (re-read, then write again), not to resend the same request.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    {
      code: 'OUT_OF_RANGE',
      name: 'OUT_OF_RANGE',
      status: 400,
      statusInferred: true,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Операция выходит за допустимый диапазон.',
        en: 'The operation was attempted past the valid range.',
      },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    {
      code: 'UNIMPLEMENTED',
      name: 'UNIMPLEMENTED',
      status: 501,
      statusInferred: true,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Операция не реализована или не поддерживается.',
        en: 'The operation is not implemented or not supported.',
      },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    {
      code: 'INTERNAL',
      name: 'INTERNAL',
      status: 500,
      statusInferred: true,
      category: 'internal',
      retryable: true,
      title: { ru: 'Внутренняя ошибка сервера.', en: 'Internal server error.' },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    {
      code: 'UNAVAILABLE',
      name: 'UNAVAILABLE',
      status: 503,
      statusInferred: true,
      category: 'unavailable',
      retryable: true,
      title: { ru: 'Сервис временно недоступен.', en: 'The service is temporarily unavailable.' },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    {
      code: 'DATA_LOSS',
      name: 'DATA_LOSS',
      status: 500,
      statusInferred: true,
      category: 'internal',
      retryable: false,
      title: {
        ru: 'Невосстановимая потеря или повреждение данных.',
        en: 'Unrecoverable data loss or corruption.',
      },
      section: 'rpc-status',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this google.rpc.Code name in error.status; the HTTP status is the one Google maps the code to, marked inferred. internal but not retryable: Google documents it as unrecoverable, so not a transient 5xx.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.status carries a google.rpc.Code name, decode to a known code; the HTTP status is the one Google maps the code to, marked inferred.',
    },
    // not in the seed: OAuth 2.0 token endpoint errors (RFC 6749)
    {
      code: 'invalid_request',
      name: 'invalid_request',
      status: 400,
      statusInferred: true,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Запрос к конечной точке токенов некорректен.',
        en: 'The token request is malformed.',
      },
      description: {
        ru: 'Не хватает обязательного параметра, параметр повторён или имеет неподдерживаемое значение.',
        en: 'A required parameter is missing, repeated or has an unsupported value.',
      },
      section: 'oauth',
      decision:
        'An error of Google\'s OAuth token endpoint ({"error":"…","error_description":"…"}); RFC 6749 §5.2 gives the code and its status (400, or 401 for invalid_client), marked inferred.',
      note: 'Not in the seed: added so Google OAuth token-endpoint bodies {"error":"…","error_description":"…"} decode; RFC 6749 §5.2 gives the code and its status (400, or 401 for invalid_client), marked inferred.',
    },
    {
      code: 'invalid_client',
      name: 'invalid_client',
      status: 401,
      statusInferred: true,
      category: 'unauthenticated',
      retryable: false,
      title: { ru: 'Аутентификация клиента не удалась.', en: 'Client authentication failed.' },
      description: {
        ru: 'Клиент неизвестен, не передал учётные данные или использует неподдерживаемый способ аутентификации.',
        en: 'The client is unknown, sent no credentials or uses an unsupported authentication method.',
      },
      section: 'oauth',
      decision:
        'An error of Google\'s OAuth token endpoint ({"error":"…","error_description":"…"}); RFC 6749 §5.2 gives the code and its status (400, or 401 for invalid_client), marked inferred.',
      note: 'Not in the seed: added so Google OAuth token-endpoint bodies {"error":"…","error_description":"…"} decode; RFC 6749 §5.2 gives the code and its status (400, or 401 for invalid_client), marked inferred.',
    },
    {
      code: 'invalid_grant',
      name: 'invalid_grant',
      status: 400,
      statusInferred: true,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'Код авторизации или токен обновления недействителен, истёк или отозван.',
        en: 'The authorization code or refresh token is invalid, expired or revoked.',
      },
      section: 'oauth',
      decision:
        'An error of Google\'s OAuth token endpoint ({"error":"…","error_description":"…"}); RFC 6749 §5.2 gives the code and its status (400, or 401 for invalid_client), marked inferred. unauthenticated despite 400: an expired or revoked refresh token means the user must authorize again.',
      note: 'Not in the seed: added so Google OAuth token-endpoint bodies {"error":"…","error_description":"…"} decode; RFC 6749 §5.2 gives the code and its status (400, or 401 for invalid_client), marked inferred.',
    },
    {
      code: 'unauthorized_client',
      name: 'unauthorized_client',
      status: 400,
      statusInferred: true,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Клиенту не разрешено использовать этот тип гранта.',
        en: 'The client is not allowed to use this grant type.',
      },
      section: 'oauth',
      decision:
        'An error of Google\'s OAuth token endpoint ({"error":"…","error_description":"…"}); RFC 6749 §5.2 gives the code and its status (400, or 401 for invalid_client), marked inferred.',
      note: 'Not in the seed: added so Google OAuth token-endpoint bodies {"error":"…","error_description":"…"} decode; RFC 6749 §5.2 gives the code and its status (400, or 401 for invalid_client), marked inferred.',
    },
    {
      code: 'unsupported_grant_type',
      name: 'unsupported_grant_type',
      status: 400,
      statusInferred: true,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Сервер авторизации не поддерживает этот тип гранта.',
        en: 'The authorization server does not support this grant type.',
      },
      section: 'oauth',
      decision:
        'An error of Google\'s OAuth token endpoint ({"error":"…","error_description":"…"}); RFC 6749 §5.2 gives the code and its status (400, or 401 for invalid_client), marked inferred.',
      note: 'Not in the seed: added so Google OAuth token-endpoint bodies {"error":"…","error_description":"…"} decode; RFC 6749 §5.2 gives the code and its status (400, or 401 for invalid_client), marked inferred.',
    },
    {
      code: 'invalid_scope',
      name: 'invalid_scope',
      status: 400,
      statusInferred: true,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Запрошенная область доступа недействительна, неизвестна или шире выданной владельцем.',
        en: 'The requested scope is invalid, unknown, or wider than the one the owner granted.',
      },
      section: 'oauth',
      decision:
        'An error of Google\'s OAuth token endpoint ({"error":"…","error_description":"…"}); RFC 6749 §5.2 gives the code and its status (400, or 401 for invalid_client), marked inferred.',
      note: 'Not in the seed: added so Google OAuth token-endpoint bodies {"error":"…","error_description":"…"} decode; RFC 6749 §5.2 gives the code and its status (400, or 401 for invalid_client), marked inferred.',
    },
    // not in the seed: google.rpc.ErrorInfo reasons of the googleapis.com domain (AIP-193)
    {
      code: 'SERVICE_DISABLED',
      name: 'SERVICE_DISABLED',
      status: 403,
      statusInferred: true,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'API не включён для проекта-потребителя.',
        en: 'The API is not enabled for the consumer project.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred. permission_denied, like accessNotConfigured: someone must enable the API in the project; the metadata names the service and the consumer.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'BILLING_DISABLED',
      name: 'BILLING_DISABLED',
      status: 403,
      statusInferred: true,
      category: 'payment_required',
      retryable: false,
      title: {
        ru: 'Платёжный аккаунт проекта отключён.',
        en: 'The billing account of the project is disabled.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred. payment_required: the API needs an active billing account, which a human must enable.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'API_KEY_INVALID',
      name: 'API_KEY_INVALID',
      status: 400,
      statusInferred: true,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'Ключ API недействителен: неверный формат, не найден или истёк.',
        en: 'The API key is invalid: malformed, not found or expired.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred. unauthenticated despite 400, like keyInvalid: the credential is wrong.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'API_KEY_SERVICE_BLOCKED',
      name: 'API_KEY_SERVICE_BLOCKED',
      status: 403,
      statusInferred: true,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Ограничения ключа API не разрешают вызывать этот сервис.',
        en: 'The API key restrictions do not allow calling this service.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'API_KEY_HTTP_REFERRER_BLOCKED',
      name: 'API_KEY_HTTP_REFERRER_BLOCKED',
      status: 403,
      statusInferred: true,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'HTTP-реферер запроса не разрешён ограничениями ключа API.',
        en: 'The HTTP referrer of the request is not allowed by the API key restrictions.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'API_KEY_IP_ADDRESS_BLOCKED',
      name: 'API_KEY_IP_ADDRESS_BLOCKED',
      status: 403,
      statusInferred: true,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'IP-адрес вызывающей стороны не разрешён ограничениями ключа API.',
        en: "The caller's IP address is not allowed by the API key restrictions.",
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'API_KEY_ANDROID_APP_BLOCKED',
      name: 'API_KEY_ANDROID_APP_BLOCKED',
      status: 403,
      statusInferred: true,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Android-приложение не разрешено ограничениями ключа API.',
        en: 'The Android application is not allowed by the API key restrictions.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'API_KEY_IOS_APP_BLOCKED',
      name: 'API_KEY_IOS_APP_BLOCKED',
      status: 403,
      statusInferred: true,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'iOS-приложение не разрешено ограничениями ключа API.',
        en: 'The iOS application is not allowed by the API key restrictions.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'RATE_LIMIT_EXCEEDED',
      name: 'RATE_LIMIT_EXCEEDED',
      status: 429,
      statusInferred: true,
      category: 'rate_limited',
      retryable: true,
      title: {
        ru: 'Исчерпана квота частоты запросов потребителя.',
        en: "The consumer's rate quota is used up.",
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred. rate_limited and retryable: a per-minute (or similar) rate quota that frees up; the metadata names quota_metric and quota_limit.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'RESOURCE_QUOTA_EXCEEDED',
      name: 'RESOURCE_QUOTA_EXCEEDED',
      status: 429,
      statusInferred: true,
      category: 'quota_exceeded',
      retryable: false,
      title: {
        ru: 'Исчерпана квота ресурсов потребителя.',
        en: "The consumer's resource quota is used up.",
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred. quota_exceeded and not retryable although sent with 429: a quota on a count of resources (VMs per project, jobs per organization) does not free up by waiting.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'USER_PROJECT_DENIED',
      name: 'USER_PROJECT_DENIED',
      status: 403,
      statusInferred: true,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Нет прав на пользовательский проект, или он недействителен.',
        en: 'The caller has no permission on the user project, or it is invalid.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'CONSUMER_SUSPENDED',
      name: 'CONSUMER_SUSPENDED',
      status: 403,
      statusInferred: true,
      category: 'account_blocked',
      retryable: false,
      title: {
        ru: 'Проект-потребитель приостановлен за нарушение условий использования.',
        en: 'The consumer project is suspended for Terms of Service violations.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred. account_blocked: a human must act to lift the suspension.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'CONSUMER_INVALID',
      name: 'CONSUMER_INVALID',
      status: 403,
      statusInferred: true,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Проект-потребитель недействителен: неверный формат, не найден или удалён.',
        en: 'The consumer project is invalid: malformed, not found or deleted.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred. permission_denied, as Google sends it («Permission denied on resource project …»).",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'SECURITY_POLICY_VIOLATED',
      name: 'SECURITY_POLICY_VIOLATED',
      status: 403,
      statusInferred: true,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Запрос нарушает периметр VPC Service Controls.',
        en: 'The request violates VPC Service Controls.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'ACCESS_TOKEN_EXPIRED',
      name: 'ACCESS_TOKEN_EXPIRED',
      status: 401,
      statusInferred: true,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'Срок действия токена доступа истёк.',
        en: 'The access token has expired.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred. unauthenticated: refresh the token and send again.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
      name: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
      status: 403,
      statusInferred: true,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'У токена доступа нет ни одной из требуемых областей доступа (scopes).',
        en: 'The access token has none of the scopes the method requires.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred. permission_denied: the token lacks a scope; often sent beside the legacy reason insufficientPermissions.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred. permission_denied, as the taxonomy files insufficient scope; often sent beside the legacy reason insufficientPermissions.',
    },
    {
      code: 'ACCOUNT_STATE_INVALID',
      name: 'ACCOUNT_STATE_INVALID',
      status: 403,
      statusInferred: true,
      category: 'account_blocked',
      retryable: false,
      title: {
        ru: 'Аккаунт, связанный с учётными данными, в недопустимом состоянии: например, отключён или удалён.',
        en: 'The account of the credentials is in an invalid state, such as disabled or deleted.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred. account_blocked, like accountDisabled and accountDeleted.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'CREDENTIALS_MISSING',
      name: 'CREDENTIALS_MISSING',
      status: 401,
      statusInferred: true,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'В запросе нет учётных данных.',
        en: 'The request carries no credentials.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
    {
      code: 'RESOURCE_PROJECT_INVALID',
      name: 'RESOURCE_PROJECT_INVALID',
      status: 400,
      statusInferred: true,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Проект, указанный в имени ресурса, недействителен.',
        en: 'The project named in the resource is invalid.',
      },
      section: 'errorinfo',
      decision:
        "Not in Google's error reference: AIP-193 bodies carry this reason in a google.rpc.ErrorInfo of error.details[] (domain googleapis.com, google/api/error_reason.proto); the HTTP status is the one Google sends it with, marked inferred.",
      note: 'Not in the seed: added so AIP-193 bodies, whose error.details[] carry a google.rpc.ErrorInfo with this reason (domain googleapis.com, google/api/error_reason.proto), decode to a known code; the HTTP status is the one Google sends it with, marked inferred.',
    },
  ],
});
