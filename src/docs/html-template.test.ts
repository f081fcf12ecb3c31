import { describe, expect, it } from 'vitest';
import { html, joinHtml } from './html-template.js';

describe('html', () => {
  it('escapes every interpolated text, in content and in attributes', () => {
    const evil = `<script>alert("x")</script>' onmouseover='x`;
    const out = html`<p title="${evil}">${evil}</p>`.toString();
    expect(out).not.toContain('<script>');
    expect(out).not.toContain(`'x`);
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;x">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;x</p>',
    );
  });

  it('keeps nested safe HTML as it is and joins lists', () => {
    const items = ['a<b', 'c'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>`.toString()).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
    expect(html`<p>${html`<br>`}</p>`.toString()).toBe('<p><br></p>');
  });

  it('renders false, null and undefined as nothing, numbers as text', () => {
    expect(html`[${false}${null}${undefined}${0}${402}]`.toString()).toBe('[0402]');
  });
});

describe('joinHtml', () => {
  it('joins rendered values with a newline, leaving out those that render as nothing', () => {
    const out = joinHtml([html`<p>a</p>`, '', null, false, 'b<c', html``, 7]).toString();
    expect(out).toBe('<p>a</p>\nb&lt;c\n7');
  });

  it('escapes a text separator and keeps a safe one', () => {
    expect(joinHtml(['a', 'b'], ' & ').toString()).toBe('a &amp; b');
    expect(joinHtml(['a', 'b'], html`<br>`).toString()).toBe('a<br>b');
  });
});
