import { builtInLookup } from '../../lookup/index.js';
import { providerNames } from '../render/provider-names.js';
import { renderSearchResults } from '../render/search-results.js';
import { pageLang } from './page-lang.js';

const MAX_HITS = 12;
// Long enough to skip work between keystrokes, short enough to feel instant.
const DEBOUNCE_MS = 60;

/**
 * Searches as the reader types, in the browser, with the library's own
 * search (MiniSearch with Russian and English stemming); the form still
 * submits to `/search` on Enter.
 */
export function setUpInstantSearch(doc: Document = document): void {
  const input = doc.querySelector<HTMLInputElement>('#q');
  const panel = doc.querySelector<HTMLElement>('#search-panel');
  const form = input?.form;
  if (!input || !panel || !form) return;
  const lang = pageLang(doc);
  const names = providerNames();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const run = () => {
    const text = input.value.trim();
    if (!text) return close();
    const hits = builtInLookup().search(text, { limit: MAX_HITS });
    panel.innerHTML = renderSearchResults(hits, lang, names).toString();
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  input.setAttribute('aria-controls', panel.id);
  input.setAttribute('aria-expanded', 'false');
  // The index is built on first search; build it while the reader starts typing.
  input.addEventListener('focus', () => builtInLookup().search('warm up', { limit: 1 }), {
    once: true,
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
    if (event.key === 'ArrowDown' && !panel.hidden) {
      event.preventDefault();
      panel.querySelector<HTMLAnchorElement>('a')?.focus();
    }
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  // A hit opens its anchor; on the same page the panel would hide the target.
  panel.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) close();
  });
  doc.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
}
