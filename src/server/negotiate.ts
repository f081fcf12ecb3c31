import type { Lang } from '../model/catalog.js';

// RFC 9110 §12.5.1: media ranges with q-values. XML is answered only when the
// client prefers an XML type to every JSON one (and the dialect has XML);
// anything else, including no Accept, wildcards and unknown types, gets JSON:
// no 406, an error body is better than none.
const XML_TYPES = new Set(['application/problem+xml', 'application/xml', 'text/xml']);
const JSON_TYPES = new Set([
  'application/problem+json',
  'application/json',
  '*/*',
  'application/*',
]);
const MAX_PARTS = 32;

function qualityOf(params: readonly string[]): number {
  for (const param of params) {
    const [name, value] = param.split('=');
    if (name?.trim().toLowerCase() === 'q') {
      const q = Number(value?.trim());
      return Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 1;
    }
  }
  return 1;
}

/**
 * `xml` when the `Accept` header prefers an XML type and XML is available,
 * else `json`.
 * @example negotiateFormat('application/problem+xml', true) // 'xml'
 */
export function negotiateFormat(accept: string | undefined, xmlAvailable: boolean): 'json' | 'xml' {
  // Fast path: most clients never mention XML.
  if (!accept || !xmlAvailable || !accept.includes('xml')) return 'json';
  let json = 0;
  let xml = 0;
  for (const part of accept.slice(0, 2048).split(',', MAX_PARTS)) {
    const [range = '', ...params] = part.split(';');
    const type = range.trim().toLowerCase();
    if (XML_TYPES.has(type)) xml = Math.max(xml, qualityOf(params));
    else if (JSON_TYPES.has(type)) json = Math.max(json, qualityOf(params));
  }
  return xml > json ? 'xml' : 'json';
}

/**
 * The language the `Accept-Language` header prefers among ru and en, or
 * `fallback` when it names neither.
 * @example negotiateLang('ru-RU,ru;q=0.9,en;q=0.8', 'en') // 'ru'
 */
export function negotiateLang(acceptLanguage: string | undefined, fallback: Lang): Lang {
  if (!acceptLanguage) return fallback;
  let best: Lang = fallback;
  let bestQ = 0;
  for (const part of acceptLanguage.slice(0, 1024).split(',', MAX_PARTS)) {
    const [tag = '', ...params] = part.split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (primary !== 'ru' && primary !== 'en') continue;
    const q = qualityOf(params);
    if (q > bestQ) {
      best = primary;
      bestQ = q;
    }
  }
  return best;
}
