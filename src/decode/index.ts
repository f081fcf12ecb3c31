export { type HeaderMap, type HeadersInput, normalizeHeaders } from '../wire/headers.js';
export {
  parseRateLimitHeaders,
  type RateLimitInfo,
  retryAfterFromHeaders,
} from '../wire/rate-limit-headers.js';
export { isSecretName, REDACTED, redactHeaders, redactText, redactUrl } from '../wire/redact.js';
export {
  createResponseView,
  DEFAULT_MAX_BODY_BYTES,
  type RawResponse,
  type ResponseView,
  readResponse,
} from '../wire/response-view.js';
export { buildRecord, resolveEntry } from './build-record.js';
export { type CodeIndex, createCodeIndex } from './code-index.js';
export { type DecodeOptions, decode, decodeView, detectDialect, dialectOf } from './decode.js';
export { type DecodeRequest, readDecodeRequest } from './decode-request.js';
export { type EncodeOptions, encode } from './encode.js';
