import { z } from 'zod';
import { type ExchangeOrProblem, methodOf, timeOf } from './exchange.js';

// What triage reads of a HAR 1.2 entry (http://www.softwareishard.com/blog/har-12-spec/),
// checked loosely: browsers' devtools, mitmproxy and Charles each leave out
// or add members the spec names, so only the members used are required, and
// the rest of the entry is neither checked nor copied.
const header = z.looseObject({ name: z.string(), value: z.string() });
const harEntry = z.looseObject({
  startedDateTime: z.string().optional(),
  request: z.looseObject({ method: z.string(), url: z.string() }),
  response: z.looseObject({
    status: z.number().int(),
    headers: z.array(header).optional(),
    content: z
      .looseObject({
        text: z.string().optional(),
        encoding: z.string().optional(),
      })
      .optional(),
  }),
});

/** The bytes of a base64 text, or undefined when it is not base64. */
function fromBase64(text: string): Uint8Array | undefined {
  try {
    const binary = atob(text.replace(/\s+/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/**
 * The exchange of one parsed HAR entry, or what is wrong with it (the first
 * member that does not fit, as a JSON pointer within the entry).
 * @example harEntryExchange({ request: { method: 'GET', url }, response: { status: 429 } })
 */
export function harEntryExchange(value: unknown): ExchangeOrProblem {
  const parsed = harEntry.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const pointer = issue.path.map((p) => `/${String(p)}`).join('');
    return { problem: `not a HAR entry: ${pointer || 'the entry'}: ${issue.message}` };
  }
  const { request, response, startedDateTime } = parsed.data;
  const content = response.content;
  let body: string | Uint8Array = content?.text ?? '';
  if (content?.encoding === 'base64' && body) {
    const bytes = fromBase64(body);
    if (bytes === undefined)
      return { problem: 'not a HAR entry: /response/content/text: not base64' };
    body = bytes;
  }
  return {
    time: timeOf(startedDateTime),
    method: methodOf(request.method),
    url: request.url,
    status: response.status,
    headers: (response.headers ?? []).map((h) => [h.name, h.value] as const),
    body,
  };
}
