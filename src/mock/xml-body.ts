import { XMLBuilder } from 'fast-xml-parser';

// Lists repeat their element (`<data>…</data><data>…</data>`), as PHP's and
// fast-xml-parser's readers expect; `null` is an empty element.
const builder = new XMLBuilder({ format: true, suppressEmptyNode: true });

/** Replaces `null` (no XML form) with an empty string, deeply. */
function withoutNull(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(withoutNull);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = withoutNull(item);
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
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ response: withoutNull(json) })}`;
}
