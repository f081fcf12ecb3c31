import { html } from '../html.js';
import { decodeForm, exampleForm, findExample, type PlaygroundForm } from '../playground-input.js';
import { renderDecoded } from '../render/decoded-view.js';
import { pageLang } from './page-lang.js';

interface Fields {
  readonly provider: HTMLSelectElement;
  readonly status: HTMLInputElement;
  readonly headers: HTMLTextAreaElement;
  readonly body: HTMLTextAreaElement;
}

function fieldsOf(doc: Document): Fields | undefined {
  const provider = doc.querySelector<HTMLSelectElement>('#provider');
  const status = doc.querySelector<HTMLInputElement>('#status');
  const headers = doc.querySelector<HTMLTextAreaElement>('#headers');
  const body = doc.querySelector<HTMLTextAreaElement>('#body');
  return provider && status && headers && body ? { provider, status, headers, body } : undefined;
}

function read(fields: Fields): PlaygroundForm {
  return {
    provider: fields.provider.value,
    status: fields.status.value,
    headers: fields.headers.value,
    body: fields.body.value,
  };
}

function fill(fields: Fields, form: PlaygroundForm): void {
  fields.provider.value = form.provider;
  fields.status.value = form.status;
  fields.headers.value = form.headers;
  fields.body.value = form.body;
}

/**
 * The playground in the browser: picking an example fills the form, and
 * decoding runs here, with the library's own `decode()`; nothing is sent to
 * the server.
 */
export function setUpPlayground(doc: Document = document): void {
  const form = doc.querySelector<HTMLFormElement>('#playground-form');
  const picker = doc.querySelector<HTMLSelectElement>('#example');
  const result = doc.querySelector<HTMLElement>('#result');
  const fields = fieldsOf(doc);
  if (!form || !result || !fields) return;
  const lang = pageLang(doc);

  const show = () => {
    const outcome = decodeForm(read(fields), lang);
    result.innerHTML = (
      outcome.ok
        ? renderDecoded({ record: outcome.record, detected: outcome.detected, lang })
        : html`<p class="error-box" role="alert">${outcome.error}</p>`
    ).toString();
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
  picker?.addEventListener('change', load);
  picker?.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
}
