// The script of every page, a few kB: instant search through the server's
// /api/search, filters that apply on change. The decoders are not here:
// the playground loads them (playground-main.ts). The pages work without it.
import { setUpAutoSubmit } from './auto-submit.js';
import { setUpInstantSearch } from './instant-search.js';

setUpInstantSearch();
setUpAutoSubmit();
document.documentElement.dataset.kodexReady = 'true';
