import { ApiError, isApiError } from '../../errors/api-error.js';
import type { KodexClient } from '../create-client.js';

// The slice of axios's adapter contract used here, so kodex needs no axios
// types: an adapter takes the request config and resolves to a response.
interface AxiosLikeConfig {
  url?: string;
  baseURL?: string;
  method?: string;
  headers?: Record<string, unknown> | { toJSON?: () => Record<string, unknown> };
  data?: unknown;
  params?: Record<string, unknown>;
  responseType?: string;
  signal?: AbortSignal | unknown;
}

function fullUrl(config: AxiosLikeConfig): string {
  const url = new URL(config.url ?? '', config.baseURL);
  for (const [key, value] of Object.entries(config.params ?? {})) {
    if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

function headersOf(config: AxiosLikeConfig): Headers {
  const raw =
    (config.headers as { toJSON?: () => Record<string, unknown> })?.toJSON?.() ??
    config.headers ??
    {};
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined && value !== null && typeof value !== 'object')
      headers.set(name, String(value));
  }
  return headers;
}

/**
 * An axios adapter that sends through a kodex client: error responses reject
 * with kodex's `ApiError` (its `record` says what happened), and the client's
 * retries, limits, re-authentication and circuit apply.
 * @example const api = axios.create({ adapter: axiosAdapter(createClient({ provider: 'amocrm' })) });
 */
export function axiosAdapter(client: KodexClient) {
  return async (config: AxiosLikeConfig) => {
    let response: Response;
    try {
      response = await client.fetch(fullUrl(config), {
        method: (config.method ?? 'get').toUpperCase(),
        headers: headersOf(config),
        body:
          config.data === undefined || config.data === null ? undefined : (config.data as BodyInit),
        signal: config.signal instanceof AbortSignal ? config.signal : undefined,
      });
    } catch (error) {
      // axios rewrites `error.response` into its own response shape, which a
      // fetch Response (read-only headers) cannot take: hand it the record
      // without the spent response.
      if (isApiError(error))
        throw new ApiError(error.record, {
          message: error.message,
          cause: error,
          reason: error.reason,
        });
      throw error;
    }
    const text = await response.text();
    let data: unknown = text;
    if (config.responseType === 'json' || config.responseType === undefined) {
      try {
        data = text ? JSON.parse(text) : text;
      } catch {
        data = text;
      }
    }
    return {
      data,
      status: response.status,
      statusText: response.statusText,
      headers: Object.fromEntries(response.headers),
      config,
      request: {},
    };
  };
}
