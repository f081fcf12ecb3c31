/** What the decoder chunk offers the page. */
export interface PlaygroundModule {
  setUpPlayground(doc?: Document): void;
}

// Touching any of these means the reader is about to decode.
const WAKE_EVENTS = ['focusin', 'pointerdown', 'input', 'change'] as const;

/**
 * Loads the decoder chunk on the first touch of the playground's forms and
 * hands it the page. An edit made before it arrived is passed on (a pick
 * from the example list is not lost), and a form sent meanwhile waits for it
 * rather than going to the server; should the chunk fail to load, the forms
 * post to the server as they do without JavaScript.
 */
export function setUpPlaygroundLoader(
  load: () => Promise<PlaygroundModule>,
  doc: Document = document,
): void {
  const root = doc.querySelector<HTMLElement>('.playground');
  if (!root) return;
  let started = false;
  let held: HTMLFormElement | undefined;
  const hold = (event: SubmitEvent) => {
    event.preventDefault();
    held = event.target as HTMLFormElement;
  };
  const wake = (event: Event) => {
    if (started) return;
    started = true;
    for (const type of WAKE_EVENTS) root.removeEventListener(type, wake, true);
    root.addEventListener('submit', hold);
    load()
      .then((module) => {
        root.removeEventListener('submit', hold);
        module.setUpPlayground(doc);
        // The chunk's listeners missed the edit that loaded them: pass it on
        // (a list's pick as its change, a text's as its input).
        const target = event.target;
        if ((event.type === 'input' || event.type === 'change') && target instanceof Element) {
          const type = target.tagName === 'SELECT' ? 'change' : 'input';
          target.dispatchEvent(new Event(type, { bubbles: true }));
        }
        held?.requestSubmit();
        doc.documentElement.dataset.kodexDecoder = 'ready';
      })
      .catch(() => {
        root.removeEventListener('submit', hold);
        held?.submit();
      });
  };
  for (const type of WAKE_EVENTS) root.addEventListener(type, wake, true);
}
