import type { CatalogEntry, Text } from '../model/catalog.js';
import type { Category } from '../model/categories.js';
import { gateOf, type TextTest, testOf } from '../wire/patterns.js';

/** What an HTTP status (and the text beside it) says of an error no catalog entry names. */
export interface StatusClass {
  readonly category: Category;
  readonly retryable: boolean;
  /** The title of the status's plain-HTTP entry, when its category is the one chosen. */
  readonly title?: Text;
}

// When a code is not in the catalog and the status says little (a 200 or a
// generic 400), the text beside it may still say what happened.
const HINT_PATTERNS: readonly [RegExp, Category][] = [
  [/rate.?limit|too many requests|слишком много запросов|частот[аы] запросов/iu, 'rate_limited'],
  [/quota|квот/iu, 'quota_exceeded'],
  [/temporar|try again later|повторите (?:запрос )?позже|временн/iu, 'unavailable'],
  [
    /unauthori[sz]ed|unauthenticated|invalid (?:api )?key|token (?:is )?(?:expired|invalid)|не авторизован/iu,
    'unauthenticated',
  ],
  [/forbidden|access denied|permission|доступ запрещ|нет прав/iu, 'permission_denied'],
  [/not found|не найден/iu, 'not_found'],
];

// Tested through patterns.ts (faster on ASCII texts, same answers), after one
// scan that any hint would match, so that a text of no hint costs one regex
// rather than six.
const TEXT_HINTS: readonly [TextTest, Category][] = HINT_PATTERNS.map(([re, category]) => [
  testOf(re.source, re.flags),
  category,
]);
const ANY_HINT = gateOf(
  HINT_PATTERNS.map(([re]) => re.source),
  'iu',
);

const GENERIC: ReadonlySet<Category> = new Set(['invalid_request', 'unknown']);

/**
 * Classifies an error that no catalog entry names by its HTTP status, the one
 * rule decoding and `statusRecord` share (docs/taxonomy.md): the category of the
 * status's plain-HTTP entry, else `internal` for 5xx and `invalid_request`
 * for 4xx, else `unknown`; a generic category gives way to what the text
 * says (`Too many requests` → `rate_limited`). Retryable are `rate_limited`,
 * `unavailable`, and `internal` 5xx unless the status's entry says otherwise
 * (501, 505 and 510 are `unsupported`, and not retryable).
 * @example classifyStatus(418, undefined, 'Too many requests') // { category: 'rate_limited', retryable: true }
 */
export function classifyStatus(
  status: number,
  statusEntry: CatalogEntry | undefined,
  text: string | undefined,
): StatusClass {
  let category: Category =
    statusEntry && (statusEntry.kind ?? 'error') === 'error' ? statusEntry.category : 'unknown';
  if (!statusEntry && status >= 500) category = 'internal';
  else if (!statusEntry && status >= 400) category = 'invalid_request';
  if (text && GENERIC.has(category)) {
    const head = text.slice(0, 2000);
    const hint = ANY_HINT?.(head) === false ? undefined : TEXT_HINTS.find(([test]) => test(head));
    if (hint) category = hint[1];
  }
  const retryable =
    category === 'rate_limited' ||
    category === 'unavailable' ||
    (category === 'internal' && status >= 500 && (statusEntry?.retryable ?? true));
  return {
    category,
    retryable,
    title: statusEntry && statusEntry.category === category ? statusEntry.title : undefined,
  };
}
