/** The request as the client resends it: a body it can send again, when it has one. */
export interface Prepared {
  readonly url: string;
  /** Upper case. */
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null | undefined;
  /** A stream body can be sent once only. */
  readonly once: boolean;
  readonly init: RequestInit;
  /** The caller's signal: aborting it ends the call, waits included. */
  readonly signal: AbortSignal | undefined;
}

const isRequest = (input: unknown): input is Request =>
  typeof Request !== 'undefined' && input instanceof Request;

/** The method of a fetch call: `init`'s, else the `Request`'s, else GET; upper case. */
export function methodOf(input: RequestInfo | URL, init: RequestInit = {}): string {
  return (init.method ?? (isRequest(input) ? input.method : 'GET')).toUpperCase();
}

/** The URL of a fetch call. */
export function urlOf(input: RequestInfo | URL): string {
  return isRequest(input) ? input.url : String(input);
}

/** Reads a fetch call's arguments into a request the client can send again. */
export async function prepare(input: RequestInfo | URL, init: RequestInit = {}): Promise<Prepared> {
  const method = methodOf(input, init);
  const signal = init.signal ?? undefined;
  if (isRequest(input)) {
    const body = input.body ? await input.arrayBuffer() : undefined;
    return {
      url: input.url,
      method,
      headers: new Headers(init.headers ?? input.headers),
      body: init.body ?? body,
      once: init.body instanceof ReadableStream,
      init,
      signal,
    };
  }
  return {
    url: String(input),
    method,
    headers: new Headers(init.headers),
    body: init.body,
    once: typeof ReadableStream !== 'undefined' && init.body instanceof ReadableStream,
    init,
    signal,
  };
}
