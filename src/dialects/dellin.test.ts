import { describe, expect, it } from 'vitest';
import { decode } from '../decode/decode.js';
import { encode } from '../decode/encode.js';

// Markup characters, an entity and a reference written as text, and the end
// of a CDATA section: all of it is text, and must come back as written.
const MESSAGE = `Tom & Jerry's <b>"bold"</b> &amp; &#65; ]]> done`;

describe('the dellin dialect', () => {
  it('decodes back, through XML as through JSON, a record with &<>"\' in its messages', () => {
    const body = JSON.stringify({
      metadata: { status: 400, detail: MESSAGE, generated_at: '2015-06-18 12:37:28' },
      errors: [
        {
          code: 281017,
          title: MESSAGE,
          detail: MESSAGE,
          fields: ['a&b<c>'],
          validValues: [`"1"`, `'2'`, '<3>'],
        },
        { code: 117004, detail: `second & <last>`, fields: ['requester'] },
      ],
    });
    const record = decode({ status: 400, body }, { provider: 'dellin' });
    expect(record).toMatchObject({
      code: '281017',
      detail: MESSAGE,
      fields: [{ path: 'a&b<c>', validValues: [`"1"`, `'2'`, '<3>'] }],
      others: [{ code: '117004', detail: `second & <last>` }],
    });
    for (const format of ['json', 'xml'] as const) {
      const encoded = encode(record!, { dialect: 'dellin', format });
      expect(decode(encoded), format).toEqual(record);
    }
  });

  it('decodes the entities and character references of an XML body', () => {
    const body =
      '<response><metadata><status>400</status></metadata><errors><code>281016</code>' +
      '<detail>&lt;receiver&gt; &amp; &#x44F;&#1103; &quot;Q&quot; &apos;A&apos; &amp;amp;</detail>' +
      '<fields>a&amp;b</fields></errors></response>';
    expect(
      decode({ status: 400, headers: { 'content-type': 'application/xml' }, body }),
    ).toMatchObject({
      provider: 'dellin',
      code: '281016',
      detail: `<receiver> & яя "Q" 'A' &amp;`,
      fields: [{ path: 'a&b' }],
    });
  });
});
