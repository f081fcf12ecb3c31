import { ui } from '../i18n.js';
import { pageLang } from './page-lang.js';

// How long a button says "Copied" before it says "Copy" again.
const CONFIRM_MS = 1500;

function copyButton(
  doc: Document,
  label: string,
  text: () => string,
  done: string,
): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'copy secondary';
  button.textContent = label;
  button.addEventListener('click', async (event) => {
    event.preventDefault();
    event.stopPropagation();
    try {
      await navigator.clipboard.writeText(text());
    } catch {
      return; // No clipboard here (an insecure origin, a refusal): the text stays selectable.
    }
    button.textContent = done;
    setTimeout(() => {
      button.textContent = label;
    }, CONFIRM_MS);
  });
  return button;
}

/**
 * Puts a Copy button beside every code and every example body, and on the
 * playground's record; without JavaScript there is no clipboard to write to.
 */
export function setUpCopyButtons(doc: Document = document, root: ParentNode = doc): void {
  const lang = pageLang(doc);
  const label = ui(lang, 'copy');
  const done = ui(lang, 'copied');
  for (const code of root.querySelectorAll<HTMLAnchorElement>('.entry-head a.code')) {
    if (code.nextElementSibling?.classList.contains('copy')) continue;
    const button = copyButton(doc, label, () => code.textContent ?? '', done);
    button.setAttribute('aria-label', `${label} ${code.textContent ?? ''}`);
    button.dataset.copy = 'code';
    code.after(button);
  }
  for (const pre of root.querySelectorAll<HTMLPreElement>('.example pre')) {
    if (pre.previousElementSibling?.classList.contains('copy')) continue;
    const button = copyButton(doc, label, () => pre.textContent ?? '', done);
    button.dataset.copy = 'body';
    pre.before(button);
  }
}
