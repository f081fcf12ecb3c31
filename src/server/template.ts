import type { Lang, Text } from '../model/catalog.js';

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * A message template with its `{param}` placeholders filled; a placeholder
 * without a value stays as written, so a missing value shows rather than vanishes.
 * @example renderTemplate('Item {sku} is out of stock', { sku: 'A-1' }) // 'Item A-1 is out of stock'
 */
export function renderTemplate(
  template: string,
  params: Readonly<Record<string, unknown>> | undefined,
): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The template in a language, or in the other one when only that one is written. */
export function templateIn(template: Partial<Text> | undefined, lang: Lang): string | undefined {
  if (!template) return undefined;
  return template[lang] ?? template[lang === 'ru' ? 'en' : 'ru'];
}
