import { XMLBuilder } from 'fast-xml-parser';

const builder = new XMLBuilder({ format: true, suppressEmptyNode: true });

/**
 * The tree as PHP frameworks write a response in XML (Yii's formatter, which
 * Mobizon's API answers with): a list's members as `<item>` elements, `null`
 * as an empty element.
 */
function xmlTree(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return { item: value.map(xmlTree) };
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = xmlTree(item);
    return out;
  }
  return value;
}

/**
 * A JSON answer as the XML a provider sends when asked for XML (Mobizon
 * `output=xml`): the same tree under a `<response>` root.
 * @example xmlBody({ code: 0, data: {}, message: '' }) // '<?xml …?>\n<response><code>0</code>…'
 */
export function xmlBody(json: unknown): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ response: xmlTree(json) })}`;
}
