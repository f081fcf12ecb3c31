import type { ErrorRecord, FieldIssue } from '../model/record.js';

/** What redacted values are replaced with. */
export const REDACTED = '[REDACTED]';

// The one rule for names of headers, query parameters, JSON keys and template
// parameters (decode, server, client, logs and spans all ask isSecretName).
// A name is read as words: `X-Goog-Api-Key` → x goog api key, `apiKey` → api key.
// Secret when it holds one of these anywhere (`client_secret`, `db_password`)…
const SECRET_PART = /passw|passphrase|secret|credential|authorization|cookie/;
// …or when its last word is one of these (`api_key`, `x-amz-security-token`,
// `sid`), but not `tokens_count`, `token_type` or `max_tokens`.
const SECRET_LAST_WORD =
  /^(?:(?:api|access|refresh|id|auth|session|private|security|client|csrf|xsrf)?(?:key|token)|signature|sig|sid|sessid|sessionid|session|hash|pwd)$/;
// `Idempotency-Key` (the client's own header) names no credential.
const NOT_SECRET = /^idempotency[-_ ]?key$/i;

// Names repeat (a provider's parameters, the same headers): each answer is
// kept, a Map lookup costing a fraction of the words test, up to a bound so
// that hostile bodies with ever new names cannot grow the map.
const MAX_REMEMBERED = 1024;
const remembered = new Map<string, boolean>();

function testName(name: string): boolean {
  const lower = name.trim().toLowerCase();
  if (SECRET_PART.test(lower)) return true;
  if (NOT_SECRET.test(lower)) return false;
  // camelCase boundaries first, then every run of letters and digits is a word.
  const words = name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (SECRET_LAST_WORD.test(last)) return true;
  // `session_id`, `SessionID`
  return last === 'id' && words[words.length - 2] === 'session';
}

/**
 * True for a header, parameter or field name that carries a credential: one
 * holding `passw`, `passphrase`, `secret`, `credential`, `authorization` or
 * `cookie`, or whose last word is `key`, `token` (alone or after `api`,
 * `access`, `refresh`, `id`, `auth`, `session`, `private`, `security`,
 * `client`, `csrf`, `xsrf`), `signature`, `sig`, `sid`, `sessid`,
 * `sessionid`, `session`, `session id`, `hash` or `pwd`; `Idempotency-Key` excepted.
 * @example isSecretName('X-Goog-Api-Key') // true; isSecretName('max_tokens') // false
 */
export function isSecretName(name: string): boolean {
  let secret = remembered.get(name);
  if (secret === undefined) {
    secret = testName(name);
    if (remembered.size < MAX_REMEMBERED) remembered.set(name, secret);
  }
  return secret;
}

/** A copy of the headers with every credential value replaced. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const name of Object.keys(headers))
    out[name] = isSecretName(name) ? REDACTED : headers[name]!;
  return out;
}

/** A copy of the parameters: the value of every secret name replaced, credentials in text values hidden. */
export function redactParams(params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(params)) {
    const value = params[key];
    // Avtocod's S100: Avtocod echoes the malformed token in `data`.
    out[key] = isSecretName(key) ? REDACTED : typeof value === 'string' ? redactText(value) : value;
  }
  return out;
}

/** A copy of field issues with their messages redacted, and bad values of secret fields replaced. */
export function redactFields(fields: readonly FieldIssue[]): readonly FieldIssue[] {
  if (fields.length === 0) return fields;
  return fields.map((field) => {
    const secret = field.badValues !== undefined && isSecretName(field.path);
    const message = field.message === undefined ? undefined : redactText(field.message);
    if (!secret && message === field.message) return field;
    const out: { -readonly [K in keyof FieldIssue]: FieldIssue[K] } = { ...field };
    if (message !== undefined) out.message = message;
    if (secret) out.badValues = field.badValues!.map(() => REDACTED);
    return out;
  });
}

