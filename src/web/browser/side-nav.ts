// As wide as the stylesheet's two-column layout (styles.ts: 64rem).
const WIDE = '(min-width: 64rem)';

/**
 * Opens the side navigation beside the codes on a wide screen and folds it
 * on a phone, following the window as it resizes; on a phone a chosen link
 * folds it again so the target shows.
 */
export function setUpSideNav(doc: Document = document): void {
  const nav = doc.querySelector<HTMLDetailsElement>('details.side-nav');
  const view = doc.defaultView;
  if (!nav || !view) return;
  const wide = view.matchMedia(WIDE);
  nav.open = wide.matches;
  wide.addEventListener('change', () => {
    nav.open = wide.matches;
  });
  nav.addEventListener('click', (event) => {
    if (!wide.matches && (event.target as Element).closest('a')) nav.open = false;
  });
}
