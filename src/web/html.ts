import { escapeHtml } from '../docs/escape-html.js';

/**
 * HTML that is already safe to write into a page: produced only by {@link html},
 * which escapes every interpolated value.
 */
export class SafeHtml {
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  toString(): string {
    return this.#text;
  }
}

/** A value {@link html} accepts: text (escaped), safe HTML (kept), lists (joined), or nothing. */
export type HtmlValue =
  | SafeHtml
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Builds HTML from a template, escaping every interpolated value unless it is
 * already {@link SafeHtml}; `false`, `null` and `undefined` render as nothing.
 * @example html`<p title="${userText}">${userText}</p>`
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}
