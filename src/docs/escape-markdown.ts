import { safeUrl } from './safe-url.js';

// Catalog text is data: in Markdown it must neither become markup (emphasis,
// links, headings, table cells) nor raw HTML, which most renderers pass through.

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes text for inline Markdown (a paragraph, list item, heading or table
 * cell): HTML is written as entities, Markdown punctuation is backslashed and
 * line breaks become spaces, so the text cannot start a new block.
 * @example escapeMarkdown('*a* | <b>') // '\\*a\\* \\| &lt;b&gt;'
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\r\n]+/g, ' ')
      .replace(/[&<>]/g, (char) => HTML_ENTITIES[char]!)
      .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
      // A leading `#`, `-`, `+`, `=` or `1.` would start a heading or a list
      // where the text begins a line.
      .replace(/^( *)([#+=-])/, '$1\\$2')
      .replace(/^( *\d+)([.)])/, '$1\\$2')
  );
}

/**
 * A Markdown code span that shows `text` verbatim (a `|` is escaped, which a
 * table cell needs and GFM turns back into `|`).
 * @example codeSpan('a`b') // '`` a`b ``'
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced code block that shows `text` verbatim, whatever backticks it holds. */
export function codeBlock(text: string, info = ''): string {
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text}\n${fence}`;
}

/** A Markdown link when the URL is a web link, else the URL as escaped text. */
export function markdownLink(url: string, text: string = url): string {
  const safe = safeUrl(url);
  if (!safe) return escapeMarkdown(text);
  // Characters that would end the destination or a table cell are encoded.
  const destination = safe.replace(
    /[()|<>\s]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${escapeMarkdown(text)}](${destination})`;
}
