// The script of every page, a few kB: instant search through the server's
// /api/search, filters that apply on change, the language switch that keeps
// the anchor, copy buttons and the side navigation. The decoders are not
// here: the playground loads them (playground-main.ts). The pages work
// without it.
import { setUpAutoSubmit } from './auto-submit.js';
import { setUpCopyButtons } from './copy-buttons.js';
import { setUpInstantSearch } from './instant-search.js';
import { setUpLangSwitch } from './lang-switch.js';
import { setUpSideNav } from './side-nav.js';

setUpInstantSearch();
setUpAutoSubmit();
setUpLangSwitch();
setUpCopyButtons();
setUpSideNav();
document.documentElement.dataset.kodexReady = 'true';
