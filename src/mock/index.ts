export type { Rate } from '../model/rate.js';
export { API_SURFACES, type ApiSurface } from './api-surfaces.js';
export { createMockServer, type MockServer } from './mock-server.js';
export type { AccountStats, MockStats } from './mock-stats.js';
export {
  DEFAULT_MAX_BODY_BYTES,
  type MockLogEntry,
  type MockOptions,
  RATE_OFF,
} from './options.js';
export { type FaultSpec, parseFault } from './parse-fault.js';
export { parseRate } from './parse-rate.js';
export { createProviderAnswers, type ProviderAnswers } from './provider-answers.js';
export { chooseSpecialEntries, type SpecialEntries } from './special-entries.js';
export { SUCCESS_BODIES } from './success-bodies.js';
