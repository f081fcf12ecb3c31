import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../docs/escape-html.js';
import { safeUrl } from '../docs/safe-url.js';
import { inlineMarkdownToHtml, parseInlineMarkdown } from './inline-markdown.js';

const toHtml = (text: string) =>
  inlineMarkdownToHtml(text, { escape: escapeHtml, linkUrl: safeUrl });

describe('parseInlineMarkdown', () => {
  it('finds code spans, emphasis, strong text and links', () => {
    expect(parseInlineMarkdown('a `status` field')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'code', text: 'status' },
      { type: 'text', text: ' field' },
    ]);
    expect(parseInlineMarkdown('*not* **always** [docs](https://x.test/a)')).toEqual([
      { type: 'em', children: [{ type: 'text', text: 'not' }] },
      { type: 'text', text: ' ' },
      { type: 'strong', children: [{ type: 'text', text: 'always' }] },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://x.test/a', children: [{ type: 'text', text: 'docs' }] },
    ]);
  });

  it('keeps snake_case, lone stars, {params} and unclosed markers as text', () => {
    for (const text of [
      'В переданном запросе неверно задан vehicle_id',
      'rate_limit_exceeded and user_rate_limit',
      '5 * 3 = 15, 2 * 2',
      'An unexpected system error occurred {error_type}: {error_message}',
      'a ` lone backtick',
      '[not a link] (x)',
      '**',
    ]) {
      expect(parseInlineMarkdown(text)).toEqual([{ type: 'text', text }]);
    }
  });

  it('takes backslash escapes and longer code fences literally', () => {
    expect(parseInlineMarkdown('\\*a\\*')).toEqual([{ type: 'text', text: '*a*' }]);
    expect(parseInlineMarkdown('`` a`b ``')).toEqual([{ type: 'code', text: 'a`b' }]);
  });

  it('stays fast on a long run of openers that close nothing', () => {
    const started = performance.now();
    parseInlineMarkdown('*_[`'.repeat(5000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('inlineMarkdownToHtml', () => {
  it('renders code, emphasis and links', () => {
    expect(toHtml('a `state: fail` envelope, *see* [docs](https://x.test/?a=1&b=2)')).toBe(
      'a <code>state: fail</code> envelope, <em>see</em> <a href="https://x.test/?a=1&amp;b=2">docs</a>',
    );
  });

  it('escapes all text, in code and links too', () => {
    expect(
      toHtml('<script>alert(1)</script> `<b>` [<i>x</i>](https://x.test/"onmouseover=1)'),
    ).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; <code>&lt;b&gt;</code> <a href="https://x.test/%22onmouseover=1">&lt;i&gt;x&lt;/i&gt;</a>',
    );
  });

  it('links only to http(s): other schemes show their text', () => {
    expect(toHtml('[click](javascript:alert(1))')).not.toContain('href');
    expect(toHtml('[file](file:///etc/passwd) [data](data:text/html,x) [rel](/x)')).toBe(
      'file data rel',
    );
  });
});
