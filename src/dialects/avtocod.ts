import { avtocod } from '../catalogs/avtocod.js';
import type { ErrorRecord } from '../model/record.js';
import {
  isObject,
  type JsonObject,
  own,
  ownArray,
  ownObject,
  ownText,
  plainParams,
} from '../wire/json-access.js';
import { isSecretName, REDACTED } from '../wire/redact.js';
import type { ResponseView } from '../wire/response-view.js';
import type { Dialect, WireError } from './dialect.js';
import { allErrors, compact, jsonResponse } from './encode-helpers.js';
import { wireError } from './wire.js';

// Avtocod's error reference («Ошибка при выполнении запроса api»): an HTTP error status
// and the envelope {"state": "fail", "version", "stamp", "event": {"uid",
// "stamp", "code", "cls", "type", "name", "message", "data", "events": []}},
// where `data` holds the parameters of `message` and `events` further errors;
// a success is HTTP 200 with {"state": "ok", …}. Also decoded: the event
// without the envelope ({"code", "cls", "type", …} or {"event": {…}}), and an
// event with only a `type`, whose code is the catalog code of that type
// (docs/taxonomy.md); of two codes with one type the catalog's first wins, S011
// over S023.

/** An Avtocod code: G, S, B or D and three digits (`B011`), checked without a regex call. */
function isEventCode(code: string): boolean {
  if (code.length !== 4 || !'GSBD'.includes(code[0]!)) return false;
  for (let i = 1; i < 4; i++) {
    const c = code.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
const CLASSES: Readonly<Record<string, string>> = {
  G: 'Global',
  S: 'Security',
  B: 'Billing',
  D: 'Data',
};
const MAX_EVENTS = 100;
const MAX_DEPTH = 4;

// event.type → code, first in catalog order.
const codeOfType = new Map<string, string>();
for (const entry of avtocod.entries)
  if (!codeOfType.has(entry.name)) codeOfType.set(entry.name, entry.code);

/** The event a body carries: `event` of the envelope or of a bare `{event}`, else the body itself. */
function eventOf(body: unknown): JsonObject | undefined {
  if (!isObject(body)) return undefined;
  if (Object.hasOwn(body, 'event')) return ownObject(body, 'event');
  return ownText(body, 'code') !== undefined || ownText(body, 'type') !== undefined
    ? body
    : undefined;
}

/** How surely an event object is Avtocod's: a G/S/B/D code, or a type the catalog knows. */
function eventScore(event: JsonObject | undefined): number {
  if (!event) return 0;
  const code = ownText(event, 'code');
  if (code !== undefined && isEventCode(code)) return 1;
  const type = ownText(event, 'type');
  return type !== undefined && codeOfType.has(type) ? 0.9 : 0;
}

// S100 echoes the malformed token in its message («…токена авторизации:<token>»),
// which the core's English-only text redaction does not catch. The token is the
// rest of the line: an `AR-REST …` token holds a space.
const TOKEN_IN_TEXT =
  /(токен[а-яё]{0,3}(?:\s{1,3}[а-яё]{1,20}){0,2}\s{0,3}:\s{0,3})[^\r\n]{1,4096}/giu;
const MAYBE_TOKEN = /токен/iu;

/** The message with every secret-named `data` value, and a token after «токена …:», replaced. */
function scrubMessage(
  message: string,
  params: Readonly<Record<string, unknown>> | undefined,
): string {
  let out = message;
  if (params !== undefined) {
    for (const key of Object.keys(params)) {
      const value = params[key];
      const secret = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      // The name is tested (a regex) only for a value the message holds.
      if (secret.length >= 4 && out.includes(secret) && isSecretName(key))
        out = out.split(secret).join(REDACTED);
    }
  }
  // A global replace costs even when nothing matches; the test of what every
  // match starts with costs a fraction of it (bench/README.md, "Figures
  // behind code comments").
  return MAYBE_TOKEN.test(out) ? out.replace(TOKEN_IN_TEXT, `$1${REDACTED}`) : out;
}

function toWire(event: JsonObject): WireError | undefined {
  const type = ownText(event, 'type');
  const code = ownText(event, 'code') || (type ? (codeOfType.get(type) ?? type) : undefined);
  if (!code) return undefined;
  const params = plainParams(own(event, 'data'));
  const message = ownText(event, 'message');
  const name = ownText(event, 'name');
  const wire = wireError(code, message ? scrubMessage(message, params) : undefined);
  if (params !== undefined) wire.params = params;
  if (name) wire.hint = { title: name };
  return wire;
}

/** The event and its nested `events`, depth first, bounded in depth and count. */
function collect(event: JsonObject, depth: number, out: WireError[]): void {
  if (out.length >= MAX_EVENTS) return;
  const wire = toWire(event);
  if (wire) out.push(wire);
  if (depth >= MAX_DEPTH) return;
  for (const nested of (ownArray(event, 'events') ?? []).slice(0, MAX_EVENTS)) {
    if (out.length >= MAX_EVENTS) return;
    if (isObject(nested)) collect(nested, depth + 1, out);
  }
}

function encodeEvent(record: ErrorRecord, stamp: string, events: readonly unknown[]) {
  return compact({
    uid: '',
    stamp,
    code: record.code,
    cls: CLASSES[record.code[0] ?? ''],
    type: record.name,
    name: record.title,
    message: record.detail,
    data: record.params ?? {},
    events,
  });
}

function detectJson(body: unknown): number {
  if (!isObject(body)) return 0;
  const state = ownText(body, 'state');
  const enveloped = state === 'fail' || state === 'ok';
  const event = ownObject(body, 'event');
  if (enveloped && event) return eventScore(event) === 1 ? 0.95 : eventScore(event) ? 0.9 : 0.6;
  if (enveloped && ownText(body, 'version') !== undefined) return 0.5;
  if (event) return eventScore(event) === 1 ? 0.8 : eventScore(event) ? 0.75 : 0;
  const score = eventScore(body);
  if (score === 1) return Object.values(CLASSES).includes(ownText(body, 'cls') ?? '') ? 0.8 : 0.75;
  return score ? 0.7 : 0;
}

function decodeJson(view: ResponseView): WireError[] | null {
  const body = view.json();
  if (ownText(body, 'state') === 'ok') return null;
  const event = eventOf(body);
  if (!event) return [];
  const errors: WireError[] = [];
  collect(event, 0, errors);
  return errors;
}

/** Avtocod: the `state: fail` envelope with its `event`, or the event alone. */
export const avtocodDialect: Dialect = {
  id: 'avtocod',
  provider: 'avtocod',
  formats: ['json'],
  // The envelope, a bare {event}, or the event itself (code or type).
  detectKeys: [['state'], ['event'], ['code'], ['type']],

  detect: (view) => detectJson(view.json()),

  decode: decodeJson,

  encode(record, options = {}) {
    const stamp = new Date(options.now?.() ?? Date.now()).toISOString();
    const others = (record.others ?? []).map((o) => encodeEvent(o, stamp, []));
    const body = {
      state: 'fail',
      version: '2.0',
      stamp,
      event: encodeEvent(allErrors(record)[0]!, stamp, others),
    };
    return jsonResponse(record, record.status, body);
  },
};
