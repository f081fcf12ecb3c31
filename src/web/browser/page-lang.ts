import type { Lang } from '../../model/catalog.js';

/** The language the server rendered the page in (`<html lang>`). */
export function pageLang(doc: Document = document): Lang {
  return doc.documentElement.lang === 'ru' ? 'ru' : 'en';
}
