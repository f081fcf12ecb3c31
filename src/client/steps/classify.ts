import { decode } from '../../decode/decode.js';
import type { Lang, ProviderCatalog } from '../../model/catalog.js';
import type { ErrorRecord } from '../../model/record.js';

/**
 * Step 4 of an attempt: the record of a response, or null for a plain
 * success. A success is read only from a provider that may put an error in
 * it (UniSender, Mobizon: `success.signal` is `body-code`), or when it is a
 * 202 (pending), and then from a copy, so the caller gets the body untouched.
 */
export async function classify(
  response: Response,
  catalog: ProviderCatalog,
  lang?: Lang,
): Promise<ErrorRecord | null> {
  const readsSuccesses = catalog.success.signal === 'body-code';
  if (response.ok && !readsSuccesses && response.status !== 202) return null;
  const source = response.ok ? response.clone() : response;
  return decode(source, { provider: catalog.id, lang });
}
