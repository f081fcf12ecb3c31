import { describe, expect, it } from 'vitest';
import { withExtensions } from './extensions.js';

const response = (body: string) => ({ status: 500, headers: {}, body });

describe('withExtensions', () => {
  it('adds members at the end of a JSON object body', () => {
    const out = withExtensions(response('{"a":1}'), { correlationId: 'x"y' });
    expect(JSON.parse(out.body)).toEqual({ a: 1, correlationId: 'x"y' });
    expect(JSON.parse(withExtensions(response('{}'), { b: 'c' }).body)).toEqual({ b: 'c' });
  });

  it('adds escaped elements at the end of an XML root element', () => {
    const out = withExtensions(response('<?xml version="1.0"?>\n<problem><a>1</a></problem>\n'), {
      stack: 'at <anonymous> & more',
    });
    expect(out.body).toBe(
      '<?xml version="1.0"?>\n<problem><a>1</a><stack>at &lt;anonymous&gt; &amp; more</stack></problem>',
    );
  });

  it('follows an indented layout with one element per line', () => {
    const out = withExtensions(response('<problem>\n  <a>1</a>\n</problem>\n'), { b: '2', c: '3' });
    expect(out.body).toBe('<problem>\n  <a>1</a>\n  <b>2</b>\n  <c>3</c>\n</problem>');
  });

  it('leaves a body of another shape as it is', () => {
    for (const body of ['', 'plain text', '[1,2]']) {
      expect(withExtensions(response(body), { a: 'b' }).body).toBe(body);
    }
  });
});
