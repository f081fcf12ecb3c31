export type { Rate } from '../model/rate.js';
// The emulator accepts request bodies up to the size kodex decodes whole.
export { DEFAULT_MAX_BODY_BYTES } from '../wire/response-view.js';
export { API_SURFACES, type ApiSurface } from './api-surfaces.js';
export { createMockServer, type MockServer } from './mock-server.js';
export type { AccountStats, MockStats } from './mock-stats.js';
export { type MockLogEntry, type MockOptions, RATE_OFF } from './options.js';
export { type FaultSpec, parseFault } from './parse-fault.js';
export { parseRate } from './parse-rate.js';
export { createProviderAnswers, type ProviderAnswers } from './provider-answers.js';
export { chooseSpecialEntries, type SpecialEntries } from './special-entries.js';
export { SUCCESS_BODIES } from './success-bodies.js';
