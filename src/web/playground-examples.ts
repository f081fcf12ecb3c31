import type { Text } from '../model/catalog.js';

// Generated once from test/fixtures/responses (the fixture named in each
// item); playground-examples.test.ts fails when a fixture and its copy here
// part ways. Shipped as data so the server never reads test/ at run time.

/** One ready response the playground offers to decode. */
export interface PlaygroundExample {
  readonly id: string;
  /** The provider that sent it (the playground still detects it when asked). */
  readonly provider: string;
  /** The fixture it is copied from, under test/fixtures/responses. */
  readonly fixture: string;
  /** `seed 00N` for a seed's own example, `kodex` for one of ours. */
  readonly source: string;
  readonly label: Text;
  readonly response: {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
  };
}

/** The examples of the playground's picker, seed examples first per provider. */
export const PLAYGROUND_EXAMPLES: readonly PlaygroundExample[] = [
  {
    id: 'avtocod-b011',
    provider: 'avtocod',
    fixture: 'avtocod/seed-example-b011',
    source: 'seed 003',
    label: {
      ru: 'Avtocod B011: дневная квота отчёта исчерпана',
      en: 'Avtocod B011: daily report quota used up',
    },
    response: {
      status: 402,
      headers: {
        'content-type': 'application/json',
      },
      body: '{\n  "state": "fail",\n  "version": "2.0",\n  "stamp": "2021-09-03T12:35:58.430Z",\n  "event": {\n    "uid": "",\n    "stamp": "2021-09-03T12:35:58.430Z",\n    "code": "B011",\n    "cls": "Billing",\n    "type": "NoQuoteDay",\n    "name": "Переполнение дневной квоты указанного типа отчета",\n    "message": "Превышена дневная квота (2 ед.) на генерацию отчета test_report_type2@test_domain",\n    "data": {\n      "report_type": "test_report_type2@test_domain",\n      "day_quote": "2"\n    },\n    "events": []\n  }\n}',
    },
  },
  {
    id: 'amocrm-validation',
    provider: 'amocrm',
    fixture: 'amocrm/seed-validation-errors',
    source: 'seed 003',
    label: {
      ru: 'amoCRM: ошибка валидации (validation-errors)',
      en: 'amoCRM: validation error (validation-errors)',
    },
    response: {
      status: 400,
      headers: {
        'content-type': 'application/problem+json',
      },
      body: '{\n    "validation-errors": [\n        {\n            "request_id": "0",\n            "errors": [\n                {\n                    "code": "NotSupportedChoice",\n                    "path": "custom_fields_values.0.field_id",\n                    "detail": "The value you selected is not a valid choice."\n                }\n            ]\n        }\n    ],\n    "title": "Bad Request",\n    "type": "https://httpstatus.es/400",\n    "status": 400,\n    "detail": "Request validation failed"\n}',
    },
  },
  {
    id: 'amocrm-429',
    provider: 'amocrm',
    fixture: 'amocrm/v4-rate-limited-retry-after',
    source: 'kodex',
    label: {
      ru: 'amoCRM: 429 с Retry-After',
      en: 'amoCRM: 429 with Retry-After',
    },
    response: {
      status: 429,
      headers: {
        'content-type': 'application/problem+json',
        'retry-after': '1',
      },
      body: '{"title": "Too Many Requests", "type": "https://httpstatus.es/429", "status": 429, "detail": "Too Many Requests"}',
    },
  },
  {
    id: 'radist-validation',
    provider: 'radist',
    fixture: 'radist/seed-example-validation',
    source: 'seed 001',
    label: {
      ru: 'Radist.Online: ошибка валидации данных',
      en: 'Radist.Online: request validation error',
    },
    response: {
      status: 400,
      headers: {
        'content-type': 'application/json',
      },
      body: '{\n  "error_code": 1,\n  "error_name": "REQUEST_VALIDATION_ERROR",\n  "message": "request data validation error",\n  "detail": {}\n}',
    },
  },
  {
    id: 'telphin-user-blocked',
    provider: 'telphin',
    fixture: 'telphin/user-blocked',
    source: 'kodex',
    label: {
      ru: 'Telphin: пользователь заблокирован',
      en: 'Telphin: user blocked',
    },
    response: {
      status: 403,
      headers: {
        'content-type': 'application/json',
      },
      body: '{"status":"user_blocked","message":"User is blocked"}',
    },
  },
  {
    id: 'unisender-invalid-api-key',
    provider: 'unisender',
    fixture: 'unisender/seed-example-invalid-api-key',
    source: 'seed 003',
    label: {
      ru: 'UniSender: неверный ключ API (в ответе 200)',
      en: 'UniSender: wrong API key (inside a 200)',
    },
    response: {
      status: 200,
      headers: {
        'content-type': 'application/json',
      },
      body: '{"error":"AK100310-02","code":"invalid_api_key"}',
    },
  },
  {
    id: 'google-legacy',
    provider: 'google',
    fixture: 'google/seed-example-legacy',
    source: 'seed 003',
    label: {
      ru: 'Google: устаревший формат errors[]',
      en: 'Google: legacy errors[] format',
    },
    response: {
      status: 400,
      headers: {
        'content-type': 'application/json; charset=UTF-8',
      },
      body: '{\n "error": {\n  "errors": [\n   {\n    "domain": "global",\n    "reason": "invalidParameter",\n    "message": "Invalid string value: \'asdf\'. Allowed values: [mostpopular]",\n    "locationType": "parameter",\n    "location": "chart"\n   }\n  ],\n  "code": 400,\n  "message": "Invalid string value: \'asdf\'. Allowed values: [mostpopular]"\n }\n}',
    },
  },
  {
    id: 'google-rate-limit',
    provider: 'google',
    fixture: 'google/aip193-rate-limit-retryinfo',
    source: 'kodex',
    label: {
      ru: 'Google: 429 с RetryInfo (AIP-193)',
      en: 'Google: 429 with RetryInfo (AIP-193)',
    },
    response: {
      status: 429,
      headers: {
        'content-type': 'application/json; charset=UTF-8',
      },
      body: '{\n  "error": {\n    "code": 429,\n    "message": "Quota exceeded for quota metric \'Read requests\' and limit \'Read requests per minute per user\' of service \'sheets.googleapis.com\' for consumer \'project_number:603366585132\'.",\n    "status": "RESOURCE_EXHAUSTED",\n    "details": [\n      {\n        "@type": "type.googleapis.com/google.rpc.ErrorInfo",\n        "reason": "RATE_LIMIT_EXCEEDED",\n        "domain": "googleapis.com",\n        "metadata": {\n          "quota_metric": "sheets.googleapis.com/read_requests",\n          "quota_limit": "ReadRequestsPerMinutePerUser",\n          "quota_limit_value": "60",\n          "consumer": "projects/603366585132",\n          "service": "sheets.googleapis.com"\n        }\n      },\n      {\n        "@type": "type.googleapis.com/google.rpc.QuotaFailure",\n        "violations": [\n          {\n            "subject": "project_number:603366585132",\n            "description": "Read requests per minute per user"\n          }\n        ]\n      },\n      {\n        "@type": "type.googleapis.com/google.rpc.RetryInfo",\n        "retryDelay": "30s"\n      },\n      {\n        "@type": "type.googleapis.com/google.rpc.Help",\n        "links": [\n          {\n            "description": "Request a higher quota limit.",\n            "url": "https://cloud.google.com/docs/quota#requesting_higher_quota"\n          }\n        ]\n      }\n    ]\n  }\n}',
    },
  },
  {
    id: 'dellin-json',
    provider: 'dellin',
    fixture: 'dellin/seed-example-json',
    source: 'seed 003',
    label: {
      ru: 'Dellin: три ошибки в JSON',
      en: 'Dellin: three errors in JSON',
    },
    response: {
      status: 400,
      headers: {
        'content-type': 'application/json',
      },
      body: '{  \n   "metadata":{  \n      "status":400,\n      "detail":"abc",\n      "generated_at":"2015-06-18 12:37:28"\n   },\n   "errors":[  \n      {  \n         "code":281016,\n         "title":"ошибка упрощённой отправки",\n         "detail":"контрагент с минимальным набором данных не может быть отправителем по заказу",\n         "link":"https://dev.dellin.ru/api/ordering/request/#error_281016",\n         "fields":["receiver"]\n      },\n      {  \n         "code":281017,\n         "title":"Недопустимое значение параметра",\n         "detail":"Данный параметр может содержать только значения из списка доступных значений",\n         "link":"https://dev.dellin.ru/api/ordering/request/#error_281017",\n         "fields":["requester"],\n         "validValues":[1, 2, 3]\n      },\n      {  \n         "code":117004,\n         "title":"значение не найдено в справочнике",\n         "detail":"необходимо выбрать значение из соответствующего справочника",\n         "link":"https://dev.dellin.ru/calculation/pickup/#error_117004",\n         "fields":["requester"],\n         "badValues":["0xa77fcf6a449164ed490133777a68bd00"]\n      }\n   ]\n}',
    },
  },
  {
    id: 'dellin-xml',
    provider: 'dellin',
    fixture: 'dellin/seed-example-xml',
    source: 'seed 003',
    label: {
      ru: 'Dellin: те же ошибки в XML',
      en: 'Dellin: the same errors in XML',
    },
    response: {
      status: 400,
      headers: {
        'content-type': 'application/xml',
      },
      body: '<response>\n   <metadata>\n      <status>400</status>\n      <detail>abc</detail>\n      <generated_at>2015-06-18 12:37:28</generated_at>\n   </metadata>\n   <errors>\n      <code>281016</code>\n      <title>ошибка упрощённой отправки</title>\n      <detail>контрагент с минимальным набором данных не может быть отправителем по заказу</detail>\n      <link>https://dev.dellin.ru/api/ordering/request/#error_281016</link>\n      <fields>receiver</fields>\n   </errors>\n   <errors>\n      <code>281017</code>\n      <title>Недопустимое значение параметра</title>\n      <detail>Данный параметр может содержать только значения из списка доступных значений</detail>\n      <link>https://dev.dellin.ru/api/ordering/request/#error_281017</link>\n      <fields>requester</fields>\n      <validValues>1</validValues>\n      <validValues>2</validValues>\n      <validValues>3</validValues>\n   </errors>\n   <errors>\n      <code>117004</code>\n      <title>значение не найдено в справочнике</title>\n      <detail>необходимо выбрать значение из соответствующего справочника</detail>\n      <link>https://dev.dellin.ru/calculation/pickup/#error_117004</link>\n      <fields>requester</fields>\n      <badValues>0xa77fcf6a449164ed490133777a68bd00</badValues>\n   </errors>\n</response>',
    },
  },
  {
    id: 'mobizon-rate-limited',
    provider: 'mobizon',
    fixture: 'mobizon/rate-limited',
    source: 'kodex',
    label: {
      ru: 'Mobizon: лимит вызовов (в ответе 200)',
      en: 'Mobizon: call limit (inside a 200)',
    },
    response: {
      status: 200,
      headers: {
        'content-type': 'application/json',
        'retry-after': '5',
      },
      body: '{"code": 30, "data": null, "message": "Превышен лимит запросов к API. Попробуйте позже."}',
    },
  },
  {
    id: 'http-nginx-502',
    provider: 'http',
    fixture: 'http/nginx-502',
    source: 'kodex',
    label: {
      ru: 'HTTP: страница nginx 502',
      en: 'HTTP: nginx 502 page',
    },
    response: {
      status: 502,
      headers: {
        'content-type': 'text/html',
        server: 'nginx',
      },
      body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n',
    },
  },
];
