// The playground's entry: small, so the page loads at once; the decoders
// (the library's own, every catalog with them) come in a chunk of their own
// the first time the reader touches the form, or at once when the page opens
// with a body to decode.
import { setUpPlaygroundLoader } from './playground-loader.js';

setUpPlaygroundLoader(() => import('./playground.js'));
