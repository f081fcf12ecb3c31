import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.js';
import { codeBlock, codeSpan, escapeMarkdown, markdownLink } from './escape-markdown.js';
import { safeUrl } from './safe-url.js';

describe('escapeHtml', () => {
  it('leaves no character that could open a tag or close an attribute', () => {
    const out = escapeHtml(`<a href="x" onclick='y'>&amp;</a>`);
    expect(out).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(out).not.toMatch(/[<>"']/);
  });
});

describe('safeUrl', () => {
  it('keeps web links and refuses script, data and file links', () => {
    expect(safeUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,<script>')).toBeUndefined();
    expect(safeUrl('file:///etc/passwd')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });

  it('refuses links with credentials and redacts secrets in the query', () => {
    expect(safeUrl('https://user:pw@example.com/')).toBeUndefined();
    expect(safeUrl('https://example.com/?api_key=abc&x=1')).toBe(
      'https://example.com/?api_key=%5BREDACTED%5D&x=1',
    );
  });
});

describe('escapeMarkdown', () => {
  it('writes HTML as entities and backslashes Markdown punctuation', () => {
    expect(escapeMarkdown('*a* _b_ [c](d) | `e` <i>&')).toBe(
      '\\*a\\* \\_b\\_ \\[c\\](d) \\| \\`e\\` &lt;i&gt;&amp;',
    );
  });

  it('keeps text on one line so that it cannot start a heading, list or fence', () => {
    expect(escapeMarkdown('a\n# b\r\n```')).toBe('a # b \\`\\`\\`');
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
  });
});

describe('codeSpan and codeBlock', () => {
  it('fence code with more backticks than it holds', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a|b\nc')).toBe('`a\\|b c`');
    expect(codeBlock('x\n````\ny', 'json')).toBe('`````json\nx\n````\ny\n`````');
    expect(codeBlock('x')).toBe('```\nx\n```');
  });
});

describe('markdownLink', () => {
  it('links web URLs with parentheses encoded and shows other URLs as text', () => {
    expect(markdownLink('https://e.com/a_(b)', 'doc [1]')).toBe(
      '[doc \\[1\\]](https://e.com/a_%28b%29)',
    );
    expect(markdownLink('javascript:alert(1)')).toBe('javascript:alert(1)');
  });
});
