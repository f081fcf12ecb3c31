/** What redacted values are replaced with. */
export const REDACTED = '[REDACTED]';

// Names of headers, query parameters and JSON keys that carry credentials.
const SECRET_NAME =
  /^(?:authorization|proxy-authorization|cookie|set-cookie|x-api-key|x-auth-token|api[-_]?key|apikey|access[-_]?token|refresh[-_]?token|id[-_]?token|token|auth[-_]?token|client[-_]?secret|secret|password|passwd|pwd|session[-_]?id|sessionid|sid|signature|sig|hash|key)$/i;

/** True for a header, parameter or field name that carries a credential. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name.trim());
}

/** A copy of the headers with every credential value replaced. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const name of Object.keys(headers))
    out[name] = isSecretName(name) ? REDACTED : headers[name]!;
  return out;
}

/** A URL with credential query parameters and the userinfo password replaced. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactText(url);
  }
  if (parsed.password) parsed.password = 'REDACTED';
  for (const name of [...parsed.searchParams.keys()]) {
    if (isSecretName(name)) parsed.searchParams.set(name, REDACTED);
  }
  return parsed.toString();
}

// Credentials inside free text: `api_key=…`, `"access_token": "…"`, `Bearer …`.
// Each quantifier runs over a class that cannot overlap its neighbour, so the
// patterns cannot backtrack catastrophically (checked in redact.test.ts).
const IN_TEXT = [
  /((?:api[-_]?key|apikey|access[-_]?token|refresh[-_]?token|client[-_]?secret|password|token|session[-_]?id|sessionid|sid)\s{0,3}[=:]\s{0,3}["']?)[^\s"'&,;}]{1,4096}/gi,
  /("(?:api[-_]?key|apikey|access[-_]?token|refresh[-_]?token|client[-_]?secret|password|token)"\s{0,3}:\s{0,3}")[^"]{1,4096}/gi,
  /(\b(?:Bearer|Basic)\s{1,3})[A-Za-z0-9\-._~+/]{6,4096}=*/g,
  // Russian messages name them too: «Неверная структура токена авторизации:…» (seed 003, S100).
  /((?:токен|парол|api[-_ ]?ключ)[ а-яё]{0,40}[=:]\s{0,3})[^\s"'&,;}]{1,4096}/giu,
];

// Cheap gate: a text with none of these words cannot match IN_TEXT, so most
// provider messages skip the replacement passes (decoding's hot path).
const MAYBE_SECRET = /key|token|secret|passw|bearer|basic|sid|session|токен|парол|ключ/i;

/**
 * Whether IN_TEXT could match. Every pattern but the Bearer/Basic one needs a
 * `=` or `:`, and that one is case-sensitive: single-character searches (a
 * few ns each) settle most messages before any regex (~30 ns a call) runs.
 */
function maySecret(text: string): boolean {
  if ((text.indexOf(':') >= 0 || text.indexOf('=') >= 0) && MAYBE_SECRET.test(text)) return true;
  return text.indexOf('B') >= 0 && (text.includes('Bearer') || text.includes('Basic'));
}

// Each pattern without its `g` flag, to test before replacing: a global
// replace costs ~300 ns even when nothing matches, a test a tenth of that.
const PROBES = IN_TEXT.map((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '')));

/** A text with credentials that appear in it replaced. */
export function redactText(text: string): string {
  if (!maySecret(text)) return text;
  let out = text;
  for (let i = 0; i < IN_TEXT.length; i++) {
    if (PROBES[i]!.test(out)) out = out.replace(IN_TEXT[i]!, `$1${REDACTED}`);
  }
  return out;
}
