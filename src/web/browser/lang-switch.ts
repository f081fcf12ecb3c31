/**
 * Keeps the `#fragment` in the language switch's links, so switching on
 * `/providers/avtocod#code-B011` lands on B011 again. A server never sees a
 * fragment; without JavaScript a code's own page
 * (`/providers/avtocod/codes/B011`) keeps it instead.
 */
export function setUpLangSwitch(doc: Document = document): void {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')];
  if (!links.length) return;
  const view = doc.defaultView;
  const sync = () => {
    for (const link of links) {
      const url = new URL(link.href);
      url.hash = doc.location.hash;
      link.href = url.href;
    }
  };
  sync();
  view?.addEventListener('hashchange', sync);
  // A hit of the instant search changes the hash too; so may any script.
  for (const link of links) link.addEventListener('click', sync);
}
