import type { ProviderId } from '../model/providers.js';

/**
 * The plain success body each provider answers with (HTTP 200): data, so
 * the emulator never branches on a provider's name. Each decodes to no error
 * with that provider's dialect.
 */
export const SUCCESS_BODIES: Readonly<Record<ProviderId, unknown>> = {
  // amoCRM API v4: an entity or a collection with `_embedded`.
  amocrm: { _embedded: {} },
  radist: {},
  // Telphin's reference: success is a 2xx; the body is the resource.
  telphin: {},
  // Avtocod's reference: Avtocod wraps every answer in {"state": "ok" | "fail", …}.
  avtocod: { state: 'ok', size: 0, stamp: '2021-09-03T12:35:58.430Z', data: [] },
  // UniSender: {"result": …} on success, {"error", "code"} on failure, both in a 200.
  unisender: { result: {} },
  google: {},
  // Dellin: {"metadata": {"status": 200, …}, "data": …}.
  dellin: { metadata: { status: 200, generated_at: '2024-01-01 00:00:00' }, data: {} },
  // Mobizon's reference: Mobizon answers {"code": 0, "data", "message"} on success.
  mobizon: { code: 0, data: {}, message: '' },
  http: {},
};
