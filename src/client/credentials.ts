import type { ErrorRecord } from '../model/record.js';
import { redactUrl } from '../wire/redact.js';
import type { ClientHooks, ClientOptions } from './options.js';

/**
 * Credentials from the `reauthenticate` hook, laid over each request's
 * headers. A generation counter lets a request that failed with old
 * credentials retry with the new ones without refreshing again, and
 * concurrent failures share one refresh.
 */
export class Credentials {
  readonly #hook: ClientOptions['reauthenticate'];
  readonly #onReauthenticate: ClientHooks['onReauthenticate'];
  #headers: Headers | undefined;
  #generation = 0;
  #refreshing: Promise<void> | undefined;

  constructor(
    hook: ClientOptions['reauthenticate'],
    onReauthenticate?: ClientHooks['onReauthenticate'],
  ) {
    this.#hook = hook;
    this.#onReauthenticate = onReauthenticate;
  }

  /** Whether there is a hook to call. */
  get refreshable(): boolean {
    return this.#hook !== undefined;
  }

  /** How many refreshes there have been: the credentials a request goes out with. */
  get generation(): number {
    return this.#generation;
  }

  /** A request's headers with the refreshed credentials over them. */
  apply(headers: Headers): Headers {
    const out = new Headers(headers);
    for (const [name, value] of this.#headers ?? []) out.set(name, value);
    return out;
  }

  /** Refreshes the credentials, unless they changed since `usedGeneration`. */
  async refresh(record: ErrorRecord, url: string, usedGeneration: number): Promise<void> {
    if (usedGeneration < this.#generation) return;
    this.#refreshing ??= (async () => {
      try {
        this.#onReauthenticate?.({ record });
        const headers = await this.#hook!({ record, url: redactUrl(url) });
        if (headers) this.#headers = new Headers(headers);
        this.#generation++;
      } finally {
        this.#refreshing = undefined;
      }
    })();
    await this.#refreshing;
  }
}
