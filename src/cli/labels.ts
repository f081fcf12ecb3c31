import type { Lang } from '../model/catalog.js';

// The words of the decode card, in the language the reader asked for
// (`kodex decode --lang ru`); the record's own texts are already in it.
const LABELS = {
  en: {
    notInCatalog: 'not in the catalog',
    retryable: 'retryable',
    notRetryable: 'not retryable',
    retryAfter: (seconds: string) => `retry after ${seconds} s`,
    detail: 'detail',
    parameters: 'parameters',
    fields: 'fields',
    valid: 'valid',
    bad: 'bad',
    whatToDo: 'what to do',
    docs: 'docs',
    warning: 'warning',
    more: (n: number) => `${n} more error(s) in this response`,
    success: 'Success',
    noError: 'this response carries no error.',
  },
  ru: {
    notInCatalog: 'нет в каталоге',
    retryable: 'можно повторить',
    notRetryable: 'повтор не поможет',
    retryAfter: (seconds: string) => `повтор через ${seconds} с`,
    detail: 'подробности',
    parameters: 'параметры',
    fields: 'поля',
    valid: 'допустимо',
    bad: 'передано',
    whatToDo: 'что делать',
    docs: 'документация',
    warning: 'внимание',
    more: (n: number) => `ещё ошибок в ответе: ${n}`,
    success: 'Успех',
    noError: 'в этом ответе нет ошибки.',
  },
} as const;

export type CardLabels = (typeof LABELS)[Lang];

/** The card's words in `lang`. */
export function cardLabels(lang: Lang): CardLabels {
  return LABELS[lang];
}

// The labels that head a value on their line, padded to one column per language.
const COLUMN_KEYS = ['detail', 'parameters', 'whatToDo', 'docs', 'warning'] as const;
const COLUMN = {
  en: Math.max(...COLUMN_KEYS.map((k) => LABELS.en[k].length)),
  ru: Math.max(...COLUMN_KEYS.map((k) => LABELS.ru[k].length)),
};

/** A label padded to its language's column, so the values line up. */
export function padLabel(text: string, lang: Lang): string {
  return text.padEnd(COLUMN[lang]);
}
