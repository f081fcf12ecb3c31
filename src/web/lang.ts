import type { Lang } from '../model/catalog.js';

/** Name of the cookie that keeps the reader's language between pages. */
export const LANG_COOKIE = 'kodex_lang';

function asLang(value: string | null | undefined): Lang | undefined {
  return value === 'ru' || value === 'en' ? value : undefined;
}

/** The `kodex_lang` value of a `Cookie` header, when it names a language. */
export function langFromCookie(cookie: string | undefined): Lang | undefined {
  if (!cookie) return undefined;
  for (const part of cookie.slice(0, 4096).split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === LANG_COOKIE)
      return asLang(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** The first of ru/en an `Accept-Language` header prefers, honouring q-values. */
export function langFromAccept(accept: string | undefined): Lang | undefined {
  if (!accept) return undefined;
  let best: { lang: Lang; q: number } | undefined;
  for (const item of accept.slice(0, 1024).split(',')) {
    const [tag = '', ...params] = item.trim().split(';');
    const lang = asLang(tag.trim().toLowerCase().slice(0, 2));
    if (!lang) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang;
}

/** Where a request says which language it wants. */
export interface LangSources {
  /** `?lang=` of the URL: an explicit switch, which wins. */
  readonly query?: string | null;
  readonly cookie?: string;
  readonly acceptLanguage?: string;
}

/**
 * The page language: the `lang` query parameter, else the cookie, else the
 * browser's preference, else English.
 * @default 'en'
 */
export function resolveLang(sources: LangSources): Lang {
  return (
    asLang(sources.query) ??
    langFromCookie(sources.cookie) ??
    langFromAccept(sources.acceptLanguage) ??
    'en'
  );
}
