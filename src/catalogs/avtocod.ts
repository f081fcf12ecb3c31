import { defineProviderCatalog } from '../model/catalog.js';

// Avtocod's error reference, «Ошибка при выполнении запроса api»: Avtocod answers an HTTP error
// status and a `state: 'fail'` envelope whose `event` carries code, cls, type,
// name, message and the message parameters in `data`.

export const avtocod = defineProviderCatalog({
  id: 'avtocod',
  name: 'Avtocod',
  hosts: ['*.avtocod.ru'],
  description: {
    ru: 'API отчётов Автокода: при ошибке — HTTP-код ошибки и конверт state: fail с событием event (code, cls, type, name, message, data).',
    en: 'The Avtocod reports API: an error answers an HTTP error status and a `state: fail` envelope whose `event` holds code, cls, type, name, message and data.',
  },
  seeds: ['003'],
  formats: ['json'],
  success: {
    signal: 'http-status',
    description: {
      ru: 'Если запрос обработан успешно, API вернёт HTTP-код 200 и тело ответа.',
      en: 'A successful request answers HTTP 200 with the response body.',
    },
  },
  limits: [],
  notes: [
    'The seed documents no limit with a figure: B015 (TooManyRequests) is a per-interval limit on report generation but gives no number or interval, and the B011–B013 quotas are per account and report type, so limits is empty.',
    'The seed gives no documentation URL, so no entry and no section has a docs link.',
    'The seed writes the parameters of each message as Russian descriptive words («Тип отчета», «Идентификатор отчета», «Пришедший токен»); each became a {snake_case} placeholder, named as in the seed example (report_type, day_quote) and reused with one meaning across codes: report_type, report_uid, user_uid, domain_uid, entity_type, entity_uid, field, operation, max_count, details.',
    'The example body of the seed (B011) sends its data values as strings ("day_quote": "2"); numeric parameters are still declared number, and a renderer prints them as sent.',
    'Every English title and template is a kodex translation; the seed is Russian only.',
    'Avtocod answers 401 for missing permissions (S011–S021, S023): these are permission_denied, not unauthenticated, as taxonomy.md says.',
    'Several Data codes answer 500 for what are client errors or state conflicts (D203, D204, D213, D214, D215, D216): the seed status is kept and the category follows the meaning, so they are not retryable.',
    'Global codes and D201/D202 are generic server failures answering 500: internal and retryable, as taxonomy.md says for generic 5xx (G004 excepted, see its decision).',
    'Several seed messages repeat a label before its placeholder («Тип отчета Тип отчета устарел», «Домен Домен не активен»): the first word is the label, the second the value, so the template reads «Тип отчета {report_type} устарел».',
  ],
  sections: [
    { id: 'global', title: { ru: 'Ошибки Global', en: 'Global errors' }, seed: '003' },
    { id: 'security', title: { ru: 'Ошибки Security', en: 'Security errors' }, seed: '003' },
    { id: 'billing', title: { ru: 'Ошибки Billing', en: 'Billing errors' }, seed: '003' },
    { id: 'data', title: { ru: 'Ошибки Data', en: 'Data errors' }, seed: '003' },
  ],
  entries: [
    // From the reference: Ошибки Global
    {
      code: 'G001',
      name: 'GenericSystemError',
      class: 'Global',
      status: 500,
      category: 'internal',
      retryable: true,
      title: { ru: 'Общая ошибка системы', en: 'General system error' },
      template: {
        ru: 'В системе произошла непредвиденная ошибка {error_type}: {error_message}',
        en: 'An unexpected system error occurred {error_type}: {error_message}',
      },
      params: {
        error_type: {
          type: 'string',
          description: { ru: 'Тип системной ошибки', en: 'Type of the system error' },
        },
        error_message: {
          type: 'string',
          description: { ru: 'Исходное сообщение ошибки', en: 'Original error message' },
        },
      },
      section: 'global',
    },
    {
      code: 'G002',
      name: 'NotImplementedCommand',
      class: 'Global',
      status: 404,
      category: 'unsupported',
      retryable: false,
      title: { ru: 'Не реализованная команда API', en: 'API command not implemented' },
      template: {
        ru: 'Данная команда не поддерживается API (v{api_version}): {route}',
        en: 'This command is not supported by the API (v{api_version}): {route}',
      },
      params: {
        api_version: { type: 'string', description: { ru: 'Версия API', en: 'API version' } },
        route: {
          type: 'string',
          description: {
            ru: 'Роутовая часть URL вызова, после кода версии',
            en: 'Route part of the called URL, after the version code',
          },
        },
      },
      section: 'global',
      decision:
        'Category unsupported despite the 404: the command does not exist in the API, not an addressed resource.',
      note: 'The seed writes «(vверсия API)»: read as the letter v followed by the API version placeholder, giving (v{api_version}).',
    },
    {
      code: 'G003',
      name: 'LockingFail',
      class: 'Global',
      status: 500,
      category: 'internal',
      retryable: true,
      title: { ru: 'Неудача при блокировании записи БД', en: 'Failed to lock a database record' },
      template: {
        ru: 'Неудача при блокировании записи БД: тип: {entity_type}, uid: {entity_uid}',
        en: 'Failed to lock a database record: type: {entity_type}, uid: {entity_uid}',
      },
      params: {
        entity_type: { type: 'string', description: { ru: 'Тип сущности', en: 'Entity type' } },
        entity_uid: { type: 'string', description: { ru: 'UID сущности', en: 'Entity UID' } },
      },
      section: 'global',
    },
    {
      code: 'G004',
      name: 'OverSingleObject',
      class: 'Global',
      status: 500,
      category: 'internal',
      retryable: false,
      title: { ru: 'Обнаружено более одного объекта', en: 'More than one object found' },
      template: {
        ru: 'Обнаружено более одного объекта типа {entity_type}, и свойствами {entity_properties}',
        en: 'More than one object of type {entity_type} found with properties {entity_properties}',
      },
      params: {
        entity_type: { type: 'string', description: { ru: 'Тип сущности', en: 'Entity type' } },
        entity_properties: {
          type: 'string',
          description: { ru: 'Отличительные свойства', en: 'Distinguishing properties' },
        },
      },
      section: 'global',
      decision:
        'Internal but not retryable: duplicate records where one is expected are a data-integrity fault on the provider side that stays until someone fixes the data, so resending the same request cannot succeed.',
    },
    {
      code: 'G005',
      name: 'ConfigurationError',
      class: 'Global',
      status: 500,
      category: 'internal',
      retryable: true,
      title: { ru: 'Ошибка конфигурации системы', en: 'System configuration error' },
      template: {
        ru: 'В системе обнаружена конфигурационная ошибка {error_type}: {error_message}',
        en: 'A configuration error was found in the system {error_type}: {error_message}',
      },
      params: {
        error_type: { type: 'string', description: { ru: 'Тип ошибки', en: 'Error type' } },
        error_message: {
          type: 'string',
          description: { ru: 'Исходное сообщение ошибки', en: 'Original error message' },
        },
      },
      section: 'global',
    },
    {
      code: 'G007',
      name: 'TransactionOperationFail',
      class: 'Global',
      status: 500,
      category: 'internal',
      retryable: true,
      title: { ru: 'Неудача транзакционной операции', en: 'Transactional operation failed' },
      template: {
        ru: 'Неудача транзакционной операции {details}',
        en: 'Transactional operation failed: {details}',
      },
      params: {
        details: {
          type: 'string',
          description: { ru: 'Детализация неудачи', en: 'Details of the failure' },
        },
      },
      section: 'global',
    },

    // From the reference: Ошибки Security
    {
      code: 'S011',
      name: 'NoPermissionReadReport',
      class: 'Security',
      status: 401,
      category: 'permission_denied',
      retryable: false,
      title: { ru: 'Отсутствие прав на чтение отчета', en: 'No permission to read the report' },
      template: {
        ru: 'У Вас отсутствуют права на чтение данных для отчетов типа {report_type}',
        en: 'You have no permission to read data of reports of type {report_type}',
      },
      params: {
        report_type: {
          type: 'string',
          description: { ru: 'Тип запрошенного отчета', en: 'Type of the requested report' },
        },
      },
      section: 'security',
      decision:
        'S011 and S023 share the type NoPermissionReadReport. Both keep the provider name; a body carrying only that type (no code) maps to S011, the first entry of that name and the report-type-level one.',
    },
    {
      code: 'S012',
      name: 'NoPermissionGenerateReport',
      class: 'Security',
      status: 401,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Отсутствие прав на генерацию или повторную генерацию отчета',
        en: 'No permission to generate or regenerate the report',
      },
      template: {
        ru: 'У Вас отсутствуют права на генерацию данных для отчетов типа {report_type}',
        en: 'You have no permission to generate data of reports of type {report_type}',
      },
      params: {
        report_type: {
          type: 'string',
          description: { ru: 'Тип запрошенного отчета', en: 'Type of the requested report' },
        },
      },
      section: 'security',
    },
    {
      code: 'S013',
      name: 'NoPermissionUserInfoView',
      class: 'Security',
      status: 401,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Отсутствие прав на просмотр информации о пользователе',
        en: 'No permission to view user information',
      },
      template: {
        ru: 'У Вас отсутствуют права на просмотр информации о пользователе {user_uid}',
        en: 'You have no permission to view information about user {user_uid}',
      },
      params: {
        user_uid: {
          type: 'string',
          description: { ru: 'Идентификатор пользователя', en: 'User identifier' },
        },
      },
      section: 'security',
    },
    {
      code: 'S014',
      name: 'NoPermissionGroupListView',
      class: 'Security',
      status: 401,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Отсутствие прав на просмотр списка групп',
        en: 'No permission to view the list of groups',
      },
      template: {
        ru: 'У Вас отсутствуют права на просмотр списка групп',
        en: 'You have no permission to view the list of groups',
      },
      section: 'security',
    },
    {
      code: 'S015',
      name: 'NoPermissionGroupInfoView',
      class: 'Security',
      status: 401,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Отсутствие прав на просмотр информации о группе(группах)',
        en: 'No permission to view group information',
      },
      template: {
        ru: 'У Вас отсутствуют права на просмотр информации о группе {group_uids}',
        en: 'You have no permission to view information about group {group_uids}',
      },
      params: {
        group_uids: {
          type: 'string',
          description: { ru: 'Идентификаторы групп', en: 'Group identifiers' },
        },
      },
      section: 'security',
    },
    {
      code: 'S016',
      name: 'NoPermissionReportTypesListView',
      class: 'Security',
      status: 401,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Отсутствие прав на просмотр списка типов отчетов',
        en: 'No permission to view the list of report types',
      },
      template: {
        ru: 'У Вас отсутствуют права на просмотр списка типов отчетов',
        en: 'You have no permission to view the list of report types',
      },
      section: 'security',
    },
    {
      code: 'S017',
      name: 'NoPermissionReportTypeInfoView',
      class: 'Security',
      status: 401,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Отсутствие прав на просмотр информации о типе отчета',
        en: 'No permission to view report type information',
      },
      template: {
        ru: 'У Вас отсутствуют права на просмотр информации о типе отчета {report_type}',
        en: 'You have no permission to view information about report type {report_type}',
      },
      params: {
        report_type: { type: 'string', description: { ru: 'Тип отчета', en: 'Report type' } },
      },
      section: 'security',
    },
    {
      code: 'S018',
      name: 'NoPermissionReportsListView',
      class: 'Security',
      status: 401,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Отсутствие прав на просмотр списка отчетов',
        en: 'No permission to view the list of reports',
      },
      template: {
        ru: 'У Вас отсутствуют права на просмотр списка отчетов',
        en: 'You have no permission to view the list of reports',
      },
      section: 'security',
    },
    {
      code: 'S019',
      name: 'NoPermissionReportInfoView',
      class: 'Security',
      status: 401,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Отсутствие прав на просмотр информации об отчете',
        en: 'No permission to view report information',
      },
      template: {
        ru: 'У Вас отсутствуют права на просмотр информации об отчете {report_uid}',
        en: 'You have no permission to view information about report {report_uid}',
      },
      params: {
        report_uid: {
          type: 'string',
          description: { ru: 'Идентификатор отчета', en: 'Report identifier' },
        },
      },
      section: 'security',
    },
    {
      code: 'S020',
      name: 'NoPermissionReportContentInfoView',
      class: 'Security',
      status: 401,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Отсутствие прав на просмотр информации о содержимом отчета',
        en: 'No permission to view report content information',
      },
      template: {
        ru: 'У Вас отсутствуют права на просмотр информации о содержимом отчета {report_uid}',
        en: 'You have no permission to view information about the content of report {report_uid}',
      },
      params: {
        report_uid: {
          type: 'string',
          description: { ru: 'Идентификатор отчета', en: 'Report identifier' },
        },
      },
      section: 'security',
    },
    {
      code: 'S021',
      name: 'NoPermissionOperationExecute',
      class: 'Security',
      status: 401,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Отсутствие прав на выполнение операции',
        en: 'No permission to execute the operation',
      },
      template: {
        ru: 'У Вас отсутствуют права на выполнение операции {operation}',
        en: 'You have no permission to execute operation {operation}',
      },
      params: {
        operation: { type: 'string', description: { ru: 'Операция', en: 'Operation' } },
      },
      section: 'security',
    },
    {
      code: 'S022',
      name: 'NoPermissionForLevelsCommand',
      class: 'Security',
      status: 403,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Отсутствие прав на выполнение команды этого уровня',
        en: 'No permission to execute a command of this level',
      },
      template: {
        ru: 'У Вас {user_uid} отсутствуют права на выполнение команды уровня {level}',
        en: 'You ({user_uid}) have no permission to execute a command of level {level}',
      },
      params: {
        user_uid: {
          type: 'string',
          description: { ru: 'Идентификатор пользователя', en: 'User identifier' },
        },
        level: { type: 'string', description: { ru: 'Уровень команды', en: 'Command level' } },
      },
      section: 'security',
    },
    {
      code: 'S023',
      name: 'NoPermissionReadReport',
      class: 'Security',
      status: 401,
      category: 'permission_denied',
      retryable: false,
      title: { ru: 'Отсутствие прав на чтение отчета', en: 'No permission to read the report' },
      template: {
        ru: 'У Вас отсутствуют права на чтение данных отчета {report_uid}',
        en: 'You have no permission to read data of report {report_uid}',
      },
      params: {
        report_uid: {
          type: 'string',
          description: { ru: 'UID запрошенного отчета', en: 'UID of the requested report' },
        },
      },
      section: 'security',
      decision:
        'Same type and name as S011, as Avtocod spells it, so a body with only type NoPermissionReadReport maps to S011 and only event.code S023 reaches this entry. The message «отчета типа UID запрошенного отчета» drops the «типа» copied from S011: the value is a report UID, not a type.',
      note: 'Same type and name as S011 in the seed; kept as the provider spells it, so a body with only type NoPermissionReadReport maps to S011 and only event.code S023 reaches this entry.',
    },
    {
      code: 'S100',
      name: 'SecurityAuthMalformedToken',
      class: 'Security',
      status: 400,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'Неверная структура токена авторизации',
        en: 'Malformed authorization token',
      },
      template: {
        ru: 'Неверная структура токена авторизации:{token}',
        en: 'Malformed authorization token:{token}',
      },
      params: {
        token: { type: 'string', description: { ru: 'Пришедший токен', en: 'Token received' } },
      },
      section: 'security',
      decision:
        'Unauthenticated despite the 400: the credentials are malformed, so the caller must authenticate again. The token parameter is a credential and must be redacted wherever a record keeps it.',
    },
    {
      code: 'S101',
      name: 'SecurityAuthNoLoginInfo',
      class: 'Security',
      status: 400,
      category: 'unauthenticated',
      retryable: false,
      title: { ru: 'Отсутствие идентификатора пользователя', en: 'User identifier missing' },
      template: {
        ru: 'Отсутствует идентификатор пользователя',
        en: 'The user identifier is missing',
      },
      section: 'security',
    },
    {
      code: 'S102',
      name: 'SecurityAuthNoTimestampInfo',
      class: 'Security',
      status: 400,
      category: 'unauthenticated',
      retryable: false,
      title: { ru: 'Отсутствие метки времени', en: 'Timestamp missing' },
      template: {
        ru: 'Отсутствует информация о метке времени',
        en: 'Timestamp information is missing',
      },
      section: 'security',
    },
    {
      code: 'S103',
      name: 'SecurityAuthNoMaxageInfo',
      class: 'Security',
      status: 400,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'Отсутствие параметра продолжительности действия метки времени',
        en: 'Timestamp max-age missing',
      },
      template: {
        ru: 'Отсутствует информация о продолжительности действия метки времени',
        en: 'Information on how long the timestamp is valid is missing',
      },
      section: 'security',
    },
    {
      code: 'S104',
      name: 'SecurityAuthNoPasswordHashInfo',
      class: 'Security',
      status: 400,
      category: 'unauthenticated',
      retryable: false,
      title: { ru: 'Отсутствие хэша пароля', en: 'Password hash missing' },
      template: { ru: 'Отсутствует хэш пароля', en: 'The password hash is missing' },
      section: 'security',
    },
    {
      code: 'S110',
      name: 'SecurityAuthTimeoutedStamp',
      class: 'Security',
      status: 403,
      category: 'unauthenticated',
      retryable: false,
      title: { ru: 'Метка времени просрочена', en: 'Timestamp expired' },
      template: {
        ru: 'Метка времени {income_stamp} просрочена — income_age:{income_age}, server_time:{server_time}',
        en: 'Timestamp {income_stamp} expired — income_age:{income_age}, server_time:{server_time}',
      },
      params: {
        income_stamp: {
          type: 'string',
          description: { ru: 'Пришедшая метка времени', en: 'Timestamp received' },
        },
        income_age: {
          type: 'number',
          description: { ru: 'Пришедший возраст', en: 'Age of the timestamp received' },
        },
        server_time: {
          type: 'string',
          description: { ru: 'Текущее время сервера', en: 'Current server time' },
        },
      },
      section: 'security',
      decision: 'Unauthenticated: the request must be re-signed with a fresh stamp.',
      note: 'The seed message «Метка времени Метка времени просрочена» repeats the label before its value, as in S131–S133 and D012: the second «Метка времени» becomes {income_stamp}, the name S111 uses.',
    },
    {
      code: 'S111',
      name: 'SecurityAuthFutureStamp',
      class: 'Security',
      status: 403,
      category: 'unauthenticated',
      retryable: false,
      title: { ru: 'Метка времени в будущем', en: 'Timestamp in the future' },
      template: {
        ru: 'Метка времени не может быть в будущем — income_stamp:{income_stamp}, server_time:{server_time}',
        en: 'The timestamp cannot be in the future — income_stamp:{income_stamp}, server_time:{server_time}',
      },
      params: {
        income_stamp: {
          type: 'string',
          description: { ru: 'Пришедшая метка времени', en: 'Timestamp received' },
        },
        server_time: {
          type: 'string',
          description: { ru: 'Текущее время сервера', en: 'Current server time' },
        },
      },
      section: 'security',
    },
    {
      code: 'S122',
      name: 'SecurityAuthNoUserRegistered',
      class: 'Security',
      status: 403,
      category: 'unauthenticated',
      retryable: false,
      title: { ru: 'User должен быть в базе', en: 'User must be registered' },
      template: {
        ru: 'Пользователь с идентификатором {user_uid} отсутствует в базе',
        en: 'User with identifier {user_uid} is not registered',
      },
      params: {
        user_uid: {
          type: 'string',
          description: {
            ru: 'Пришедший идентификатор пользователя',
            en: 'User identifier received',
          },
        },
      },
      section: 'security',
    },
    {
      code: 'S123',
      name: 'SecurityAuthNoUserPasswordSet',
      class: 'Security',
      status: 403,
      category: 'unauthenticated',
      retryable: false,
      title: { ru: 'Пароль пользователя не установлен', en: 'User password not set' },
      template: {
        ru: 'Пароль пользователя с идентификатором {user_uid} не установлен',
        en: 'The password of user {user_uid} is not set',
      },
      params: {
        user_uid: {
          type: 'string',
          description: {
            ru: 'Пришедший идентификатор пользователя',
            en: 'User identifier received',
          },
        },
      },
      section: 'security',
    },
    {
      code: 'S124',
      name: 'SecurityAuthHashNotMatch',
      class: 'Security',
      status: 403,
      category: 'unauthenticated',
      retryable: false,
      title: { ru: 'Хэши должны соответствовать', en: 'Hashes must match' },
      template: { ru: 'Пароль не верен', en: 'Wrong password' },
      section: 'security',
    },
    {
      code: 'S131',
      name: 'SecurityAuthUserIsNotActive',
      class: 'Security',
      status: 403,
      category: 'account_blocked',
      retryable: false,
      title: { ru: 'User не активен', en: 'User not active' },
      template: {
        ru: 'Пользователь {user_uid} не активен',
        en: 'User {user_uid} is not active',
      },
      params: {
        user_uid: {
          type: 'string',
          description: { ru: 'Пользователь', en: 'User' },
        },
      },
      section: 'security',
    },
    {
      code: 'S132',
      name: 'SecurityAuthDomainNotActive',
      class: 'Security',
      status: 403,
      category: 'account_blocked',
      retryable: false,
      title: { ru: 'Домен пользователя не активен', en: 'User domain not active' },
      template: { ru: 'Домен {domain_uid} не активен', en: 'Domain {domain_uid} is not active' },
      params: {
        domain_uid: { type: 'string', description: { ru: 'Домен', en: 'Domain' } },
      },
      section: 'security',
    },
    {
      code: 'S133',
      name: 'SecurityAuthReportTypeNotActive',
      class: 'Security',
      status: 403,
      category: 'permission_denied',
      retryable: false,
      title: { ru: 'Тип отчета не активен', en: 'Report type not active' },
      template: {
        ru: 'Тип отчета {report_type} не активен',
        en: 'Report type {report_type} is not active',
      },
      params: {
        report_type: { type: 'string', description: { ru: 'Тип отчета', en: 'Report type' } },
      },
      section: 'security',
      decision:
        'permission_denied, not account_blocked: user and domain are authenticated and active, only this report type is not enabled for them, so calls for other report types still work and the account must not be cut off.',
    },
    {
      code: 'S140',
      name: 'NoImpersonationSupportEnabled',
      class: 'Security',
      status: 403,
      category: 'unsupported',
      retryable: false,
      title: { ru: 'Поддержка имперсонации отключена', en: 'Impersonation support disabled' },
      template: {
        ru: 'Поддержка имперсонации отключена',
        en: 'Impersonation support is disabled',
      },
      section: 'security',
      decision: 'unsupported: impersonation is a feature switched off on the provider side.',
    },
    {
      code: 'S141',
      name: 'NoAuthorizeServiceIsSetUp',
      class: 'Security',
      status: 403,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Авторизационный сервис не установлен',
        en: 'Authorization service not set up',
      },
      template: {
        ru: 'Авторизационный сервис не установлен',
        en: 'The authorization service is not set up',
      },
      section: 'security',
      decision:
        'unsupported: impersonation needs an authorization service that is not configured, a missing feature rather than a missing right.',
    },
    {
      code: 'S142',
      name: 'NotAllowedUserToImpersonateOther',
      class: 'Security',
      status: 403,
      category: 'permission_denied',
      retryable: false,
      title: {
        ru: 'Имперсонация этого пользователя запрещена',
        en: 'Impersonating this user is not allowed',
      },
      template: {
        ru: 'Имперсонация пользователя {user_uid} запрещена',
        en: 'Impersonating user {user_uid} is not allowed',
      },
      params: {
        user_uid: {
          type: 'string',
          description: { ru: 'Идентификатор пользователя', en: 'User identifier' },
        },
      },
      section: 'security',
    },
    {
      code: 'S143',
      name: 'NotExistedUserToImpersonate',
      class: 'Security',
      status: 403,
      category: 'not_found',
      retryable: false,
      title: { ru: 'Нет пользователя для имперсонации', en: 'No user to impersonate' },
      template: {
        ru: 'Нет пользователя для имперсонации:{impersonate_as_user_uid}',
        en: 'No user to impersonate:{impersonate_as_user_uid}',
      },
      params: {
        impersonate_as_user_uid: {
          type: 'string',
          description: {
            ru: 'Идентификатор пользователя, от имени которого запрошен доступ',
            en: 'Identifier of the user to act as',
          },
        },
      },
      section: 'security',
      decision: 'not_found despite the 403: the user to impersonate does not exist.',
      note: 'The seed placeholder impersonateAs_user_uid is written snake_case as impersonate_as_user_uid.',
    },
    {
      code: 'S144',
      name: 'NotTrustedForSimpleAccess',
      class: 'Security',
      status: 403,
      category: 'permission_denied',
      retryable: false,
      title: { ru: 'Не доверено для простого доступа', en: 'Not trusted for simple access' },
      template: {
        ru: 'Не доверено для простого доступа',
        en: 'Not trusted for simple access',
      },
      section: 'security',
      decision:
        'permission_denied: the caller is known but not trusted to use the simple access scheme; it must use full authentication or be granted that trust.',
    },
    {
      code: 'S190',
      name: 'SecurityAuthNoAuthInfo',
      class: 'Security',
      status: 403,
      category: 'unauthenticated',
      retryable: false,
      title: {
        ru: 'Не передано никаких сведений для аутентификации',
        en: 'No authentication information sent',
      },
      template: {
        ru: 'Не передано никаких сведений для аутентификации',
        en: 'No authentication information was sent',
      },
      section: 'security',
    },
    {
      code: 'S199',
      name: 'SecurityAuthGenericError',
      class: 'Security',
      status: 403,
      category: 'unauthenticated',
      retryable: false,
      title: { ru: 'Неучтенные ошибки аутентификации', en: 'Other authentication errors' },
      template: { ru: 'Неучтенная ошибка аутентификации', en: 'Unclassified authentication error' },
      section: 'security',
    },
    {
      code: 'S200',
      name: 'SecurityForbiddenSubStringInQuery',
      class: 'Security',
      status: 403,
      category: 'invalid_request',
      retryable: false,
      title: { ru: 'Запрещенная подстрока в запросе', en: 'Forbidden substring in the query' },
      template: {
        ru: 'Запрещенная подстрока в запросе:{substring}',
        en: 'Forbidden substring in the query:{substring}',
      },
      params: {
        substring: { type: 'string', description: { ru: 'Подстрока', en: 'Substring' } },
      },
      section: 'security',
      decision: 'invalid_request: the query text must change, no right would allow it.',
      note: 'The seed message reads «в заSecurityForbiddenSubStringInQueryпросе», the type pasted into the word: fixed to «в запросе».',
    },
    {
      code: 'S201',
      name: 'SecurityForbiddenSortFieldInQuery',
      class: 'Security',
      status: 403,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Запрещенное поле для сортировки в запросе',
        en: 'Forbidden sort field in the query',
      },
      template: {
        ru: 'Запрещенное поле для сортировки в запросе:{field}',
        en: 'Forbidden sort field in the query:{field}',
      },
      params: {
        field: { type: 'string', description: { ru: 'Поле', en: 'Field' } },
      },
      section: 'security',
      decision:
        'invalid_request, like S200: sorting by this field is not allowed for anyone, so the request must be fixed.',
    },

    // From the reference: Ошибки Billing
    {
      code: 'B011',
      name: 'NoQuoteDay',
      class: 'Billing',
      status: 402,
      category: 'quota_exceeded',
      retryable: false,
      title: {
        ru: 'Переполнение дневной квоты указанного типа отчета',
        en: 'Daily quota of the report type exceeded',
      },
      template: {
        ru: 'Превышена дневная квота ({day_quote} ед.) на генерацию отчета {report_type}',
        en: 'Daily quota ({day_quote} units) for generating report {report_type} exceeded',
      },
      params: {
        day_quote: {
          type: 'number',
          description: { ru: 'Объем дневной квоты', en: 'Size of the daily quota' },
        },
        report_type: { type: 'string', description: { ru: 'Тип отчета', en: 'Report type' } },
      },
      section: 'billing',
      decision:
        'quota_exceeded, not payment_required, despite the 402: a daily quota is used up and retrying soon will not help.',
    },
    {
      code: 'B012',
      name: 'NoQuoteMonth',
      class: 'Billing',
      status: 402,
      category: 'quota_exceeded',
      retryable: false,
      title: {
        ru: 'Переполнение месячной квоты указанного типа отчета',
        en: 'Monthly quota of the report type exceeded',
      },
      template: {
        ru: 'Превышена месячная квота ({month_quote} ед.) на генерацию отчета {report_type}',
        en: 'Monthly quota ({month_quote} units) for generating report {report_type} exceeded',
      },
      params: {
        month_quote: {
          type: 'number',
          description: { ru: 'Месячная квота', en: 'Monthly quota' },
        },
        report_type: { type: 'string', description: { ru: 'Тип отчета', en: 'Report type' } },
      },
      section: 'billing',
    },
    {
      code: 'B013',
      name: 'NoQuoteTotal',
      class: 'Billing',
      status: 402,
      category: 'quota_exceeded',
      retryable: false,
      title: {
        ru: 'Переполнение общей квоты по указанному типу отчета',
        en: 'Total quota of the report type exceeded',
      },
      template: {
        ru: 'Превышена общая квота ({total_quote} ед.) на генерацию отчета {report_type}',
        en: 'Total quota ({total_quote} units) for generating report {report_type} exceeded',
      },
      params: {
        total_quote: { type: 'number', description: { ru: 'Общая квота', en: 'Total quota' } },
        report_type: { type: 'string', description: { ru: 'Тип отчета', en: 'Report type' } },
      },
      section: 'billing',
    },
    {
      code: 'B014',
      name: 'NoQuoteUpdate',
      class: 'Billing',
      status: 402,
      category: 'quota_exceeded',
      retryable: false,
      title: {
        ru: 'Невозможно изменить квоту указанного типа по указанному типу отчета',
        en: 'Cannot change the quota of this kind for the report type',
      },
      template: {
        ru: 'Невозможно изменить квоту указанного типа {quote_type} на генерацию отчета {report_type}, операция изменения: {operation}, значение: {value}',
        en: 'Cannot change the {quote_type} quota for generating report {report_type}, change operation: {operation}, value: {value}',
      },
      params: {
        quote_type: { type: 'string', description: { ru: 'Тип квоты', en: 'Quota kind' } },
        report_type: { type: 'string', description: { ru: 'Тип отчета', en: 'Report type' } },
        operation: {
          type: 'string',
          description: { ru: 'Операция изменения', en: 'Change operation' },
        },
        value: { type: 'number', description: { ru: 'Значение', en: 'Value' } },
      },
      section: 'billing',
      decision:
        'quota_exceeded: a Billing 402 raised when the quota of a report type cannot absorb the change (charging a generation against it), so the request fails until the quota is raised or renewed; retrying soon will not help.',
      note: 'The seed adds a comma before «операция изменения».',
    },
    {
      code: 'B015',
      name: 'TooManyRequests',
      class: 'Billing',
      status: 429,
      category: 'rate_limited',
      retryable: true,
      title: {
        ru: 'Слишком много запросов на генерацию отчета в единицу времени',
        en: 'Too many report generation requests per unit of time',
      },
      template: {
        ru: 'Превышено максимальное количество ({max_count} ед.) на генерацию отчета {report_uid} за интервал {interval}',
        en: 'Maximum count ({max_count} units) of generations of report {report_uid} per {interval} exceeded',
      },
      params: {
        max_count: {
          type: 'number',
          description: { ru: 'Максимальное количество', en: 'Maximum count' },
        },
        report_uid: {
          type: 'string',
          description: { ru: 'UID отчета', en: 'Report UID' },
        },
        interval: {
          type: 'string',
          description: { ru: 'Наименование интервала времени', en: 'Name of the time interval' },
        },
      },
      section: 'billing',
      decision:
        'rate_limited and retryable: a per-interval limit, unlike the B011–B013 quotas. Avtocod gives no figure for this limit.',
      note: 'The seed placeholder is a bare «UID» after «отчета», read as the report UID (report_uid); no figure is given, so no limit is recorded.',
    },

    // From the reference: Ошибки Data
    {
      code: 'D011',
      name: 'ReportNotExisted',
      class: 'Data',
      status: 404,
      category: 'not_found',
      retryable: false,
      title: {
        ru: 'Отсутствие отчета для переданного пользователем идентификатора',
        en: 'No report for the identifier given',
      },
      template: {
        ru: 'Запрошенный отчет с кодом {report_uid} отсутствует',
        en: 'The requested report with code {report_uid} does not exist',
      },
      params: {
        report_uid: {
          type: 'string',
          description: { ru: 'Идентификатор отчета', en: 'Report identifier' },
        },
      },
      section: 'data',
      note: 'The seed message misspells «отсуствует»: fixed to «отсутствует».',
    },
    {
      code: 'D012',
      name: 'ReportTypeObsolete',
      class: 'Data',
      status: 422,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Тип отчета, запрашиваемый для генерации устарел и деактивирован',
        en: 'The report type requested is obsolete and deactivated',
      },
      template: {
        ru: 'Тип отчета {report_type} устарел и деактивирован, генерация отчетов этого типа не возможна',
        en: 'Report type {report_type} is obsolete and deactivated; reports of this type cannot be generated',
      },
      params: {
        report_type: { type: 'string', description: { ru: 'Тип отчета', en: 'Report type' } },
      },
      section: 'data',
      decision:
        'unsupported, as for D013–D017: the report type does not support (or no longer supports) this operation, a disabled feature rather than a malformed request.',
    },
    {
      code: 'D013',
      name: 'ReportTypeDraft',
      class: 'Data',
      status: 422,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Тип отчета, запрашиваемый для генерации еще в проекте и не активен',
        en: 'The report type requested is still a draft and not active',
      },
      template: {
        ru: 'Тип отчета {report_type} еще в проекте и не активен, генерация отчетов этого типа не возможна',
        en: 'Report type {report_type} is still a draft and not active; reports of this type cannot be generated',
      },
      params: {
        report_type: { type: 'string', description: { ru: 'Тип отчета', en: 'Report type' } },
      },
      section: 'data',
    },
    {
      code: 'D014',
      name: 'ReportTypeNotMakeReport',
      class: 'Data',
      status: 422,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Тип отчета, запрашиваемый для генерации не предназначен для генерации отчетов',
        en: 'The report type requested is not meant for generating reports',
      },
      template: {
        ru: 'Тип отчета {report_type} не предназначен для генерации отчетов, генерация отчетов этого типа не возможна',
        en: 'Report type {report_type} is not meant for generating reports; reports of this type cannot be generated',
      },
      params: {
        report_type: { type: 'string', description: { ru: 'Тип отчета', en: 'Report type' } },
      },
      section: 'data',
    },
    {
      code: 'D015',
      name: 'ReportTypeNotAvailableInsert',
      class: 'Data',
      status: 422,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Тип отчета не позволяет принудительное изменение отчета',
        en: 'The report type does not allow forced changes of a report',
      },
      template: {
        ru: 'Тип отчета {report_type} не позволяет принудительное изменение отчета',
        en: 'Report type {report_type} does not allow forced changes of a report',
      },
      params: {
        report_type: { type: 'string', description: { ru: 'Тип отчета', en: 'Report type' } },
      },
      section: 'data',
    },
    {
      code: 'D016',
      name: 'ReportTypeNotAvailableQueryType',
      class: 'Data',
      status: 422,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Тип отчета не позволяет запросы такого типа',
        en: 'The report type does not allow queries of this type',
      },
      template: {
        ru: 'Тип отчета {report_type} не позволяет запросы такого типа [{query_type}]',
        en: 'Report type {report_type} does not allow queries of this type [{query_type}]',
      },
      params: {
        report_type: { type: 'string', description: { ru: 'Тип отчета', en: 'Report type' } },
        query_type: { type: 'string', description: { ru: 'Тип запроса', en: 'Query type' } },
      },
      section: 'data',
    },
    {
      code: 'D017',
      name: 'ReportTypeNotForAssets',
      class: 'Data',
      status: 422,
      category: 'unsupported',
      retryable: false,
      title: {
        ru: 'Тип отчета не предназначен для загрузки вложений',
        en: 'The report type is not meant for uploading attachments',
      },
      template: {
        ru: 'Тип отчета {report_type} не предназначен для загрузки вложений',
        en: 'Report type {report_type} is not meant for uploading attachments',
      },
      params: {
        report_type: { type: 'string', description: { ru: 'Тип отчета', en: 'Report type' } },
      },
      section: 'data',
    },
    {
      code: 'D021',
      name: 'MakeRequestNoVehicleId',
      class: 'Data',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'В переданном запросе отсутствует обязательный параметр vehicle_id',
        en: 'The required parameter vehicle_id is missing from the request',
      },
      template: {
        ru: 'В переданном запросе отсутствует обязательный параметр vehicle_id',
        en: 'The required parameter vehicle_id is missing from the request',
      },
      section: 'data',
      note: 'The seed row has one text and no message column: that text is both the title and the fixed message.',
    },
    {
      code: 'D022',
      name: 'MakeRequestNoReportType',
      class: 'Data',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'В переданном запросе отсутствует обязательный параметр report_type',
        en: 'The required parameter report_type is missing from the request',
      },
      template: {
        ru: 'В переданном запросе отсутствует обязательный параметр report_type',
        en: 'The required parameter report_type is missing from the request',
      },
      section: 'data',
      note: 'The seed row has one text and no message column: that text is both the title and the fixed message.',
    },
    {
      code: 'D023',
      name: 'MakeRequestInvalidVehicleId',
      class: 'Data',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'В переданном запросе неверно задан vehicle_id',
        en: 'The request has an invalid vehicle_id',
      },
      template: {
        ru: 'В переданном запросе неверно задан vehicle_id (‘{vehicle_id}‘) — {details}',
        en: 'The request has an invalid vehicle_id (‘{vehicle_id}‘) — {details}',
      },
      params: {
        vehicle_id: {
          type: 'string',
          description: { ru: 'Переданный vehicle_id', en: 'vehicle_id sent' },
        },
        details: {
          type: 'string',
          description: {
            ru: 'Дополнительные сведения об ошибке, например про форматирование или символы',
            en: 'More about the error, e.g. formatting or characters',
          },
        },
      },
      section: 'data',
      decision:
        'Avtocod gives this code no type name: kodex names it MakeRequestInvalidVehicleId after D024’s MakeRequestInvalidReportType.',
      note: 'The seed row is shifted: no type, D022’s text in the type column, then the name. kodex names it MakeRequestInvalidVehicleId after D024’s MakeRequestInvalidReportType and takes «В переданном запросе неверно задан vehicle_id» as the title.',
    },
    {
      code: 'D024',
      name: 'MakeRequestInvalidReportType',
      class: 'Data',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'В переданном запросе указан неверный или отсутствующий report_type',
        en: 'The request has an invalid or unknown report_type',
      },
      template: {
        ru: 'В переданном запросе неверно задан report_type (‘{report_type}‘) — {details}',
        en: 'The request has an invalid report_type (‘{report_type}‘) — {details}',
      },
      params: {
        report_type: {
          type: 'string',
          description: { ru: 'Переданный report_type', en: 'report_type sent' },
        },
        details: {
          type: 'string',
          description: {
            ru: 'Дополнительные сведения об ошибке, например про форматирование или символы, или про отсутствие в базе',
            en: 'More about the error, e.g. formatting, characters, or absence from the database',
          },
        },
      },
      section: 'data',
    },
    {
      code: 'D025',
      name: 'MalformedQueryTerm',
      class: 'Data',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: { ru: 'Неверная структура терма запроса', en: 'Malformed query term' },
      template: {
        ru: 'Неверная структура терма запроса:{term}',
        en: 'Malformed query term:{term}',
      },
      params: {
        term: { type: 'string', description: { ru: 'Пришедший term', en: 'Term received' } },
      },
      section: 'data',
    },
    {
      code: 'D026',
      name: 'UnknownTypeDesc',
      class: 'Data',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: { ru: 'Неизвестный тип', en: 'Unknown type' },
      template: { ru: 'Неизвестный тип:{type}', en: 'Unknown type:{type}' },
      params: {
        type: { type: 'string', description: { ru: 'Пришедший type', en: 'Type received' } },
      },
      section: 'data',
    },
    {
      code: 'D027',
      name: 'ValidationFailed',
      class: 'Data',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: { ru: 'Не пройдена валидация', en: 'Validation failed' },
      template: {
        ru: 'Не пройдена валидация:{validated_data}, причина:{reason}',
        en: 'Validation failed:{validated_data}, reason:{reason}',
      },
      params: {
        validated_data: {
          type: 'string',
          description: { ru: 'Валидируемые данные', en: 'Data validated' },
        },
        reason: { type: 'string', description: { ru: 'Причина неудачи', en: 'Reason of failure' } },
      },
      section: 'data',
    },
    {
      code: 'D028',
      name: 'ToMany',
      class: 'Data',
      status: 400,
      category: 'invalid_request',
      retryable: false,
      title: { ru: 'Слишком много элементов', en: 'Too many items' },
      template: {
        ru: 'Запрошено слишком много элементов:{requested_count}, максимально возможно:{max_count}',
        en: 'Too many items requested:{requested_count}, maximum possible:{max_count}',
      },
      params: {
        requested_count: {
          type: 'number',
          description: { ru: 'Запрошенное количество', en: 'Count requested' },
        },
        max_count: {
          type: 'number',
          description: { ru: 'Максимально возможное', en: 'Maximum possible' },
        },
      },
      section: 'data',
      decision:
        'The name ToMany is the provider’s own spelling (for TooMany) and is kept. invalid_request rather than too_large: the caller asks for more items than allowed and must lower the count.',
    },
    {
      code: 'D201',
      name: 'DataCreateOrUpdateError',
      class: 'Data',
      status: 500,
      category: 'internal',
      retryable: true,
      title: {
        ru: 'Ошибка при выполнении операции с данными',
        en: 'Data operation failed',
      },
      template: {
        ru: 'Ошибка при выполнении операции создания или обновления для объекта {entity_type} с UID {entity_uid}: {error_description}',
        en: 'Create or update operation failed for object {entity_type} with UID {entity_uid}: {error_description}',
      },
      params: {
        entity_type: {
          type: 'string',
          description: {
            ru: 'Тип объекта - domain, group, user, ...',
            en: 'Object type: domain, group, user, …',
          },
        },
        entity_uid: {
          type: 'string',
          description: { ru: 'Идентификатор объекта', en: 'Object identifier' },
        },
        error_description: {
          type: 'string',
          description: {
            ru: 'Краткое описание ошибки данных',
            en: 'Short description of the error',
          },
        },
      },
      section: 'data',
      decision: 'Same title as D202; the types tell them apart.',
      note: 'The seed glues «Идентификатор объектаКраткое описание ошибки данных»: two placeholders, separated here by a colon. Same title as D202 in the seed; the types tell them apart.',
    },
    {
      code: 'D202',
      name: 'DataDeleteError',
      class: 'Data',
      status: 500,
      category: 'internal',
      retryable: true,
      title: {
        ru: 'Ошибка при выполнении операции с данными',
        en: 'Data operation failed',
      },
      template: {
        ru: 'Ошибка при выполнении операции удаления для объекта {entity_type} с UID {entity_uid}: {error_description}',
        en: 'Delete operation failed for object {entity_type} with UID {entity_uid}: {error_description}',
      },
      params: {
        entity_type: {
          type: 'string',
          description: {
            ru: 'Тип объекта - domain, group, user, ...',
            en: 'Object type: domain, group, user, …',
          },
        },
        entity_uid: {
          type: 'string',
          description: { ru: 'Идентификатор объекта', en: 'Object identifier' },
        },
        error_description: {
          type: 'string',
          description: {
            ru: 'Краткое описание ошибки данных',
            en: 'Short description of the error',
          },
        },
      },
      section: 'data',
      note: 'The seed glues «Идентификатор объектаКраткое описание ошибки данных»: two placeholders, separated here by a colon.',
    },
    {
      code: 'D203',
      name: 'DataSeekObjectError',
      class: 'Data',
      status: 500,
      category: 'not_found',
      retryable: false,
      title: {
        ru: 'Отсутствие объекта с заданным идентификатором',
        en: 'No object with the identifier given',
      },
      template: {
        ru: 'Отсутствует объект типа {entity_type} с UID {entity_uid}',
        en: 'There is no object of type {entity_type} with UID {entity_uid}',
      },
      params: {
        entity_type: {
          type: 'string',
          description: {
            ru: 'Тип объекта - domain, group, user, ...',
            en: 'Object type: domain, group, user, …',
          },
        },
        entity_uid: {
          type: 'string',
          description: { ru: 'Идентификатор объекта', en: 'Object identifier' },
        },
      },
      section: 'data',
      decision: 'not_found by meaning; the status 500 is kept as the provider sends it.',
      note: 'not_found by meaning; the seed status 500 is kept as the provider sends it.',
    },
    {
      code: 'D204',
      name: 'DataAbsentFieldError',
      class: 'Data',
      status: 500,
      category: 'invalid_request',
      retryable: false,
      title: {
        ru: 'Отсутствие требуемого поля во входных данных',
        en: 'Required field missing from the input',
      },
      template: {
        ru: 'Отсутствие требуемого поля во входных данных:{field}',
        en: 'Required field missing from the input:{field}',
      },
      params: {
        field: {
          type: 'string',
          description: { ru: 'Наименование поля данных', en: 'Name of the data field' },
        },
      },
      section: 'data',
      decision:
        'invalid_request by meaning (the input lacks a required field); the status 500 is kept as the provider sends it.',
      note: 'invalid_request by meaning (the input lacks a required field); the seed status 500 is kept as the provider sends it.',
    },
    {
      code: 'D205',
      name: 'DataSeekReportError',
      class: 'Data',
      status: 404,
      category: 'not_found',
      retryable: false,
      title: {
        ru: 'Отсутствие отчета с заданным идентификатором',
        en: 'No report with the identifier given',
      },
      template: {
        ru: 'Отсутствует отчет с UID {report_uid}',
        en: 'There is no report with UID {report_uid}',
      },
      params: {
        report_uid: {
          type: 'string',
          description: { ru: 'Идентификатор отчета', en: 'Report identifier' },
        },
      },
      section: 'data',
    },
    {
      code: 'D206',
      name: 'DataSeekReportTypeError',
      class: 'Data',
      status: 404,
      category: 'not_found',
      retryable: false,
      title: {
        ru: 'Отсутствие типа отчета с заданным идентификатором',
        en: 'No report type with the identifier given',
      },
      template: {
        ru: 'Отсутствует тип отчета с UID {report_type}',
        en: 'There is no report type with UID {report_type}',
      },
      params: {
        report_type: {
          type: 'string',
          description: { ru: 'Идентификатор типа отчета', en: 'Report type identifier' },
        },
      },
      section: 'data',
    },
    {
      code: 'D213',
      name: 'DataDiscrepancy',
      class: 'Data',
      status: 500,
      category: 'conflict',
      retryable: false,
      title: { ru: 'Не соответствие данных', en: 'Data mismatch' },
      template: {
        ru: 'Обнаружено не соответствие данных, ожидалось:{expected}, обнаружено:{found}',
        en: 'Data mismatch found, expected:{expected}, found:{found}',
      },
      params: {
        expected: { type: 'string', description: { ru: 'Ожидалось', en: 'Expected value' } },
        found: { type: 'string', description: { ru: 'Обнаружено', en: 'Value found' } },
      },
      section: 'data',
      decision:
        'conflict: the data sent do not match the stored state (expected against found), so resending unchanged cannot succeed; the status 500 is kept as the provider sends it.',
      note: 'conflict: the data sent do not match the stored state (expected against found), so resending unchanged cannot succeed; the seed status 500 is kept.',
    },
    {
      code: 'D214',
      name: 'ObjectAlreadyExists',
      class: 'Data',
      status: 500,
      category: 'conflict',
      retryable: false,
      title: { ru: 'Объект уже существует', en: 'Object already exists' },
      template: {
        ru: 'Объект типа {entity_type} с UID={entity_uid} уже существует',
        en: 'Object of type {entity_type} with UID={entity_uid} already exists',
      },
      params: {
        entity_type: { type: 'string', description: { ru: 'Тип объекта', en: 'Object type' } },
        entity_uid: { type: 'string', description: { ru: 'UID объекта', en: 'Object UID' } },
      },
      section: 'data',
      decision:
        'conflict by meaning (the object already exists); the status 500 is kept as the provider sends it.',
      note: 'conflict by meaning (the object already exists); the seed status 500 is kept as the provider sends it.',
    },
    {
      code: 'D215',
      name: 'ExistsReportRequestInInterval',
      class: 'Data',
      status: 500,
      category: 'conflict',
      retryable: false,
      title: {
        ru: 'Существует запрос к процессингу в этом интервале',
        en: 'A processing request already exists in this interval',
      },
      template: {
        ru: 'Существует запрос к процессингу в интервале ({interval_start},{interval_end}), определен по полю {field} со значением {field_value}',
        en: 'A processing request already exists in the interval ({interval_start},{interval_end}), found by field {field} with value {field_value}',
      },
      params: {
        interval_start: {
          type: 'string',
          description: { ru: 'Начало интервала', en: 'Start of the interval' },
        },
        interval_end: {
          type: 'string',
          description: { ru: 'Конец интервала', en: 'End of the interval' },
        },
        field: { type: 'string', description: { ru: 'Поле', en: 'Field' } },
        field_value: { type: 'string', description: { ru: 'Значение поля', en: 'Field value' } },
      },
      section: 'data',
      decision:
        'conflict by meaning (a duplicate processing request for the interval); the status 500 is kept as the provider sends it.',
      note: 'conflict by meaning (a duplicate processing request for the interval); the seed status 500 is kept as the provider sends it.',
    },
    {
      code: 'D216',
      name: 'EndIntervalInPast',
      class: 'Data',
      status: 500,
      category: 'invalid_request',
      retryable: false,
      title: { ru: 'Конец интервала в прошлом', en: 'End of the interval in the past' },
      template: {
        ru: 'Конец интервала {interval_end} в прошлом, определен для сущности типа {entity_type} с UID {entity_uid}',
        en: 'End of the interval {interval_end} is in the past, set for entity of type {entity_type} with UID {entity_uid}',
      },
      params: {
        interval_end: {
          type: 'string',
          description: { ru: 'Конец интервала', en: 'End of the interval' },
        },
        entity_type: { type: 'string', description: { ru: 'Тип сущности', en: 'Entity type' } },
        entity_uid: { type: 'string', description: { ru: 'UID сущности', en: 'Entity UID' } },
      },
      section: 'data',
      decision:
        'invalid_request by meaning (the interval sent ends in the past); the status 500 is kept as the provider sends it. «Конец интервала Конец интервала в прошлом» is label then value: {interval_end}.',
      note: 'invalid_request by meaning (the interval sent ends in the past); the seed status 500 is kept.',
    },
    {
      code: 'D238',
      name: 'FileTooBig',
      class: 'Data',
      status: 413,
      category: 'too_large',
      retryable: false,
      title: {
        ru: 'Попытка загрузить слишком большой файл',
        en: 'File too big to upload',
      },
      template: {
        ru: 'Попытка загрузить слишком большой файл, его размер {file_size}, максимально допустимый размер {max_file_size}',
        en: 'Attempt to upload a file too big: its size is {file_size}, the maximum allowed size is {max_file_size}',
      },
      params: {
        file_size: {
          type: 'number',
          description: { ru: 'Размер загружаемого файла', en: 'Size of the uploaded file' },
        },
        max_file_size: {
          type: 'number',
          description: { ru: 'Максимально допустимый размер', en: 'Maximum allowed size' },
        },
      },
      section: 'data',
    },
  ],
});
