// The browser bundle: instant search, filters that apply on change, and the
// decode playground, all from the library's own core (src/decode,
// src/lookup, src/catalogs). The pages work without it.
import { setUpAutoSubmit } from './auto-submit.js';
import { setUpInstantSearch } from './instant-search.js';
import { setUpPlayground } from './playground.js';

setUpInstantSearch();
setUpAutoSubmit();
setUpPlayground();
document.documentElement.dataset.kodexReady = 'true';
