// The inline Markdown of catalog texts — `code`, *emphasis*, **strong**,
// [links](https://…) — as plain data, so every renderer (the web reference,
// the HTML docs, a terminal) shows it alike. No block syntax and no raw HTML:
// what is not one of these four is text, and a renderer escapes all text.
// A scanner, not a regular expression: each opener looks once for its
// closer, so a text costs at most quadratic time in its length, never
// exponential, and catalog texts are short.

/** One piece of inline Markdown. */
export type InlineNode =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'code'; readonly text: string }
  | { readonly type: 'em' | 'strong'; readonly children: readonly InlineNode[] }
  | { readonly type: 'link'; readonly href: string; readonly children: readonly InlineNode[] };

const ESCAPABLE = new Set(['\\', '`', '*', '_', '[', ']', '(', ')', '{', '}', '#', '!']);

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}_]/u.test(char);
}

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/.test(char);
}

/** The closing `marker` of a span opened at `from`: not after a space, and for `_` not inside a word. */
function findCloser(text: string, marker: string, from: number): number {
  for (let at = text.indexOf(marker, from); at >= 0; at = text.indexOf(marker, at + 1)) {
    if (at === from || isSpace(text[at - 1])) continue;
    if (marker === '*' && text[at + 1] === '*') continue;
    if (marker === '_' && isWordChar(text[at + marker.length])) continue;
    return at;
  }
  return -1;
}

interface Span {
  readonly node: InlineNode;
  readonly end: number;
}

function codeSpan(text: string, at: number): Span | undefined {
  let ticks = 1;
  while (text[at + ticks] === '`') ticks++;
  const fence = '`'.repeat(ticks);
  for (
    let close = text.indexOf(fence, at + ticks);
    close >= 0;
    close = text.indexOf(fence, close + 1)
  ) {
    if (text[close + ticks] === '`') {
      while (text[close + ticks] === '`') close++;
      continue;
    }
    const inner = text.slice(at + ticks, close);
    if (!inner) return undefined;
    // `` `a` `` keeps its backticks: one space on both sides is padding.
    const trimmed = /^ .* $/s.test(inner) && inner.trim() ? inner.slice(1, -1) : inner;
    return { node: { type: 'code', text: trimmed }, end: close + ticks };
  }
  return undefined;
}

function emphasisSpan(text: string, at: number, links: boolean): Span | undefined {
  const strong = text.startsWith('**', at) || text.startsWith('__', at);
  const marker = strong ? text.slice(at, at + 2) : text[at]!;
  const from = at + marker.length;
  if (isSpace(text[from])) return undefined;
  // snake_case stays text: `_` opens only outside a word.
  if (marker.startsWith('_') && isWordChar(text[at - 1])) return undefined;
  const close = findCloser(text, marker, from);
  if (close < 0) return undefined;
  return {
    node: { type: strong ? 'strong' : 'em', children: parse(text.slice(from, close), links) },
    end: close + marker.length,
  };
}

function linkSpan(text: string, at: number): Span | undefined {
  const closeText = text.indexOf('](', at + 1);
  if (closeText < 0) return undefined;
  const label = text.slice(at + 1, closeText);
  if (!label || label.includes('[') || label.includes('\n')) return undefined;
  const closeHref = text.indexOf(')', closeText + 2);
  if (closeHref < 0) return undefined;
  const href = text.slice(closeText + 2, closeHref).trim();
  if (!href || /\s/.test(href)) return undefined;
  return { node: { type: 'link', href, children: parse(label, false) }, end: closeHref + 1 };
}

function spanAt(text: string, at: number, links: boolean): Span | undefined {
  switch (text[at]) {
    case '`':
      return codeSpan(text, at);
    case '*':
    case '_':
      return emphasisSpan(text, at, links);
    case '[':
      return links ? linkSpan(text, at) : undefined;
    default:
      return undefined;
  }
}

function parse(text: string, links: boolean): InlineNode[] {
  const nodes: InlineNode[] = [];
  let plain = '';
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (char === '\\' && ESCAPABLE.has(text[at + 1] ?? '')) {
      plain += text[at + 1];
      at += 2;
      continue;
    }
    const span = spanAt(text, at, links);
    if (!span) {
      plain += char;
      // A run of one marker is text as a whole: `**` that closes nothing does not open `*`.
      at++;
      while (
        char !== '\\' &&
        char !== '[' &&
        text[at] === char &&
        (char === '*' || char === '_' || char === '`')
      ) {
        plain += char;
        at++;
      }
      continue;
    }
    if (plain) nodes.push({ type: 'text', text: plain });
    plain = '';
    nodes.push(span.node);
    at = span.end;
  }
  if (plain) nodes.push({ type: 'text', text: plain });
  return nodes;
}

/**
 * The inline Markdown of a text as nodes; everything else is text.
 * @example parseInlineMarkdown('a `status` field') // [text 'a ', code 'status', text ' field']
 */
export function parseInlineMarkdown(text: string): InlineNode[] {
  return parse(text, true);
}

/** What {@link inlineMarkdownToHtml} needs from its caller. */
export interface InlineHtmlOptions {
  /** Escapes text for HTML content and quoted attributes. */
  readonly escape: (text: string) => string;
  /** The URL a link may point to, or `undefined` to show its text unlinked (only http(s), say). */
  readonly linkUrl: (href: string) => string | undefined;
  /** Extra attributes of every link, already HTML. @default '' */
  readonly linkAttributes?: string;
}

/**
 * A text's inline Markdown as HTML: all text escaped, links only where
 * `linkUrl` allows them.
 * @example inlineMarkdownToHtml('a `<b>`', { escape, linkUrl }) // 'a <code>&lt;b&gt;</code>'
 */
export function inlineMarkdownToHtml(text: string, options: InlineHtmlOptions): string {
  const write = (nodes: readonly InlineNode[]): string =>
    nodes
      .map((node) => {
        switch (node.type) {
          case 'text':
            return options.escape(node.text);
          case 'code':
            return `<code>${options.escape(node.text)}</code>`;
          case 'em':
          case 'strong':
            return `<${node.type}>${write(node.children)}</${node.type}>`;
          default: {
            const url = options.linkUrl(node.href);
            const label = write(node.children);
            return url
              ? `<a href="${options.escape(url)}"${options.linkAttributes ?? ''}>${label}</a>`
              : label;
          }
        }
      })
      .join('');
  return write(parseInlineMarkdown(text));
}
