// The playground's entry: small, so the page loads at once; the decoders
// (the library's own, every catalog with them) come in a chunk of their own
// the first time the reader touches the form, or at once when the page opens
// with a body to decode. The server's packs are registered with them.
import { setUpPlaygroundLoader } from './playground-loader.js';

setUpPlaygroundLoader(async () => {
  const playground = await import('./playground.js');
  await playground.registerServerPacks(document);
  return playground;
});
