import type { Text } from './catalog.js';

/**
 * The categories of docs/taxonomy.md: what a program should do about an error,
 * whatever provider and wire format it came in.
 */
export const CATEGORIES = [
  'invalid_request',
  'unauthenticated',
  'permission_denied',
  'account_blocked',
  'not_found',
  'conflict',
  'rate_limited',
  'quota_exceeded',
  'payment_required',
  'unavailable',
  'internal',
  'unsupported',
  'too_large',
  'redirect',
  'partial',
  'pending',
  'unknown',
] as const;

/** One of {@link CATEGORIES}. */
export type Category = (typeof CATEGORIES)[number];

/** What a program should do about an error of each category, in both languages. */
export const CATEGORY_ADVICE: Record<Category, Text> = {
  invalid_request: {
    ru: 'Исправьте запрос: он некорректен или не прошёл проверку.',
    en: 'Fix the request: it is malformed or failed validation.',
  },
  unauthenticated: {
    ru: 'Обновите или проверьте учётные данные и авторизуйтесь заново.',
    en: 'Refresh or check the credentials and authenticate again.',
  },
  permission_denied: {
    ru: 'Запросите права на эту операцию: учётная запись известна, но ей это не разрешено.',
    en: 'Ask for the rights to this operation: the identity is known but not allowed.',
  },
  account_blocked: {
    ru: 'Аккаунт, пользователь или ключ заблокирован: нужен человек, повтор не поможет.',
    en: 'The account, user or key is blocked: a human must act, retrying will not help.',
  },
  not_found: {
    ru: 'Проверьте идентификатор или адрес: ресурс не существует.',
    en: 'Check the identifier or URL: the resource does not exist.',
  },
  conflict: {
    ru: 'Разрешите конфликт состояния (дубликат, уже существует) и повторите с изменениями.',
    en: 'Resolve the state conflict (duplicate, already exists) and retry with changes.',
  },
  rate_limited: {
    ru: 'Снизьте частоту запросов и повторите после паузы.',
    en: 'Slow down and retry after a delay.',
  },
  quota_exceeded: {
    ru: 'Квота исчерпана: дождитесь её сброса или увеличьте её; скорый повтор не поможет.',
    en: 'The quota is exhausted: wait for its reset or raise it; retrying soon will not help.',
  },
  payment_required: {
    ru: 'Оплатите услугу, подписку или пополните баланс.',
    en: 'Pay for the service or subscription, or top up the balance.',
  },
  unavailable: {
    ru: 'Временный сбой: повторите позже с экспоненциальной задержкой.',
    en: 'Temporary failure: retry later with exponential backoff.',
  },
  internal: {
    ru: 'Ошибка на стороне сервера: повторите позже; если повторяется, сообщите в поддержку.',
    en: 'Server-side error: retry later; if it persists, report it to support.',
  },
  unsupported: {
    ru: 'Метод, формат или функция не поддерживается или отключены: измените запрос.',
    en: 'The method, format or feature is not supported or disabled: change the request.',
  },
  too_large: {
    ru: 'Уменьшите запрос, файл или размер пакета.',
    en: 'Make the request, file or batch smaller.',
  },
  redirect: {
    ru: 'Отправьте запрос на другой адрес (или используйте кэшированную копию).',
    en: 'Send the request elsewhere (or use the cached copy).',
  },
  partial: {
    ru: 'Операция выполнена частично: проверьте, какие элементы не обработаны.',
    en: 'The operation partly succeeded: check which items were not processed.',
  },
  pending: {
    ru: 'Не ошибка: операция принята в фоновое выполнение, отслеживайте её статус.',
    en: 'Not an error: the operation runs in the background, track its status.',
  },
  unknown: {
    ru: 'Ничего определённого сказать нельзя: смотрите текст ошибки.',
    en: 'Nothing definite can be said: read the error text.',
  },
};

/** Short names of the categories, in both languages (for tables and search). */
export const CATEGORY_LABELS: Record<Category, Text> = {
  invalid_request: { ru: 'Некорректный запрос', en: 'Invalid request' },
  unauthenticated: { ru: 'Ошибка аутентификации', en: 'Unauthenticated' },
  permission_denied: { ru: 'Нет прав доступа', en: 'Permission denied' },
  account_blocked: { ru: 'Аккаунт заблокирован', en: 'Account blocked' },
  not_found: { ru: 'Не найдено', en: 'Not found' },
  conflict: { ru: 'Конфликт', en: 'Conflict' },
  rate_limited: { ru: 'Превышена частота запросов', en: 'Rate limited' },
  quota_exceeded: { ru: 'Квота исчерпана', en: 'Quota exceeded' },
  payment_required: { ru: 'Требуется оплата', en: 'Payment required' },
  unavailable: { ru: 'Временно недоступно', en: 'Unavailable' },
  internal: { ru: 'Внутренняя ошибка', en: 'Internal error' },
  unsupported: { ru: 'Не поддерживается', en: 'Unsupported' },
  too_large: { ru: 'Слишком большой', en: 'Too large' },
  redirect: { ru: 'Перенаправление', en: 'Redirect' },
  partial: { ru: 'Выполнено частично', en: 'Partially done' },
  pending: { ru: 'Выполняется в фоне', en: 'Pending' },
  unknown: { ru: 'Неизвестно', en: 'Unknown' },
};

/** True for a string that names a category. */
export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
