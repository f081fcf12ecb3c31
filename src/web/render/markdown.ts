import { escapeHtml } from '../../docs/escape-html.js';
import { SafeHtml } from '../../docs/html-template.js';
import { safeUrl } from '../../docs/safe-url.js';
import { inlineMarkdownToHtml } from '../../model/inline-markdown.js';

const OPTIONS = {
  escape: escapeHtml,
  linkUrl: safeUrl,
  linkAttributes: ' rel="noopener noreferrer" target="_blank"',
} as const;

/**
 * A catalog text with its inline Markdown (`code`, *emphasis*, links) as
 * HTML; everything else escaped, links only to http(s).
 * @example inlineMarkdown('a `status` field') // a <code>status</code> field
 */
export function inlineMarkdown(text: string | undefined): SafeHtml {
  return new SafeHtml(text ? inlineMarkdownToHtml(text, OPTIONS) : '');
}
