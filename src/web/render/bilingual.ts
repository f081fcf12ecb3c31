import { html, type SafeHtml } from '../../docs/html-template.js';
import type { Lang, Text } from '../../model/catalog.js';
import { inlineMarkdown } from './markdown.js';

/** The other language. */
export function otherLang(lang: Lang): Lang {
  return lang === 'ru' ? 'en' : 'ru';
}

/**
 * A text in both languages: the reader's first, the other after it, each
 * tagged with its `lang` so that screen readers and hyphenation follow it.
 * A language the text lacks is skipped, and so is the other language when
 * it says the same. Inline Markdown (`code`, *emphasis*, links) is rendered.
 */
export function bilingual(
  text: Partial<Text> | undefined,
  lang: Lang,
  tag: 'p' | 'blockquote' = 'p',
  className = 'text',
): SafeHtml {
  if (!text) return html``;
  const parts = [lang, otherLang(lang)]
    .filter((l, i) => text[l] && !(i === 1 && text[l] === text[lang]))
    .map((l, i) => {
      const cls = `${className}${i ? ' alt' : ''}`;
      return tag === 'p'
        ? html`<p class="${cls}" lang="${l}">${inlineMarkdown(text[l])}</p>`
        : html`<blockquote class="${cls}" lang="${l}">${inlineMarkdown(text[l])}</blockquote>`;
    });
  return html`${parts}`;
}
