// The unisender npm SDK ships no types: what its source (src/unisender.js) defines.
declare module 'unisender' {
  /** One API method: posts `params` (and the key) as a form; resolves `{result}`, rejects with the error body. */
  type Method = (params?: Record<string, unknown>) => Promise<{ result: unknown }>;

  /** The SDK's client; every API method of its list is a method of it (those the tests call here). */
  class UniSender {
    constructor(options: { api_key: string; lang?: string });
    getLists: Method;
    sendEmail: Method;
    subscribe: Method;
  }
  export default UniSender;
}
