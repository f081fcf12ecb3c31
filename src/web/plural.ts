import type { Lang } from '../model/catalog.js';
import { renderTemplate } from '../model/template.js';

/** The forms of a counted phrase by CLDR plural category; `{n}` stands for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/** The counted phrases of the interface, kept apart from logic like the rest of its words. */
const PHRASES = {
  codes: {
    en: { one: '{n} code', other: '{n} codes' },
    // Russian: 1, 21 код; 2–4, 22 кода; 5–20, 25 кодов; fractions take «кода».
    ru: { one: '{n} код', few: '{n} кода', many: '{n} кодов', other: '{n} кода' },
  },
  // "5 of 72 codes shown": the noun agrees with the total.
  shownOf: {
    en: { one: '{shown} of {n} code shown', other: '{shown} of {n} codes shown' },
    // After «из» the genitive: из 1 (21) кода, из 2 (5, 72) кодов.
    ru: { one: 'Показано {shown} из {n} кода', other: 'Показано {shown} из {n} кодов' },
  },
} as const satisfies Record<string, Record<Lang, PluralForms>>;

/** Names of the counted phrases. */
export type CountedPhrase = keyof typeof PHRASES;

const rules = new Map<Lang, Intl.PluralRules>();

/**
 * The form of a phrase that a number takes in a language, by `Intl.PluralRules`.
 * @example pluralForm('ru', 41, { one: '{n} код', few: '{n} кода', other: '{n} кодов' }) // '{n} код'
 */
export function pluralForm(lang: Lang, n: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  return forms[rule.select(n)] ?? forms.other;
}

/**
 * A counted phrase of the interface, its number filled in; every count on
 * the pages goes through here.
 * @example counted('ru', 'codes', 41) // '41 код'
 * @example counted('en', 'shownOf', 1, { shown: 1 }) // '1 of 1 code shown'
 */
export function counted(
  lang: Lang,
  phrase: CountedPhrase,
  n: number,
  values: Readonly<Record<string, number>> = {},
): string {
  return renderTemplate(pluralForm(lang, n, PHRASES[phrase][lang]), { ...values, n });
}
