import type { Lang, Text } from '../model/catalog.js';
import { pick } from '../model/catalog.js';

export { renderTemplate } from '../model/template.js';

/** The template in a language, or in the other one when only that one is written. */
export function templateIn(template: Partial<Text> | undefined, lang: Lang): string | undefined {
  return pick(template, lang);
}
