import { http } from '../catalogs/http.js';
import type { CatalogEntry } from '../model/catalog.js';
import { isObject, own, ownText } from '../wire/json-access.js';
import type { ResponseView } from '../wire/response-view.js';
import type { Dialect } from './dialect.js';
import { errorHeaders } from './encode-helpers.js';

// Plain HTTP: only the status speaks. The detail is what a person would read
// on the page: the <title> or <h1> of a proxy's HTML page (nginx, Cloudflare),
// the first line of a plain-text body, or a common message member of JSON of
// no known shape.

const MAX_DETAIL = 500;

// 2xx statuses the HTTP catalog marks as pending rather than success.
const PENDING_STATUSES: ReadonlySet<number> = new Set(
  http.entries.filter((e: CatalogEntry) => e.kind === 'pending').map((e) => e.status),
);

function squashAll(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// White space runs become one space, so the squashed form of a prefix is a
// prefix of the whole text's, up to one trailing space: when a prefix gives
// more than MAX_DETAIL characters, they are the whole text's first ones, and
// a long line (a body read as text) is not rewritten to the end.
const SQUASH_PREFIX = 4 * MAX_DETAIL;

function squash(text: string): string {
  if (text.length > SQUASH_PREFIX) {
    const head = squashAll(text.slice(0, SQUASH_PREFIX));
    if (head.length > MAX_DETAIL) return head.slice(0, MAX_DETAIL);
  }
  return squashAll(text).slice(0, MAX_DETAIL);
}

/** The text up to its first line break (`\n` or `\r\n`), found without a regex over the whole text. */
function firstLine(text: string): string {
  const lf = text.indexOf('\n');
  if (lf < 0) return text;
  return text.slice(0, text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf);
}

// Bounded, linear patterns: the tag contents cannot contain '<'.
const TITLE = /<title[^>]{0,200}>([^<]{1,500})<\/title>/i;
const H1 = /<h1[^>]{0,200}>([^<]{1,500})<\/h1>/i;
const CLOUDFLARE_CODE = /(?:error code|error)\s{0,3}(1\d{3})\b/i;

function htmlDetail(html: string): string | undefined {
  const head = html.slice(0, 64 * 1024);
  const title = TITLE.exec(head)?.[1] ?? H1.exec(head)?.[1];
  const cloudflare = /cloudflare/i.test(head) ? CLOUDFLARE_CODE.exec(head)?.[1] : undefined;
  const parts = [title && squash(title), cloudflare && `Cloudflare error ${cloudflare}`].filter(
    Boolean,
  );
  return parts.length ? parts.join(' — ') : undefined;
}

function jsonDetail(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const error = own(body, 'error');
  return (
    ownText(body, 'message') ??
    ownText(body, 'error_description') ??
    ownText(body, 'detail') ??
    ownText(body, 'msg') ??
    (typeof error === 'string' ? error : ownText(error, 'message'))
  );
}

function detailOf(view: ResponseView): string | undefined {
  const text = view.text;
  if (!text.trim()) return undefined;
  const json = view.json();
  if (json !== undefined) return jsonDetail(json);
  if (/^\s*</.test(text)) return htmlDetail(text);
  return squash(firstLine(text)) || undefined;
}

/** Plain HTTP: the status, and what a page or text body says. */
export const httpDialect: Dialect = {
  id: 'http',
  provider: 'http',
  formats: ['json', 'text', 'html'],

  // Plain HTTP is the fallback, never a detection result: no JSON body concerns it.
  detectKeys: [],
  detect: () => 0,

  decode(view) {
    // 1xx and 2xx are successes, but for 202 Accepted: the work is pending.
    if (view.status >= 100 && view.status < 300 && !PENDING_STATUSES.has(view.status)) return null;
    const detail = detailOf(view);
    return [
      detail === undefined ? { code: String(view.status) } : { code: String(view.status), detail },
    ];
  },

  encode(record) {
    return {
      status: record.status,
      headers: errorHeaders(record, 'text/plain; charset=utf-8'),
      body: record.detail ?? '',
    };
  },
};
