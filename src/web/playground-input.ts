import { decode } from '../decode/decode.js';
import { providerOfUrl } from '../decode/provider-of-url.js';
import { isUnknownProviderError } from '../errors/unknown-provider-error.js';
import type { Lang } from '../model/catalog.js';
import type { ErrorRecord } from '../model/record.js';
import { PLAYGROUND_EXAMPLES, type PlaygroundExample } from './playground-examples.js';

/** The playground form's fields, as typed. */
export interface PlaygroundForm {
  readonly status: string;
  /** `Name: value` lines. */
  readonly headers: string;
  readonly body: string;
  /** A provider id, or empty to detect it. */
  readonly provider: string;
  /** The request URL, whose host names the provider when none is chosen; empty for none. */
  readonly url?: string;
}

/**
 * What decoding the form gave: the record (`null` for a success) or why it
 * could not run. `detected` is true when the body named the provider, `host`
 * is the URL's host when that named it; neither when the provider was chosen.
 */
export type PlaygroundResult =
  | {
      readonly ok: true;
      readonly record: ErrorRecord | null;
      readonly detected: boolean;
      readonly host?: string;
    }
  | { readonly ok: false; readonly error: string };

/**
 * Headers from `Name: value` lines; lines without a colon, or with a name that
 * is not an HTTP token, are skipped. Repeated names join with `, ` (RFC 9110 §5.3).
 */
export function parseHeaderLines(text: string): Record<string, string> {
  const headers: Record<string, string> = Object.create(null);
  for (const line of text.split(/\r?\n/).slice(0, 200)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name)) continue;
    const value = line.slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/** Headers as `Name: value` lines, for filling the form from an example. */
export function formatHeaderLines(headers: Readonly<Record<string, string>>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

/** The form filled with an example. */
export function exampleForm(example: PlaygroundExample, detect = true): PlaygroundForm {
  return {
    status: String(example.response.status),
    headers: formatHeaderLines(example.response.headers),
    body: example.response.body,
    provider: detect ? '' : example.provider,
    url: '',
  };
}

/** The example with this id, if any. */
export function findExample(id: string | null | undefined): PlaygroundExample | undefined {
  return id ? PLAYGROUND_EXAMPLES.find((e) => e.id === id) : undefined;
}

const MESSAGES = {
  status: {
    en: 'The status must be an HTTP status from 100 to 599.',
    ru: 'Статус должен быть HTTP-статусом от 100 до 599.',
  },
} as const;

/**
 * Decodes the playground form with the library's own `decode()`; never throws.
 * @example decodeForm({ status: '402', headers: '', body, provider: '' }, 'ru')
 */
export function decodeForm(form: PlaygroundForm, lang: Lang): PlaygroundResult {
  const status = Number(form.status.trim());
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    return { ok: false, error: MESSAGES.status[lang] };
  }
  const provider = form.provider.trim() || undefined;
  const url = form.url?.trim() || undefined;
  // decode() prefers a chosen provider to the URL's host, and the host to the body.
  const byHost = provider === undefined && url !== undefined && providerOfUrl(url) !== undefined;
  try {
    const record = decode(
      { status, headers: parseHeaderLines(form.headers), body: form.body },
      { provider, url, lang },
    );
    if (byHost) return { ok: true, record, detected: false, host: new URL(url).hostname };
    return { ok: true, record, detected: provider === undefined };
  } catch (error) {
    if (isUnknownProviderError(error)) return { ok: false, error: error.message };
    throw error;
  }
}
