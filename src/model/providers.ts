/** Catalog ids of the providers kodex knows; `http` is plain HTTP status semantics. */
export const PROVIDER_IDS = [
  'amocrm',
  'radist',
  'telphin',
  'avtocod',
  'unisender',
  'google',
  'dellin',
  'mobizon',
  'http',
] as const;

/** One of {@link PROVIDER_IDS}. */
export type ProviderId = (typeof PROVIDER_IDS)[number];