// URL replacements are written percent-encoded, so that a URL stays a URL.
const REDACTED_IN_URL = encodeURIComponent(REDACTED);
// `scheme://user:password@`, the password up to the `@` (a `:` may be in it).
const USERINFO = /^([A-Za-z][\w+.-]{0,31}:\/\/[^\s/?#@:]{0,256}:)[^\s/?#@]{1,1024}(?=@)/;
// One `name=value` of a query or fragment (OAuth puts `access_token` in the fragment).
const URL_PARAM = /[?#&]([^=&#?]{1,256})=([^&#?]*)/g;

function decodeName(name: string): string {
  if (name.indexOf('%') < 0 && name.indexOf('+') < 0) return name;
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * A URL, absolute or relative (`/path?query`), with the userinfo password and
 * the value of every query or fragment parameter with a secret name replaced,
 * and credential-shaped tokens (see {@link redactText}) anywhere else in it.
 * Everything else is kept as written.
 * @example redactUrl('/v1/x?key=AIza…&q=1') // '/v1/x?key=%5BREDACTED%5D&q=1'
 */
export function redactUrl(url: string): string {
  const question = url.indexOf('?');
  const hash = url.indexOf('#');
  const start = question < 0 ? hash : hash < 0 ? question : Math.min(question, hash);
  let head = start < 0 ? url : url.slice(0, start);
  if (head.indexOf('@') >= 0) head = head.replace(USERINFO, `$1${REDACTED_IN_URL}`);
  head = redactTokens(head);
  if (start < 0) return head;
  // A loop rather than a replace callback: on a hostile 1 MiB query of tiny
  // parameters the callbacks cost twenty times the loop.
  const tail = url.slice(start);
  let out = head;
  let copied = 0;
  URL_PARAM.lastIndex = 0;
  for (let m = URL_PARAM.exec(tail); m; m = URL_PARAM.exec(tail)) {
    const value = m[2]!;
    if (!value) continue;
    const valueAt = URL_PARAM.lastIndex - value.length;
    const hidden = isSecretName(decodeName(m[1]!)) ? REDACTED_IN_URL : redactTokens(value);
    if (hidden === value) continue;
    out += tail.slice(copied, valueAt) + hidden;
    copied = URL_PARAM.lastIndex;
  }
  return out + tail.slice(copied);
}

// Credentials inside free text. Each quantifier runs over a class that cannot
// overlap its neighbour, so no pattern can backtrack catastrophically (each
// literal on its own line is checked in redact.test.ts) and each is linear.

// `name: value`, `name=value`, `"name": "value"`, `params[name]=value`: a
// name (a word of up to 128 characters, after the start or a character that
// ends a word) and its separator; the value is hidden when isSecretName says so.
const NAME_AND_SEPARATOR = /(?:^|[^\w-])(\w[\w-]{0,127})(["'\]]?\s{0,3}[=:]\s{0,3})/g;
// The value after a separator: quoted (up to its quote, spaces included) or bare.
const VALUE = /"[^"\r\n]{1,4096}|'[^'\r\n]{1,4096}|[^\s"'&,;}<>]{1,4096}/y;
// After `Authorization:` a scheme may come before the credential: a known
// one is kept; any other first word is hidden with the word after it, since
// which of the two is the credential cannot be told.
const KNOWN_SCHEME =
  /(?:Basic|Bearer|Digest|Negotiate|NTLM|Token|AWS4-HMAC-SHA256|HOBA|Mutual|SCRAM-SHA-1|SCRAM-SHA-256|vapid|OAuth|Hawk|DPoP|ApiKey|Key) {1,3}(?=[^\s"'&,;}<>])/iy;
const NEXT_WORD = / {1,3}[^\s"'&,;}<>]{1,4096}/y;
const AUTHORIZATION = /authorization$/i;

/** Every value after a secret name hidden. */
function redactNamed(text: string): string {
  let out = '';
  let copied = 0;
  NAME_AND_SEPARATOR.lastIndex = 0;
  for (let m = NAME_AND_SEPARATOR.exec(text); m; m = NAME_AND_SEPARATOR.exec(text)) {
    if (!isSecretName(m[1]!)) {
      // Look again from the separator: `error:key=…` names a key after it.
      NAME_AND_SEPARATOR.lastIndex -= m[2]!.length;
      continue;
    }
    let at = NAME_AND_SEPARATOR.lastIndex;
    let unknownScheme = false;
    if (AUTHORIZATION.test(m[1]!)) {
      KNOWN_SCHEME.lastIndex = at;
      if (KNOWN_SCHEME.test(text)) at = KNOWN_SCHEME.lastIndex;
      else unknownScheme = true;
    }
    VALUE.lastIndex = at;
    const value = VALUE.exec(text)?.[0];
    if (value === undefined) continue;
    const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
    out += text.slice(copied, at) + quote + REDACTED;
    copied = VALUE.lastIndex;
    if (unknownScheme && !quote) {
      NEXT_WORD.lastIndex = copied;
      if (NEXT_WORD.test(text)) copied = NEXT_WORD.lastIndex;
    }
    NAME_AND_SEPARATOR.lastIndex = copied;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

// The other shapes, each replaced by `$1[REDACTED]`: `Bearer …`, `Basic …`;
// `Token …` when it holds a digit (not «Token has expired»); the password of
// `https://user:password@host`; the Russian names of Avtocod's S100
// («Неверная структура токена авторизации:…»).
const BEARER = /(\b(?:Bearer|Basic)\s{1,3})[A-Za-z0-9\-._~+/]{6,4096}=*/g;
const TOKEN_SCHEME = /(\bToken\s{1,3})(?=[A-Za-z\-._~+/]{0,64}\d)[A-Za-z0-9\-._~+/]{8,4096}=*/g;
const URL_PASSWORD = /(:\/\/[^\s/?#@:]{0,256}:)[^\s/?#@]{1,1024}(?=@)/g;
const RUSSIAN = /((?:токен|парол|api[-_ ]?ключ)[ а-яё]{0,40}[=:]\s{0,3})[^\s"'&,;}]{1,4096}/giu;

// Credentials known by their shape, wherever they stand: Google OAuth access
// tokens, JWTs, Stripe-style secret and restricted keys, Google API keys,
// GitHub tokens, Slack tokens, AWS access key ids.
const TOKEN =
  /ya29\.[\w-]{10,4096}|eyJ[\w-]{4,4096}\.[\w-]{4,4096}\.[\w-]{0,4096}|\b[rs]k_(?:live|test)_[A-Za-z0-9]{8,4096}|AIza[\w-]{35}|\bgh[opsur]_[A-Za-z0-9]{30,4096}|\bgithub_pat_\w{22,4096}|\bxox[abeoprs]-[A-Za-z0-9-]{10,4096}|\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g;
// What every TOKEN match starts with, to test before replacing.
const MAYBE_TOKEN = /ya29\.|eyJ|k_live_|k_test_|AIza|gh[opsur]_|github_pat_|xox|AKIA|ASIA/;

function redactTokens(text: string): string {
  return MAYBE_TOKEN.test(text) ? text.replace(TOKEN, REDACTED) : text;
}

// What any match of any pattern above needs: a separator, a scheme, a token's start.
const MAYBE_ANY =
  /[:=]|Bearer|Basic|Token|ya29\.|eyJ|k_live_|k_test_|AIza|gh[opsur]_|github_pat_|xox|A[KS]IA/;

// Cheap gate of redactNamed: a secret name's last word before its separator,
// or a part that makes any name secret (see SECRET_LAST_WORD, SECRET_PART), or
// a Russian credential word.
const MAYBE_NAMED =
  /(?:key|token|sig|signature|sid|session|session[-_ ]?id|hash|pwd)["'\]]?\s{0,3}[=:]|passw|passphrase|secret|credential|authorization|cookie|токен|парол|ключ/i;

// A global replace costs even when nothing matches, a test of the same
// pattern without its `g` flag a fraction of it (bench/README.md, "Figures
// behind code comments").
function replaceIf(text: string, pattern: RegExp, probe: RegExp): string {
  return probe.test(text) ? text.replace(pattern, `$1${REDACTED}`) : text;
}
const probe = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.replace('g', ''));
const [BEARER_PROBE, TOKEN_SCHEME_PROBE, URL_PASSWORD_PROBE, RUSSIAN_PROBE] = [
  BEARER,
  TOKEN_SCHEME,
  URL_PASSWORD,
  RUSSIAN,
].map(probe) as [RegExp, RegExp, RegExp, RegExp];

/**
 * A text with credentials that appear in it replaced: the value after a
 * secret name (see {@link isSecretName}) and `:` or `=` (`key=…`,
 * `"access_token": "…"`, `Authorization: Digest …`), `Bearer …`, `Basic …`,
 * `Token …`, the password of a URL, and tokens of known shapes.
 */
export function redactText(text: string): string {
  // One scan settles most messages: none of these, no credential (decoding's hot path).
  if (!MAYBE_ANY.test(text)) return text;
  let out = text;
  if (out.indexOf(':') >= 0 || out.indexOf('=') >= 0) {
    if (MAYBE_NAMED.test(out)) {
      out = redactNamed(out);
      out = replaceIf(out, RUSSIAN, RUSSIAN_PROBE);
    }
    if (out.includes('://')) out = replaceIf(out, URL_PASSWORD, URL_PASSWORD_PROBE);
  }
  if (out.includes('Bearer') || out.includes('Basic')) out = replaceIf(out, BEARER, BEARER_PROBE);
  if (out.includes('Token')) out = replaceIf(out, TOKEN_SCHEME, TOKEN_SCHEME_PROBE);
  return redactTokens(out);
}

/**
 * A copy of a record with credentials hidden in its detail, parameters,
 * field issues, link and further errors: what a server applies on the way out,
 * whoever made the record.
 */
export function redactRecord(record: ErrorRecord): ErrorRecord {
  const out: { -readonly [K in keyof ErrorRecord]: ErrorRecord[K] } = { ...record };
  if (record.detail !== undefined) out.detail = redactText(record.detail);
  if (record.params !== undefined) out.params = redactParams(record.params);
  out.fields = redactFields(record.fields);
  if (record.docs !== undefined) out.docs = redactUrl(record.docs);
  if (record.others !== undefined) out.others = record.others.map(redactRecord);
  return out;
}
