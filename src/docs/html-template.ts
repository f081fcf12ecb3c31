import { escapeHtml } from './escape-html.js';

// The one way kodex writes HTML, for the generated reference pages and the web
// reference alike: markup is the template's literal text, and every value put
// into it is escaped unless it is already SafeHtml. Catalog text (anyone's
// catalog, under --catalog) is data, and a value forgotten unescaped is the
// bug this prevents.

/**
 * HTML that is already safe to write into a page: produced by {@link html},
 * which escapes every interpolated value, or wrapped by kodex around markup
 * of its own (a stylesheet, a policy constant).
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

/**
 * The values rendered as {@link html} renders them, those that render as
 * nothing left out, and the separator (escaped unless safe; a newline unless
 * given) between the rest: the generated pages put each block on its own line.
 * @example joinHtml([html`<li>a</li>`, '', 'b<'], ' · ') // <li>a</li> · b&lt;
 */
export function joinHtml(values: readonly HtmlValue[], separator: HtmlValue = '\n'): SafeHtml {
  const parts = values.map(render).filter((part) => part !== '');
  return new SafeHtml(parts.join(render(separator)));
}
