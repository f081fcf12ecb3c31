import type { SearchHit } from '../../lookup/lookup.js';
import { renderSearchResults } from '../render/search-results.js';
import { pageLang } from './page-lang.js';

const MAX_HITS = 12;
// Long enough to skip work between keystrokes, short enough to feel instant.
const DEBOUNCE_MS = 80;

/** The links of the hits, in order: the arrow keys move between them. */
function hitLinks(panel: HTMLElement): HTMLAnchorElement[] {
  return [...panel.querySelectorAll<HTMLAnchorElement>('.hit > a')];
}

/** Whether a key press is typing into a field, where `/` is a character and not a shortcut. */
function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName))
  );
}

/**
 * Searches as the reader types, with the server's own search (`/api/search`:
 * MiniSearch with Russian and English stemming), so no page carries the
 * catalogs; the form still submits to `/search` on Enter. `/` focuses the
 * box; the arrow keys walk the hits and Escape closes them.
 */
export function setUpInstantSearch(doc: Document = document): void {
  const input = doc.querySelector<HTMLInputElement>('#q');
  const panel = doc.querySelector<HTMLElement>('#search-panel');
  const form = input?.form;
  if (!input || !panel || !form) return;
  const lang = pageLang(doc);
  const names = new Map<string, string>(
    Object.entries(JSON.parse(panel.dataset.providers ?? '{}')),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const run = async () => {
    const text = input.value.trim();
    const turn = ++asked;
    if (!text) return close();
    const params = new URLSearchParams({ q: text, limit: String(MAX_HITS) });
    let hits: SearchHit[];
    try {
      const response = await fetch(`/api/search?${params}`);
      if (!response.ok) return;
      hits = (await response.json()) as SearchHit[];
    } catch {
      return; // The server is gone; Enter still submits the form.
    }
    // An older answer that arrives late never replaces a newer one.
    if (turn !== asked) return;
    // A reader walking the hits of an earlier prefix keeps their place: the
    // same hit if it is still there, else the box, never the page's body.
    const walking = panel.contains(doc.activeElement)
      ? (doc.activeElement as HTMLAnchorElement).getAttribute('href')
      : undefined;
    panel.innerHTML = renderSearchResults(hits, lang, names, { panel: true }).toString();
    // The text these hits answer: hits for an earlier prefix may show first.
    panel.dataset.query = text;
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (walking !== undefined)
      (hitLinks(panel).find((a) => a.getAttribute('href') === walking) ?? input).focus();
  };

  input.setAttribute('aria-controls', panel.id);
  input.setAttribute('aria-expanded', 'false');
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
    if (event.key === 'ArrowDown' && !panel.hidden) {
      event.preventDefault();
      hitLinks(panel)[0]?.focus();
    }
  });
  panel.addEventListener('keydown', (event) => {
    const links = hitLinks(panel);
    const at = links.indexOf(doc.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      close();
      input.focus();
    } else if (event.key === 'ArrowDown' && at >= 0) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : links[at - 1])?.focus();
    }
  });
  // A hit opens its anchor; on the same page the panel would hide the target.
  panel.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) close();
  });
  doc.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  doc.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (typingIn(event.target)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
