import { decodeIn } from '../../decode/decode.js';
import { providerOfUrl } from '../../decode/provider-of-url.js';
import type { Lang, ProviderCatalog } from '../../model/catalog.js';
import type { ErrorRecord } from '../../model/record.js';
import { defaultProviders, type ProviderSet } from '../../packs/provider-set.js';

/** What the classify step knows of the attempt besides its response. */
export interface ClassifyContext {
  /** Language of the record's `title`. */
  readonly lang?: Lang;
  /** The URL the attempt was sent to. */
  readonly url?: string;
  /** The providers to decode among. @default the module's own */
  readonly providers?: ProviderSet;
  /** The caller may be handed an error answer (a policy returns it): decode a copy of its body too. */
  readonly keepErrorBody?: boolean;
}

/**
 * Step 4 of an attempt: the record of a response, or null for a plain
 * success. A success is read only from a provider that may put an error in
 * it (UniSender, Mobizon: `success.signal` is `body-code`), or when it is a
 * 202 (pending), and then from a copy, so the caller gets the body untouched.
 */
export async function classify(
  response: Response,
  catalog: ProviderCatalog,
  context: ClassifyContext = {},
): Promise<ErrorRecord | null> {
  const readsSuccesses = catalog.success.signal === 'body-code';
  if (response.ok && !readsSuccesses && response.status !== 202) return null;
  const source = response.ok || context.keepErrorBody ? response.clone() : response;
  const providers = context.providers ?? defaultProviders();
  return decodeIn(providers, source, {
    provider: providerOf(response, catalog, providers, context.url),
    lang: context.lang,
  });
}

/**
 * The provider to decode an answer as. A client is made for one provider,
 * and that is the caller's word: it beats the host, as an explicit provider
 * does in decode(), so an amoCRM client keeps amoCRM records whatever host it
 * calls (a proxy, a test server). Only the generic `http` client, the one
 * made to call any API, lets a known host name the provider, so its bare
 * `{"message":"Not found"}` from Telphin or a proxy's 502 page in front of
 * Google is that provider's record, not a plain HTTP one. The host is the
 * one that answered (`Response.url`, after any redirect fetch followed), or,
 * when the response has no URL (a custom fetch's constructed Response), the
 * one the request was sent to. Only the host is read: the URL, credentials
 * and all, goes into no record.
 */
function providerOf(
  response: Response,
  catalog: ProviderCatalog,
  providers: ProviderSet,
  sentTo?: string,
): string {
  if (catalog.id !== 'http') return catalog.id;
  const url = response.url || sentTo;
  return (url && providerOfUrl(url, providers)) || catalog.id;
}
