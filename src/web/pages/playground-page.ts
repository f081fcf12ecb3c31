import { html, type SafeHtml } from '../../docs/html-template.js';
import { defaultLookup } from '../../lookup/index.js';
import { ui } from '../i18n.js';
import { PLAYGROUND_EXAMPLES } from '../playground-examples.js';
import type { PlaygroundForm, PlaygroundResult } from '../playground-input.js';
import { renderDecoded, renderNothingDecoded } from '../render/decoded-view.js';
import { PACKS_PATH, servedPacks } from '../served-packs.js';
import { renderLayout } from './layout.js';
import type { PageContext } from './page-context.js';

/** What the playground page shows: the form's values, and a result when the server decoded one. */
export interface PlaygroundState {
  readonly form: PlaygroundForm;
  /** The chosen example's id. */
  readonly example?: string;
  readonly result?: PlaygroundResult;
}

/** The empty form: a 200 with no body until the reader pastes or picks one. */
export const EMPTY_FORM: PlaygroundForm = {
  status: '',
  headers: '',
  body: '',
  provider: '',
  url: '',
};

function resultHtml(state: PlaygroundState, ctx: PageContext): SafeHtml {
  const result = state.result;
  if (!result) return renderNothingDecoded(ctx.lang);
  if (!result.ok) return html`<p class="error-box" role="alert">${result.error}</p>`;
  return renderDecoded({
    record: result.record,
    detected: result.detected,
    host: result.host,
    lang: ctx.lang,
  });
}

/**
 * The decode playground: paste a response or pick an example. With the
 * bundle, decoding runs in the browser; without JavaScript the same form is
 * posted and decoded by the server.
 */
export function renderPlaygroundPage(ctx: PageContext, state: PlaygroundState): SafeHtml {
  const { lang } = ctx;
  const { form } = state;
  const examples = PLAYGROUND_EXAMPLES.map(
    (e) =>
      html`<option value="${e.id}"${state.example === e.id ? html` selected` : ''}>${e.label[lang]}${e.source === 'kodex' ? '' : ` (${ui(lang, 'documentedExample')})`}</option>`,
  );
  const providers = defaultLookup().catalogs.map(
    (c) =>
      html`<option value="${c.id}"${form.provider === c.id ? html` selected` : ''}>${c.name}</option>`,
  );
  // The browser registers the server's packs before it decodes, or leaves
  // decoding to the server when one of them is code (served-packs.ts).
  const served = servedPacks();
  const packs = served.serverOnly.length
    ? html` data-packs="${PACKS_PATH}" data-decoder="server"`
    : served.packs.length
      ? html` data-packs="${PACKS_PATH}"`
      : '';
  // HTML parsers drop a newline right after <textarea>, so one is always
  // written there: a body that starts with a newline keeps it.
  const body = html`<div class="playground"${packs}>
<h1>${ui(lang, 'playground')}</h1>
<p class="lead">${ui(lang, 'playgroundIntro')}</p>
<div class="split">
<div>
<form class="example-picker" method="get" action="/playground">
<div class="actions"><label>${ui(lang, 'example')}<select name="example" id="example"><option value="">${ui(lang, 'pickExample')}</option>${examples}</select></label>
<button type="submit" class="secondary" id="load-example">${ui(lang, 'load')}</button></div>
</form>
<form id="playground-form" method="post" action="/playground">
<div class="row">
<label>${ui(lang, 'provider')}<select name="provider" id="provider"><option value="">${ui(lang, 'detect')}</option>${providers}</select></label>
<label>${ui(lang, 'httpStatus')}<input type="number" name="status" id="status" min="100" max="599" required value="${form.status}"></label>
</div>
<label>${ui(lang, 'requestUrl')} <small>${ui(lang, 'requestUrlHint')}</small><input type="text" inputmode="url" name="url" id="url" autocomplete="off" spellcheck="false" placeholder="https://example.amocrm.ru/api/v4/leads" value="${form.url ?? ''}"></label>
<label>${ui(lang, 'headers')} <small>${ui(lang, 'headersHint')}</small><textarea name="headers" id="headers" rows="3" spellcheck="false">
${form.headers}</textarea></label>
<label>${ui(lang, 'body')}<textarea name="body" id="body" rows="14" spellcheck="false">
${form.body}</textarea></label>
<div class="actions"><button type="submit" id="decode">${ui(lang, 'decode')}</button></div>
<noscript><p class="muted">${ui(lang, 'jsRequired')}</p></noscript>
</form>
</div>
<div id="result" aria-live="polite">${resultHtml(state, ctx)}</div>
</div>
</div>`;
  return renderLayout(ctx, {
    title: `${ui(lang, 'playground')} — kodex`,
    section: 'playground',
    body,
    bundle: 'playground',
  });
}
