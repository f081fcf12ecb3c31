import type { ProviderPack } from '../../model/pack.js';
import { registerPack } from '../../packs/provider-set.js';
import type { ServedPacks } from '../served-packs.js';

/**
 * Registers the server's packs (the page's `data-packs` names where they
 * are) before the playground decodes, so the browser knows every provider
 * the server does. Rejects when a pack cannot travel (its dialect is code)
 * or cannot be fetched: the playground's forms then go to the server, as
 * they do without JavaScript.
 */
export async function registerServerPacks(doc: Document = document): Promise<void> {
  const root = doc.querySelector<HTMLElement>('.playground');
  const source = root?.dataset.packs;
  if (!source) return;
  if (root.dataset.decoder === 'server') throw new Error('decoded on the server');
  const response = await fetch(source, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
  const served = (await response.json()) as ServedPacks;
  if (served.serverOnly.length) throw new Error('decoded on the server');
  for (const pack of served.packs) registerPack(pack as ProviderPack, source);
}
