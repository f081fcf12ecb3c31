import { html } from '../../docs/html-template.js';
import { decodeForm, exampleForm, findExample, type PlaygroundForm } from '../playground-input.js';
import { renderDecoded, renderNothingDecoded } from '../render/decoded-view.js';
import { setUpCopyButtons } from './copy-buttons.js';
import { pageLang } from './page-lang.js';

export { registerServerPacks } from './server-packs.js';

// Decoding a large body takes a few milliseconds; waiting for a pause in
// typing keeps every keystroke instant.
const DEBOUNCE_MS = 250;

interface Fields {
  readonly provider: HTMLSelectElement;
  readonly status: HTMLInputElement;
  readonly url: HTMLInputElement;
  readonly headers: HTMLTextAreaElement;
  readonly body: HTMLTextAreaElement;
}

function fieldsOf(doc: Document): Fields | undefined {
  const provider = doc.querySelector<HTMLSelectElement>('#provider');
  const status = doc.querySelector<HTMLInputElement>('#status');
  const url = doc.querySelector<HTMLInputElement>('#url');
  const headers = doc.querySelector<HTMLTextAreaElement>('#headers');
  const body = doc.querySelector<HTMLTextAreaElement>('#body');
  return provider && status && url && headers && body
    ? { provider, status, url, headers, body }
    : undefined;
}

function read(fields: Fields): PlaygroundForm {
  return {
    provider: fields.provider.value,
    status: fields.status.value,
    url: fields.url.value,
    headers: fields.headers.value,
    body: fields.body.value,
  };
}

function fill(fields: Fields, form: PlaygroundForm): void {
  fields.provider.value = form.provider;
  fields.status.value = form.status;
  fields.url.value = form.url ?? '';
  fields.headers.value = form.headers;
  fields.body.value = form.body;
}

/**
 * The playground in the browser: it decodes as the reader types or picks
 * (after a short pause), with the library's own `decode()`; picking an
 * example fills the form. Nothing is sent to the server.
 */
export function setUpPlayground(doc: Document = document): void {
  const form = doc.querySelector<HTMLFormElement>('#playground-form');
  const picker = doc.querySelector<HTMLSelectElement>('#example');
  const result = doc.querySelector<HTMLElement>('#result');
  const fields = fieldsOf(doc);
  if (!form || !result || !fields) return;
  const lang = pageLang(doc);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = () => {
    clearTimeout(timer);
    const input = read(fields);
    if (!input.body.trim() && !input.status.trim()) {
      result.innerHTML = renderNothingDecoded(lang).toString();
      return;
    }
    const outcome = decodeForm(input, lang);
    result.innerHTML = (
      outcome.ok
        ? renderDecoded({
            record: outcome.record,
            detected: outcome.detected,
            host: outcome.host,
            lang,
          })
        : html`<p class="error-box" role="alert">${outcome.error}</p>`
    ).toString();
    setUpCopyButtons(doc, result);
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(show, DEBOUNCE_MS);
  };
  const load = () => {
    const example = findExample(picker?.value);
    if (!example) return;
    fill(fields, exampleForm(example));
    show();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  picker?.addEventListener('change', load);
  picker?.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  // Typed while the decoders were loading: decode what is there now.
  if (fields.body.value.trim() && !result.querySelector('#decoded')) show();
}
